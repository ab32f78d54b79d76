"""B.1.8, B.1.9 and the catatan dialog kinerja as real PDFs, read back with pypdf: the official
labels and the statements verbatim, the tick in the chosen scale column, the document code
recorded on the pegawai's SKP, embedded fonts, and confidential dialogs printed only for their
readers."""

from __future__ import annotations

import datetime as dt
import re

import pypdf
import pytest

from skpdesk.domain.dialog import B18_STATEMENTS, B18_TITLE, B19_TITLE, CompetencyItem
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.reports.form_printing import print_form_document
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput

from .helpers_coaching import YEAR, act, make_dialog, team

ANSWERS = [1, 2, 1, 2, 1, 3, 1, 2, 1]
PRINTED = dt.date(YEAR, 3, 20)


@pytest.fixture
def t(services):
    return team(services)


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def fonts_embedded(path) -> bool:
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is None:
                descendants = font.get_object().get("/DescendantFonts")
                descriptor = descendants[0].get_object()["/FontDescriptor"] if descendants else None
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                return False
    return True


def coached(services, t):
    dialog = make_dialog(services, [t["staff"]], author=t["kabid"], led_by=t["kabid"])
    act(services, t["staff"])
    services.coaching.record_feedback(dialog, None, ANSWERS, comments=["", "", "", "", "", "",
                                                                       "Solusi jelas"],
                                      answered_on=dt.date(YEAR, 3, 12))
    act(services, t["kabid"])
    services.coaching.record_competency(dialog, None, [
        CompetencyItem("Kerja sama", 4, "Aktif membantu rekan satu tim"),
        CompetencyItem("Orientasi pada hasil", 3, "Target modul tercapai dengan bantuan")],
        evaluated_on=dt.date(YEAR, 3, 13))
    return dialog


def test_b18_pdf_has_header_statements_and_ticks(services, t, tmp_path):
    dialog = coached(services, t)
    doc = services.coaching_document.b18(dialog, printed_on=PRINTED)
    printed = print_form_document(services, doc, tmp_path / "b18.pdf")
    assert printed.recorded and printed.pages == 1 and printed.skp_id == t["skp"].id
    text = pdf_text(tmp_path / "b18.pdf")
    body = flat(text)
    for label in (B18_TITLE, "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "NAMA",
                  "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA", "SUBJEK", "KRITERIA UMPAN BALIK",
                  "TENTANG PEGAWAI:", "SANGAT SETUJU", "SANGAT TIDAK SETUJU", "KOMENTAR",
                  "Pegawai yang Dinilai,", "Wonosari, 12 Maret 2026", "Solusi jelas",
                  t["staff"].full_name, f"NIP. {t['staff'].nip}", t["kabid"].full_name):
        assert label in body, label
    for statement in B18_STATEMENTS:
        assert statement in body, statement
    assert body.count("✓") == 9
    assert f"Kode dokumen: {doc.code}" in body and "Halaman 1 dari 1" in body
    assert fonts_embedded(tmp_path / "b18.pdf")
    # the code is known to check-print, on the pegawai's SKP
    check = [p for p in services.skp_document.prints_of(t["skp"].id) if p.code == doc.code]
    assert check and check[0].kind == "b18"


def test_b18_tick_is_in_the_column_of_the_answer(services, t, tmp_path):
    dialog = make_dialog(services, [t["staff"]], author=t["kabid"], led_by=t["kabid"])
    services.office.set_setting("coaching.b18_scale", "Ya;Tidak")
    act(services, t["staff"])
    services.coaching.record_feedback(dialog, None, [2] * 9)
    doc = services.coaching_document.b18(dialog, printed_on=PRINTED)
    assert {line.response for s in doc.subjects for line in s.lines} == {"Tidak"}
    print_form_document(services, doc, tmp_path / "b18.pdf")
    placed = positions(tmp_path / "b18.pdf")
    ya = next(x for t, x in placed if t.strip() == "YA")
    tidak = next(x for t, x in placed if t.strip() == "TIDAK")
    ticks = [x for t, x in placed if t.strip() == "✓"]
    assert len(ticks) == 9
    # every tick is drawn in the TIDAK column (nearer its heading than the YA column's)
    assert all(abs(x - tidak) < abs(x - ya) for x in ticks)


