"""File > Check printout… and Print SKP's "Save as PDF and sign digitally…" (issue 13), on the
demo office with real PDFs, a throw-away PKCS#12 key and real widgets (the file dialogs are
replaced by their hooks)."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.errors import ErrorCode
from skpdesk.ui.printing.print_actions import PDF, PDF_SIGNED
from skpdesk.ui.printing.sign_dialog import SigningChoice, SigningDialog
from skpdesk.ui.shell import gui_app
from tests.unit.helpers_signing import PASSWORD, SIGNER, append_update, make_key

from .helpers import kepala_dinas


@pytest.fixture
def window(qtbot, demo, qsettings, tasks, events):
    window = gui_app.make_main_window(demo, qsettings, tasks=tasks, events=events, db_path="x")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def head(demo):
    return kepala_dinas(demo)


def save_from_window(window, head, path, *, output=PDF, signing=None):
    actions = window.print_actions
    actions.ask_output = lambda: output
    actions.ask_pdf_path = lambda suggested: str(path)
    actions.ask_signing = lambda: signing
    actions.open_file = lambda p: True
    window.show_pegawai(head.id)
    actions.print_action.trigger()


def open_dialog(window, qtbot):
    window.check_print_action.trigger()
    dialog = window.check_print_dialog
    qtbot.addWidget(dialog)
    return dialog


def test_check_printout_is_in_the_file_menu_before_quit(window):
    menu = window.file_menu.actions()
    assert window.check_print_action in menu
    assert menu.index(window.print_actions.print_all_action) < menu.index(
        window.check_print_action) < menu.index(window.quit_action)


def test_save_signed_then_check_the_pdf(qtbot, window, demo, head, tmp_path):
    key, _ = make_key(tmp_path)
    target = tmp_path / "skp-ttd.pdf"
    save_from_window(window, head, target, output=PDF_SIGNED,
                     signing=SigningChoice(str(key), PASSWORD, "Menyetujui SKP"))
    assert target.is_file()
    check = demo.pdf_signatures.verify(target)
    assert check.intact is True and check.signatures[0].signer == SIGNER
    code = demo.pdf_signatures.code_of(target)

    dialog = open_dialog(window, qtbot)
    dialog.ask_pdf = lambda: str(target)
    dialog.choose_button.click()
    dialog.check_button.click()
    assert dialog.last_result is not None and dialog.last_result.record.code == code
    assert code in dialog.result_label.text() and "UNCHANGED" in dialog.result_label.text()
    assert dialog.code_edit.text() == code  # read from the file
    shown = dialog.signature_label.text()
    assert f"Digital signature: VALID ({SIGNER}" in shown and "not trusted" in shown

    forged = tmp_path / "palsu.pdf"  # an incremental update appended after the signature
    append_update(target, forged)
    dialog.set_pdf(str(forged))
    dialog.check_button.click()
    assert "NOT VALID (the file was changed after signing" in dialog.signature_label.text()


def test_check_a_typed_code_in_indonesian(qtbot, window, demo, head, tmp_path, language):
    language("id")
    target = tmp_path / "skp.pdf"
    save_from_window(window, head, target)
    code = demo.pdf_signatures.code_of(target)
    dialog = open_dialog(window, qtbot)
    dialog.code_edit.setText(code.lower())
    dialog.check_button.click()
    assert code in dialog.result_label.text() and "TIDAK BERUBAH" in dialog.result_label.text()
    assert dialog.signature_label.isHidden()  # no PDF, nothing said about a signature
    dialog.set_pdf(str(target))
    dialog.check_button.click()
    assert "Tanda tangan digital: tidak ada" in dialog.signature_label.text()


def test_unknown_code_and_not_a_pdf_are_said_in_the_dialog(qtbot, window, reporter, tmp_path,
                                                           language):
    language("id")
    dialog = open_dialog(window, qtbot)
    dialog.check_button.click()
    assert "kode dokumen" in dialog.result_label.text().lower()
    dialog.code_edit.setText("SKP-00000-00000")
    dialog.check_button.click()
    assert "SKP-00000-00000 tidak dikenal" in dialog.result_label.text()
    text = tmp_path / "surat.pdf"
    text.write_text("bukan pdf")
    dialog.code_edit.clear()
    dialog.set_pdf(str(text))
    dialog.check_button.click()
    assert "bukan berkas PDF" in dialog.result_label.text()
    assert reporter.domain_errors == [] and reporter.unexpected_errors == []
    assert dialog.check_button.isEnabled()


def test_a_wrong_password_saves_nothing(window, demo, head, reporter, tmp_path):
    key, _ = make_key(tmp_path)
    target = tmp_path / "tidak.pdf"
    save_from_window(window, head, target, output=PDF_SIGNED,
                     signing=SigningChoice(str(key), "salah"))
    assert not target.exists()
    [error] = reporter.domain_errors
    assert error.code is ErrorCode.SIGN_PASSWORD_WRONG
    skp = demo.skp.find(head.id, dt.date.today().year)
    assert demo.skp_document.prints_of(skp.id) == []  # the key was refused before printing


def test_the_signing_dialog_remembers_the_key_file_not_the_password(qtbot, qsettings, tmp_path):
    dialog = SigningDialog(qsettings)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.key_edit.setText(str(tmp_path / "k.p12"))
    dialog.password_edit.setText("rahasia")
    assert ok.isEnabled()
    assert dialog.choice() == SigningChoice(str(tmp_path / "k.p12"), "rahasia", "")
    again = SigningDialog(qsettings)
    qtbot.addWidget(again)
    assert again.key_edit.text() == str(tmp_path / "k.p12") and again.password_edit.text() == ""
    assert "rahasia" not in str([qsettings.value(k) for k in qsettings.allKeys()])


def test_status_at_printing_and_now_in_official_words(qtbot, demo, tasks):
    from skpdesk.domain.documents import PrintCheck
    from skpdesk.ui.paper.check_print_dialog import CheckPrintDialog

    dialog = CheckPrintDialog(demo, tasks)
    qtbot.addWidget(dialog)
    check = PrintCheck(code="SKP-AAAAA-BBBBB", skp_id="s", pegawai_name="Agus", nip="1",
                       year=2026, printed_revision=1, current_revision=1,
                       printed_at="2026-03-01T02:00:00Z", changed=True, kind="skp",
                       printed_status="draft", current_status="disetujui")
    text = dialog.record_text(check)
    assert "Status when printed: Draft; now: Disetujui" in text and "CHANGED" in text
