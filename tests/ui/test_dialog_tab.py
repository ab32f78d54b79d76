"""The "Dialog & umpan balik" tab (issue 10) driven like a user would, on real demo offices,
with the database checked after each step: a dialog with two follow-ups written from the
timeline and closed, the next dialog settling one of the carried-over follow-ups, an addendum,
a confidential konseling read by a third pegawai, filters, the timeline model under Qt's
tester, and the tab on a generated 2,000-pegawai office."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QModelIndex

from skpdesk.domain.dialog import (DialogKind, FollowUpStatus, TimelineEntry, TimelineKind)
from skpdesk.ui.dialog.dialog_templates import template_for
from skpdesk.ui.dialog.follow_up_tables import FU_DUE, FU_OWNER, FU_TEXT, qdate
from skpdesk.ui.dialog.timeline_model import PAGE_SIZE, TimelineModel
from skpdesk.ui.dialog.timeline_tab import DialogTabWidget

from .helpers import GuiThreadReads, kepala_dinas
from .test_item_models import model_checker, walk  # noqa: F401 - the fixture

YEAR = dt.date.today().year
TODAY = dt.date(YEAR, 3, 10)


def rows(services, sql: str, *args):
    """Read the database file itself (what was really written), not the services' view."""
    conn = sqlite3.connect(services.db.path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def team(services):
    """The head of the demo office acting, one of their direct reports and a third pegawai who
    is neither (for confidentiality)."""
    head = kepala_dinas(services)
    sub = services.staff.subordinates(head.id)[0]
    third = next(p for p in services.staff.list()
                 if p.id not in (head.id, sub.id) and p.supervisor_id != head.id)
    services.acting.set_me_id(head.id)
    return head, sub, third


def make_tab(qtbot, services, tasks, events, pegawai_id) -> DialogTabWidget:
    tab = DialogTabWidget(services, tasks, events, pegawai_id=pegawai_id, year=YEAR, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def fill_follow_up(editor, row: int, text: str, due: dt.date, owner_id: str | None = None):
    table = editor.follow_ups
    table.cellWidget(row, FU_TEXT).setText(text)
    table.cellWidget(row, FU_DUE).setDate(qdate(due))
    if owner_id is not None:
        combo = table.cellWidget(row, FU_OWNER)
        combo.setCurrentIndex(combo.findData(owner_id))


def close_through_confirmation(qtbot, editor) -> None:
    editor.close_dialog_button.click()
    box = editor.confirm_box
    assert box is not None and box.isVisible()
    editor.confirm_yes.click()
    qtbot.waitUntil(lambda: editor.result_dialog is not None or not editor.isVisible())


def test_a_dialog_with_two_follow_ups_is_written_closed_and_carried_over(
        qtbot, demo, tasks, events, reporter):
    head, sub, _third = team(demo)
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    assert tab.model.rowCount() == 0 or all(
        e.kind is not TimelineKind.DIALOG for e in tab.model.entries())

    # "Dialog baru" > Pemantauan kinerja: the template's agenda, the pegawai as participant
    tab.new_actions[DialogKind.PEMANTAUAN].trigger()
    editor = tab.editor
    assert editor is not None and editor.participant_ids() == [sub.id]
    agenda = [editor.agenda_list.item(i).text() for i in range(editor.agenda_list.count())]
    assert agenda == list(template_for(DialogKind.PEMANTAUAN).agenda)
    assert not editor.confidential_check.isChecked()
    assert not editor.earlier_box.isVisible()  # no earlier dialog yet
    editor.time_edit.setText("09:30")
    editor.duration_spin.setValue(45)
    editor.place_edit.setText("Ruang rapat Bidang")
    editor.notes_edit.setPlainText("Capaian triwulan I sesuai rencana; laporan perlu dirapikan.")
    rhk_items = editor.rhk_list.count()
    if rhk_items:
        editor.check_topic(editor.rhk_list.item(0).data(0x0100))
    editor.add_follow_up_button.click()
    editor.add_follow_up_button.click()
    fill_follow_up(editor, 0, "Rapikan laporan bulanan", TODAY + dt.timedelta(days=10))
    fill_follow_up(editor, 1, "Ikuti pelatihan analisis data", TODAY + dt.timedelta(days=30),
                   owner_id=sub.id)
    editor.save_button.click()
    assert reporter.unexpected_errors == [] and reporter.domain_errors == []
    assert editor.general_error.isHidden(), editor.general_error.text()
    first = editor.result_dialog
    assert first is not None and first.is_draft

    # the database: one draft dialog with the pegawai, its agenda, notes and two follow-ups
    [(dialog_id, closed_at, notes, confidential)] = rows(
        demo, "SELECT d.id, d.closed_at, d.notes, d.confidential FROM dialog_kinerja d "
              "JOIN dialog_peserta p ON p.dialog_id = d.id WHERE p.pegawai_id = ?", sub.id)
    assert dialog_id == first.id and closed_at is None and not confidential
    assert notes.startswith("Capaian triwulan I")
    follow_ups = rows(demo, "SELECT text, owner_id, due_on, status FROM tindak_lanjut "
                            "WHERE dialog_id = ? ORDER BY due_on", dialog_id)
    assert [(f[0], f[2], f[3]) for f in follow_ups] == [
        ("Rapikan laporan bulanan", (TODAY + dt.timedelta(days=10)).isoformat(), "open"),
        ("Ikuti pelatihan analisis data", (TODAY + dt.timedelta(days=30)).isoformat(), "open")]
    assert follow_ups[1][1] == sub.id
    if rhk_items:
        assert rows(demo, "SELECT count(*) FROM dialog_topik WHERE dialog_id = ? AND rhk_id "
                          "IS NOT NULL", dialog_id) == [(1,)]

    # the timeline shows it; opening it and closing it (with confirmation)
    tab.show_dialog(dialog_id)
    assert tab.current_dialog is not None and tab.current_dialog.id == dialog_id
    assert "Rapikan laporan bulanan" in tab.detail.toPlainText()
    assert not tab.addendum_button.isEnabled()  # a draft gets no addendum
    tab.open_current()
    editor = tab.editor
    assert editor.follow_ups.rowCount() == 2
    close_through_confirmation(qtbot, editor)
    [(closed_at,)] = rows(demo, "SELECT closed_at FROM dialog_kinerja WHERE id = ?", dialog_id)
    assert closed_at is not None
    assert tab.current_dialog.id == dialog_id and not tab.current_dialog.is_draft

    # read-only afterwards: the editor offers no save, the service would refuse
    tab.open_current()
    editor = tab.editor
    assert editor.save_button.isHidden() and editor.close_dialog_button.isHidden()
    assert editor.notes_edit.isReadOnly() and not editor.add_follow_up_button.isEnabled()
    assert editor.closed_label.isVisible()
    editor.reject()

    # the addendum keeps the history
    assert tab.addendum_button.isEnabled()
    tab.addendum_button.click()
    addendum = tab.child_dialog
    addendum.text_edit.setPlainText("Koreksi: laporan yang dimaksud laporan triwulanan.")
    addendum.buttons.button(addendum.buttons.StandardButton.Save).click()
    assert rows(demo, "SELECT text, author_id FROM dialog_adendum WHERE dialog_id = ?",
                dialog_id) == [("Koreksi: laporan yang dimaksud laporan triwulanan.", head.id)]
    assert "Koreksi: laporan" in tab.detail.toPlainText()

    # the next dialog shows the two open follow-ups of the earlier one and settles one
    tab.new_actions[DialogKind.UMPAN_BALIK].trigger()
    editor = tab.editor
    editor.date_edit.setDate(qdate(TODAY + dt.timedelta(days=14)))
    editor.earlier_reload()
    assert editor.earlier_box.isVisibleTo(editor)
    carried = editor.earlier.follow_up_ids()
    by_text = {f.text: f.id for f in first.follow_ups}
    assert sorted(carried) == sorted(by_text.values())
    done_id = by_text["Rapikan laporan bulanan"]
    editor.earlier.set_action(done_id, FollowUpStatus.DONE.value, "Sudah dirapikan")
    editor.notes_edit.setPlainText("Laporan sudah rapi.")
    close_through_confirmation(qtbot, editor)
    second = editor.result_dialog
    assert second is not None and not second.is_draft
    settled = dict((r[0], r[1:]) for r in rows(
        demo, "SELECT id, status, status_note, closed_in_dialog_id FROM tindak_lanjut "
              "WHERE dialog_id = ?", dialog_id))
    assert settled[done_id] == ("done", "Sudah dirapikan", second.id)
    assert settled[by_text["Ikuti pelatihan analisis data"]][0] == "open"
    assert rows(demo, "SELECT count(*) FROM dialog_kinerja WHERE closed_at IS NOT NULL")[0][0] >= 2

    # a third dialog still carries the one left open
    tab.new_dialog(DialogKind.PEMANTAUAN)
    editor = tab.editor
    editor.date_edit.setDate(qdate(TODAY + dt.timedelta(days=20)))
    editor.earlier_reload()
    assert editor.earlier.follow_up_ids() == [by_text["Ikuti pelatihan analisis data"]]
    editor.reject()
    assert reporter.unexpected_errors == []


def test_a_refused_save_shows_the_rule_under_the_field_and_writes_nothing(
        qtbot, demo, tasks, events, reporter):
    _head, sub, _third = team(demo)
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    before = rows(demo, "SELECT count(*) FROM journal")[0][0]
    dialogs = rows(demo, "SELECT count(*) FROM dialog_kinerja")  # the demo year has some
    tab.new_dialog(DialogKind.COACHING)
    editor = tab.editor
    editor.time_edit.setText("25:99")
    editor.save_button.click()
    assert editor.error_text_of("jam_mulai")
    assert editor.isVisible() and editor.result_dialog is None
    assert rows(demo, "SELECT count(*) FROM journal")[0][0] == before
    assert rows(demo, "SELECT count(*) FROM dialog_kinerja") == dialogs
    # a follow-up without text: the rule shows under the follow-up table
    editor.time_edit.setText("10:00")
    editor.add_follow_up_button.click()
    editor.save_button.click()
    assert editor.error_text_of("tindak_lanjut")
    assert rows(demo, "SELECT count(*) FROM dialog_kinerja") == dialogs
    assert reporter.unexpected_errors == []


def test_a_confidential_konseling_is_seen_redacted_by_a_third_pegawai(
        qtbot, demo, tasks, events, reporter):
    head, sub, third = team(demo)
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    tab.new_actions[DialogKind.KONSELING].trigger()
    editor = tab.editor
    assert editor.confidential_check.isChecked()  # konseling is confidential by default
    editor.notes_edit.setPlainText("Masalah keluarga yang memengaruhi kehadiran.")
    editor.add_follow_up_button.click()
    fill_follow_up(editor, 0, "Konsultasi dengan psikolog kantor", TODAY + dt.timedelta(days=7))
    editor.save_button.click()
    dialog_id = editor.result_dialog.id
    assert rows(demo, "SELECT confidential, notes FROM dialog_kinerja WHERE id = ?",
                dialog_id) == [(1, "Masalah keluarga yang memengaruhi kehadiran.")]
    tab.show_dialog(dialog_id)
    assert "Masalah keluarga" in tab.detail.toPlainText()

    # the third pegawai ("Saya adalah") sees that it took place, on which date, nothing more
    demo.acting.set_me_id(third.id)
    tab.set_me(third.id)
    entries = [e for e in tab.model.entries() if e.dialog_id == dialog_id]
    assert entries and all(e.redacted for e in entries)
    assert all("Masalah" not in e.detail and "psikolog" not in e.detail for e in entries)
    tab.show_dialog(dialog_id)
    shown = tab.detail.toPlainText()
    assert tab.current_dialog.redacted
    assert TODAY.strftime("%d-%m-%Y") in shown
    assert "Masalah keluarga" not in shown and "psikolog" not in shown
    assert not tab.open_button.isEnabled() and not tab.print_button.isEnabled()
    tab.open_current()
    assert tab.editor is None  # nothing to open
    # the row is untouched in the database
    assert rows(demo, "SELECT notes FROM dialog_kinerja WHERE id = ?", dialog_id) == [
        ("Masalah keluarga yang memengaruhi kehadiran.",)]

    # the participant reads it again
    demo.acting.set_me_id(sub.id)
    tab.set_me(sub.id)
    tab.show_dialog(dialog_id)
    assert "Masalah keluarga" in tab.detail.toPlainText()
    assert reporter.unexpected_errors == []


def test_filters_by_kind_and_period(qtbot, demo, tasks, events):
    _head, sub, _third = team(demo)
    from skpdesk.services.dialog.dialogs import DialogInput
    march = demo.dialogs.add(DialogInput(held_on=dt.date(YEAR, 3, 5), kind="pemantauan",
                                         participant_ids=(sub.id,), notes="Maret")).value
    july = demo.dialogs.add(DialogInput(held_on=dt.date(YEAR, 7, 5), kind="coaching",
                                        participant_ids=(sub.id,), notes="Juli")).value
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    ids = {e.dialog_id for e in tab.model.entries() if e.kind is TimelineKind.DIALOG}
    assert ids == {march.id, july.id}
    dates = [e.on for e in tab.model.entries()]
    assert dates == sorted(dates, reverse=True)  # newest first
    tab.set_period_filter(f"{YEAR}-Q1")
    assert {e.dialog_id for e in tab.model.entries()} == {march.id}
    tab.set_period_filter(f"{YEAR}-07")
    assert {e.dialog_id for e in tab.model.entries()} == {july.id}
    tab.set_period_filter(None)
    tab.set_kind_filter(TimelineKind.FEEDBACK)
    assert all(e.kind is TimelineKind.FEEDBACK for e in tab.model.entries())
    # showing a dialog the filter hides clears the filters
    tab.show_dialog(march.id)
    assert tab.kind_filter.currentData() == "" and tab.current_dialog.id == march.id
    # another year: nothing of this year
    tab.select_year(YEAR - 1)
    assert not any(e.dialog_id in (march.id, july.id) for e in tab.model.entries())


def _entries(n: int) -> list[TimelineEntry]:
    start = dt.date(YEAR, 12, 31)
    return [TimelineEntry(TimelineKind.FOLLOW_UP if i % 3 else TimelineKind.DIALOG,
                          start - dt.timedelta(days=i // 4), f"{i:06d}", f"Entri {i}",
                          "" if i % 5 == 0 else f"detail {i}", f"r{i}", f"d{i // 3}",
                          redacted=i % 5 == 0) for i in range(n)]


def test_the_timeline_model_under_the_model_tester(qtbot, model_checker):  # noqa: F811
    model = TimelineModel()
    model_checker.attach(model)
    model_checker.reset(model, lambda: model.set_entries(_entries(3 * PAGE_SIZE + 7)))
    while model.canFetchMore(QModelIndex()):  # pages arrive as inserted rows, under the tester
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3 * PAGE_SIZE + 7
    assert walk(model) == model.rowCount() * model.columnCount()
    model_checker.reset(model, lambda: model.set_entries(_entries(5)))
    assert model.rowCount() == 5 and not model.canFetchMore(QModelIndex())
    model_checker.reset(model, lambda: model.set_entries([]))
    assert model.rowCount() == 0
    fresh = TimelineModel()
    fresh.set_entries(_entries(PAGE_SIZE + 1))
    assert fresh.rowCount() == PAGE_SIZE and fresh.canFetchMore(QModelIndex())
    assert fresh.row_of(record_id=f"r{PAGE_SIZE}") == PAGE_SIZE  # fetched up to it
    assert fresh.rowCount() == PAGE_SIZE + 1
    redacted = fresh.index(0, 3)
    assert redacted.data() != "" and "detail" not in redacted.data()


def test_b18_by_the_pegawai_and_b19_by_the_leader_from_the_tab(qtbot, demo, tasks, events,
                                                               reporter):
    import json

    from skpdesk.domain.dialog import B18_STATEMENTS, DEFAULT_AGREEMENT_SCALE
    from skpdesk.services.dialog.dialogs import DialogInput
    from skpdesk.ui.dialog.coaching_dialogs import B18_RESPONSE, B18_STATEMENT

    head, sub, _third = team(demo)
    dialog = demo.dialogs.add(DialogInput(held_on=TODAY, kind="coaching",
                                          participant_ids=(sub.id,), notes="Sesi coaching")).value
    demo.dialogs.close(dialog.id)
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    tab.show_dialog(dialog.id)
    assert tab.b18_button.isEnabled() and tab.b19_button.isEnabled()

    # B.1.8 by the head is refused (the pegawai answers it): the rule shown, nothing written
    tab.b18_button.click()
    form = tab.child_dialog
    shown = [form.table.item(r, B18_STATEMENT).text() for r in form._statement_rows]
    assert shown == list(B18_STATEMENTS)  # verbatim, numbered
    assert [form.table.cellWidget(form._statement_rows[0], B18_RESPONSE).itemText(i)
            for i in range(1, len(DEFAULT_AGREEMENT_SCALE) + 1)] == list(DEFAULT_AGREEMENT_SCALE)
    for number in range(1, 10):
        form.set_answer(number, DEFAULT_AGREEMENT_SCALE[number % 2])
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert form.isVisible() and form.general_error.isVisible()
    assert rows(demo, "SELECT count(*) FROM umpan_balik_bimbingan WHERE dialog_id = ?",
                dialog.id) == [(0,)]
    form.reject()

    # the pegawai ("Saya adalah") answers; an unanswered statement is refused first
    demo.acting.set_me_id(sub.id)
    tab.set_me(sub.id)
    tab.show_dialog(dialog.id)
    tab.b18_button.click()
    form = tab.child_dialog
    for number in range(1, 9):
        form.set_answer(number, DEFAULT_AGREEMENT_SCALE[0], "baik" if number == 3 else "")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert form.error_text_of("jawaban")
    assert rows(demo, "SELECT count(*) FROM umpan_balik_bimbingan WHERE dialog_id = ?",
                dialog.id) == [(0,)]
    form.set_answer(9, DEFAULT_AGREEMENT_SCALE[1], "jelas")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert not form.isVisible()
    [(pegawai_id, answers)] = rows(demo, "SELECT pegawai_id, answers FROM umpan_balik_bimbingan "
                                         "WHERE dialog_id = ?", dialog.id)
    answers = json.loads(answers)
    assert pegawai_id == sub.id
    assert [a["statement"] for a in answers] == list(B18_STATEMENTS)
    assert [a["response"] for a in answers] == [DEFAULT_AGREEMENT_SCALE[0]] * 8 + [
        DEFAULT_AGREEMENT_SCALE[1]]
    assert answers[2]["comment"] == "baik" and answers[8]["comment"] == "jelas"
    # reopened, the form shows the stored answers
    tab.b18_button.click()
    assert tab.child_dialog.responses()[8] == DEFAULT_AGREEMENT_SCALE[1]
    tab.child_dialog.reject()

    # B.1.9 by the head (the leader / pejabat penilai)
    demo.acting.set_me_id(head.id)
    tab.set_me(head.id)
    tab.show_dialog(dialog.id)
    tab.b19_button.click()
    form = tab.child_dialog
    assert form.table.rowCount() == 1
    from skpdesk.ui.dialog.coaching_dialogs import B19_NAME, B19_REASON, B19_VALUE
    form.table.cellWidget(0, B19_NAME).setText("Analisis data")
    form.table.cellWidget(0, B19_VALUE).setValue(4)
    form.add_button.click()
    form.table.cellWidget(1, B19_NAME).setText("Komunikasi")
    form.table.cellWidget(1, B19_VALUE).setValue(3)
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert form.error_text_of("kompetensi")  # a reason is required
    assert rows(demo, "SELECT count(*) FROM evaluasi_kompetensi WHERE dialog_id = ?",
                dialog.id) == [(0,)]
    form.table.cellWidget(0, B19_REASON).setText("Laporan disertai analisis yang tepat")
    form.table.cellWidget(1, B19_REASON).setText("Perlu lebih ringkas dalam rapat")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert not form.isVisible()
    [(evaluator_id, items)] = rows(demo, "SELECT evaluator_id, items FROM evaluasi_kompetensi "
                                         "WHERE dialog_id = ?", dialog.id)
    assert evaluator_id == head.id
    assert [(i["name"], i["value"]) for i in json.loads(items)] == [("Analisis data", 4),
                                                                   ("Komunikasi", 3)]
    assert reporter.unexpected_errors == []


def test_the_tab_on_a_generated_2000_office(qtbot, tmp_path, office2000_template, qsettings,
                                            events, reporter):
    """On the large office the tab reads the timeline and the dialog on the database worker
    (never on the GUI thread), the participant picker lists a page of matches instead of every
    pegawai, and a team dialog written there lands in the database."""
    import shutil

    from skpdesk.services.context import Services
    from skpdesk.storage.database import Database
    from skpdesk.ui.dialog.pegawai_picker import LIMIT, PegawaiPicker
    from skpdesk.ui.shell.gui_app import make_main_window
    from skpdesk.ui.tasks import TaskRunner

    path = tmp_path / "data" / "skpdesk.sqlite"
    path.parent.mkdir(parents=True)
    shutil.copy(office2000_template, path)
    db = Database(path)
    services = Services.build(db, "test")
    tasks = TaskRunner(events=events, reporter=reporter)  # a real worker thread
    reads = GuiThreadReads(db, "skpdesk/ui/dialog/")
    try:
        assert services.staff.count() == 2000
        head = kepala_dinas(services)
        services.acting.set_me_id(head.id)
        sub = services.staff.subordinates(head.id)[0]
        other = next(p for p in services.staff.list(limit=300)[150:]
                     if p.nip and p.id not in (head.id, sub.id))
        window = make_main_window(services, qsettings, tasks=tasks, events=events,
                                  db_path=str(path))
        qtbot.addWidget(window)
        window.show()
        tabs = window.workspace_tabs
        tab = next(tabs.widget(i) for i in range(tabs.count())
                   if tabs.widget(i).objectName() == "dialogTab")
        qtbot.waitUntil(lambda: not tasks.busy, timeout=60_000)
        reads.start()
        window.show_pegawai(sub.id)
        tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.pegawai_id() == sub.id and not tasks.busy, timeout=60_000)
        assert reads.found == []  # the timeline and the dialog were read on the worker
        reads.stop()

        tab.today = TODAY  # the dialog's date (the window's tab uses the real today)
        tab.new_dialog("pemantauan")
        editor = tab.editor
        picker = PegawaiPicker(services.staff, exclude={sub.id})
        qtbot.addWidget(picker)
        assert picker.list.count() == LIMIT and picker.more_label.text()  # a page, not 2,000
        picker.search_edit.setText(other.nip)
        assert picker.list.count() == 1 and picker.selected_id() == other.id
        editor.add_participant(picker.selected_id())
        assert editor.participant_ids() == [sub.id, other.id]
        editor.notes_edit.setPlainText("Dialog tim pada kantor besar.")
        editor.add_follow_up_button.click()
        fill_follow_up(editor, 0, "Susun jadwal piket", TODAY + dt.timedelta(days=5),
                       owner_id=other.id)
        saved: list = []
        editor.saved.connect(saved.append)
        editor.save_button.click()
        qtbot.waitUntil(lambda: bool(saved) or not editor.busy, timeout=60_000)
        assert saved, {editor.error_text_of(k) for k in editor.errors} - {""}
        dialog_id = saved[0].id
        assert sorted(r[0] for r in rows(services, "SELECT pegawai_id FROM dialog_peserta "
                                                   "WHERE dialog_id = ?", dialog_id)) == sorted(
            [sub.id, other.id])
        assert rows(services, "SELECT owner_id, text FROM tindak_lanjut WHERE dialog_id = ?",
                    dialog_id) == [(other.id, "Susun jadwal piket")]
        qtbot.waitUntil(lambda: tab.current_dialog is not None
                        and tab.current_dialog.id == dialog_id, timeout=60_000)
        assert "Dialog tim pada kantor besar." in tab.detail.toPlainText()
        assert reporter.unexpected_errors == [] and reporter.domain_errors == []
    finally:
        reads.stop()
        tasks.shutdown(wait=True)
        db.close()



def test_printing_the_catatan_b18_and_b19_from_the_tab(qtbot, tmp_path, demo, tasks, events,
                                                       reporter):
    """Cetak: the three forms of a closed coaching dialog saved as PDF (read back), each copy's
    code recorded on the pegawai's SKP of the year; a form not filled yet is refused by name."""
    import pypdf

    from skpdesk.domain.dialog import B18_STATEMENTS, CompetencyItem
    from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
    from skpdesk.ui.dialog.dialog_printing import DialogPrinter

    head, sub, _third = team(demo)
    dialog = demo.dialogs.add(DialogInput(
        held_on=TODAY, kind="coaching", participant_ids=(sub.id,), notes="Sesi coaching pertama",
        agenda=("Tujuan",), follow_ups=(FollowUpInput("Buat rencana aksi", sub.id,
                                                      TODAY + dt.timedelta(days=7)),))).value
    demo.dialogs.close(dialog.id)
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    saved: list[str] = []
    tab.printer = DialogPrinter(demo, tasks, tab)
    tab.printer.ask_pdf_path = lambda suggested: str(tmp_path / Path(suggested).name)
    tab.printer.open_file = saved.append
    tab.show_dialog(dialog.id)
    assert tab.print_button.isEnabled()
    printed_before = rows(demo, "SELECT count(*) FROM printed_document")[0][0]

    tab.print_notes_action.trigger()
    assert len(saved) == 1 and Path(saved[0]).name.startswith("catatan-dialog-")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(saved[0]).pages)
    assert "CATATAN DIALOG KINERJA" in text.upper() and "Buat rencana aksi" in text

    tab.print_b18_action.trigger()  # no B.1.8 yet: refused, the sentence shown, no file
    assert len(saved) == 1 and tab.message_label.isVisible() and "B.1.8" in (
        tab.message_label.text())

    demo.acting.set_me_id(sub.id)
    demo.coaching.record_feedback(dialog.id, sub.id, [1] * 9)
    demo.acting.set_me_id(head.id)
    demo.coaching.record_competency(dialog.id, sub.id, [CompetencyItem("Analisis data", 4,
                                                                       "Tepat")])
    tab.print_b18_action.trigger()
    tab.print_b19_action.trigger()
    assert len(saved) == 3 and not tab.message_label.isVisible()
    b18 = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(saved[1]).pages).split())
    assert all(" ".join(s.split()) in b18 for s in B18_STATEMENTS[:3])
    b19 = "".join(p.extract_text() for p in pypdf.PdfReader(saved[2]).pages)
    assert "Analisis data" in b19 and "Tepat" in b19
    if demo.skp.find(sub.id, TODAY.year) is not None:
        assert rows(demo, "SELECT count(*) FROM printed_document")[0][0] == printed_before + 3
    assert reporter.unexpected_errors == []