def positions(path) -> list[tuple[str, float]]:
    """(text, x) of every text run on the first page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text, tm[4] * cm[0] + cm[4]))

    pypdf.PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return found


def test_b19_pdf(services, t, tmp_path):
    dialog = coached(services, t)
    doc = services.coaching_document.b19(dialog, printed_on=PRINTED)
    printed = print_form_document(services, doc, tmp_path / "b19.pdf")
    body = flat(pdf_text(tmp_path / "b19.pdf"))
    for label in (B19_TITLE, "NO", "KOMPETENSI PEGAWAI*", "NILAI (SKALA 1-5)",
                  "ALASAN TERHADAP NILAI", "Kerja sama", "Aktif membantu rekan satu tim",
                  "Orientasi pada hasil", "Pimpinan/ Pihak Lain yang Diberikan Penugasan Khusus,",
                  t["kabid"].full_name, f"NIP. {t['kabid'].nip}", "Wonosari, 13 Maret 2026"):
        assert label in body, label
    assert printed.recorded and doc.code != services.coaching_document.b18(dialog).code


def test_same_content_same_code_and_no_skp_no_record(services, t, tmp_path):
    dialog = coached(services, t)
    first = services.coaching_document.b18(dialog, printed_on=PRINTED)
    again = services.coaching_document.b18(dialog, printed_on=PRINTED + dt.timedelta(days=9))
    assert first.code == again.code and re.fullmatch(r"SKP-[0-9A-Z]{5}-[0-9A-Z]{5}", first.code)
    assert print_form_document(services, first, tmp_path / "a.pdf").recorded
    assert not print_form_document(services, again, tmp_path / "b.pdf").recorded
    # a dialog in a year without an SKP: printed, nothing recorded
    later = make_dialog(services, [t["staff"]], author=t["kabid"], led_by=t["kabid"],
                        held_on=dt.date(YEAR + 1, 2, 3))
    act(services, t["staff"])
    services.coaching.record_feedback(later, None, ANSWERS)
    doc = services.coaching_document.b18(later)
    before = services.journal.count()
    printed = print_form_document(services, doc, tmp_path / "c.pdf")
    assert (printed.recorded, printed.skp_id) == (False, None) and (tmp_path / "c.pdf").exists()
    assert services.journal.count() == before


def test_dialog_note_pdf(services, t, tmp_path):
    act(services, t["kabid"])
    first = services.dialogs.add(DialogInput(
        held_on=dt.date(YEAR, 2, 10), kind="pemantauan", participant_ids=(t["staff"].id,),
        follow_ups=(FollowUpInput("Lengkapi bab 3 rancangan", t["staff"].id, dt.date(YEAR, 2, 28)),))).value
    services.dialogs.close(first.id)
    carried = first.follow_ups[0].id
    dialog = services.dialogs.add(DialogInput(
        held_on=dt.date(YEAR, 3, 10), kind="coaching", participant_ids=(t["staff"].id,),
        start_time="09:00", duration_min=45, place="Ruang Bidang",
        agenda=("Capaian Februari", "Kendala basis data"), notes="Modul perizinan 80% selesai.",
        rhk_ids=(t["rhk1"].id,), follow_ups=(
            FollowUpInput("Uji coba modul dengan OPD", t["staff"].id, dt.date(YEAR, 3, 31),
                          rhk_id=t["rhk1"].id),))).value
    services.dialogs.close(dialog.id, {carried: ("done", "Bab 3 sudah lengkap")})
    services.dialogs.add_addendum(dialog.id, "Uji coba dimajukan ke 25 Maret.")
    doc = services.coaching_document.dialog_note(dialog.id, printed_on=PRINTED)
    printed = print_form_document(services, doc, tmp_path / "catatan.pdf")
    body = flat(pdf_text(tmp_path / "catatan.pdf"))
    for label in ("CATATAN DIALOG KINERJA", "PEGAWAI YANG DINILAI", "Bimbingan kinerja: coaching",
                  "Selasa, 10 Maret 2026, pukul 09:00, 45 menit", "Ruang Bidang",
                  "1. Capaian Februari", "2. Kendala basis data", "Modul perizinan 80% selesai.",
                  "TINDAK LANJUT YANG DISEPAKATI", "Uji coba modul dengan OPD", "31 Maret 2026",
                  "Lengkapi bab 3 rancangan", "Bab 3 sudah lengkap",
                  "Uji coba dimajukan ke 25 Maret.", "Pegawai yang Dinilai,",
                  "Yang Memimpin Dialog,", t["kabid"].full_name, t["staff"].full_name):
        assert label in body, label
    assert "RAHASIA" not in body and printed.recorded


def test_confidential_dialog_prints_only_for_its_readers(services, t, tmp_path):
    secret = make_dialog(services, [t["staff"]], kind="konseling", author=t["kabid"],
                         led_by=t["kabid"], notes="Masalah keluarga berat")
    act(services, t["staff"])
    services.coaching.record_feedback(secret, None, ANSWERS)
    doc = services.coaching_document.dialog_note(secret, printed_on=PRINTED)
    print_form_document(services, doc, tmp_path / "rahasia.pdf")
    assert "RAHASIA" in pdf_text(tmp_path / "rahasia.pdf")
    for reader in (t["rina"], t["admin"], None):
        act(services, reader)
        for build in (services.coaching_document.dialog_note, services.coaching_document.b18):
            with pytest.raises(DomainError) as info:
                build(secret)
            assert info.value.code is ErrorCode.DIALOG_CONFIDENTIAL


def test_missing_form_is_a_clear_error(services, t):
    dialog = make_dialog(services, [t["staff"]], author=t["kabid"], led_by=t["kabid"])
    act(services, t["kabid"])
    with pytest.raises(DomainError) as info:
        services.coaching_document.b19(dialog, t["staff"].id)
    assert info.value.code is ErrorCode.COACHING_NOT_FOUND
    from skpdesk.messages.render import message_for
    assert message_for(info.value.code, info.value.params) == \
        f"Belum ada Format B.1.9 untuk {t['staff'].full_name} ({t['staff'].nip}) pada dialog ini."


def test_previews_of_the_forms_are_in_the_docs():
    from pathlib import Path
    docs = Path(__file__).resolve().parents[2] / "docs"
    for name in ("b18.png", "b19.png", "catatan-dialog.png"):
        data = (docs / "img" / name).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000, name
        assert f"img/{name}" in (docs / "dialog-forms.md").read_text(encoding="utf-8")