def test_an_online_team_dialog_led_by_an_outsider(qtbot, demo, tasks, events, reporter):
    """Daring with the meeting's link, a second participant, an external leader by name and
    role: stored as typed and shown again when the draft is reopened."""
    head, sub, third = team(demo)
    tab = make_tab(qtbot, demo, tasks, events, sub.id)
    tab.new_dialog(DialogKind.MENTORING)
    editor = tab.editor
    editor.online_check.setChecked(True)
    editor.place_edit.setText("Zoom Diskominfo")
    editor.add_participant(third.id)
    editor.lead_combo.setCurrentIndex(editor.lead_combo.findData("external"))
    editor._lead_chosen()
    editor.lead_name_edit.setText("Dr. Rina Marlina")
    editor.lead_role_edit.setText("Widyaiswara BPSDM")
    editor.save_button.click()
    dialog_id = editor.result_dialog.id
    assert rows(demo, "SELECT online, place, led_by_id, led_by_name, led_by_role FROM "
                      "dialog_kinerja WHERE id = ?", dialog_id) == [
        (1, "Zoom Diskominfo", None, "Dr. Rina Marlina", "Widyaiswara BPSDM")]
    assert sorted(r[0] for r in rows(demo, "SELECT pegawai_id FROM dialog_peserta WHERE "
                                           "dialog_id = ?", dialog_id)) == sorted([sub.id, third.id])
    tab.show_dialog(dialog_id)
    tab.open_current()
    editor = tab.editor
    assert editor.online_check.isChecked() and editor.place_edit.text() == "Zoom Diskominfo"
    assert editor.lead_name_edit.text() == "Dr. Rina Marlina"
    assert editor.participant_ids() == [sub.id, third.id]
    # saving the reopened draft unchanged writes nothing new to the dialog row
    before = rows(demo, "SELECT count(*) FROM journal WHERE entity = 'dialog_kinerja'")[0][0]
    editor.save_button.click()
    assert rows(demo, "SELECT count(*) FROM journal WHERE entity = 'dialog_kinerja'")[0][0] \
        == before
    assert reporter.unexpected_errors == []
