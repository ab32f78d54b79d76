"""Dialog kinerja and tindak lanjut through `services.dialogs` on a real SQLite file: writing,
closing (read-only afterwards, addenda keep history), carry-over of open follow-ups,
confidentiality per reader, bad input writing nothing, and ids typed as a prefix."""

import datetime as dt
import json
from dataclasses import replace

import pytest

from skpdesk.domain.dialog import DialogKind, FollowUpStatus, TimelineKind
from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services.dialog.dialogs import DialogInput, FollowUpInput
from skpdesk.storage.repositories.dialogs import SEALED_FIELDS

from .helpers_office import NIP_KABID, person, three_levels

D = dt.date


@pytest.fixture
def team(office):
    """Kepala Dinas -> Kabid -> two staff; acting: the Kabid (their pejabat penilai)."""
    head, kabid, staff = three_levels(office)
    other = office.staff.add(person("Rina Wulandari", "199203102019032004", unit="Dinas/Bidang "
                                    "Aplikasi Informatika", supervisor=NIP_KABID)).value
    office.acting.act_as_id(kabid.id)
    return office, head, kabid, staff, other


def journal_count(services) -> int:
    with services.db.reader() as r:
        return r.journal.count()


def coaching(staff, **kw):
    values = dict(held_on="2026-03-02", kind="coaching", participant_ids=(staff.id,),
                  start_time="09:30", duration_min=45, place="Ruang rapat",
                  agenda=("Capaian triwulan I", "Kendala aplikasi"), notes="Modul A terlambat.")
    values.update(kw)
    return DialogInput(**values)


def follow(owner, text="Selesaikan modul A", due="2026-03-31", **kw):
    return FollowUpInput(text=text, owner_id=owner.id, due_on=due, **kw)


# ---- writing -----------------------------------------------------------------------------------

def test_add_records_everything_with_the_acting_author_and_default_leader(team):
    s, head, kabid, staff, _ = team
    skp = s.skp.create(staff.id, 2026).value
    rhk = s.skp.add_rhk(skp.id, "Modul aplikasi terbangun").value
    values = [s.office.core_values()[0].id]
    d = s.dialogs.add(coaching(staff, rhk_ids=(rhk.id,), core_value_ids=tuple(values),
                               follow_ups=(follow(staff), follow(kabid, "Siapkan server",
                                                                 "2026-03-15")))).value
    assert (d.held_on, d.start_time, d.duration_min, d.place, d.online) == \
        (D(2026, 3, 2), "09:30", 45, "Ruang rapat", False)
    assert d.kind is DialogKind.COACHING and not d.confidential and d.is_draft
    assert [p.pegawai_id for p in d.participants] == [staff.id]
    assert d.led_by.pegawai_id == kabid.id  # the pegawai's pejabat penilai by default
    assert d.author.pegawai_id == kabid.id and d.author.name == kabid.full_name
    assert d.agenda == ("Capaian triwulan I", "Kendala aplikasi")
    assert [t.label for t in d.topics][0] == "RHK 1: Modul aplikasi terbangun"
    assert len(d.topics) == 1 + len(values)
    assert [(f.text, f.owner.pegawai_id, f.due_on, f.status) for f in d.follow_ups] == [
        ("Selesaikan modul A", staff.id, D(2026, 3, 31), FollowUpStatus.OPEN),
        ("Siapkan server", kabid.id, D(2026, 3, 15), FollowUpStatus.OPEN)]
    assert s.dialogs.get(d.id) == d


def test_external_leader_online_and_team_dialog(team):
    s, head, kabid, staff, other = team
    d = s.dialogs.add(coaching(staff, participant_ids=(staff.id, other.id, staff.id),
                               online=True, place="", led_by_name="Drs. Hadi",
                               led_by_role="Widyaiswara BPSDM")).value
    assert [p.pegawai_id for p in d.participants] == [staff.id, other.id]
    assert d.led_by.pegawai_id is None and (d.led_by.name, d.led_by.role) == \
        ("Drs. Hadi", "Widyaiswara BPSDM")
    assert d.online and d.place == "daring"
    assert [x.id for x in s.dialogs.for_pegawai(other.id)] == [d.id]


def test_konseling_is_confidential_by_default_and_can_be_opened(team):
    s, _, _, staff, _ = team
    assert s.dialogs.add(coaching(staff, kind="konseling")).value.confidential
    assert not s.dialogs.add(coaching(staff, kind="konseling", confidential=False)).value.confidential
    assert s.dialogs.add(coaching(staff, kind="pemantauan", confidential=True)).value.confidential


def test_update_replaces_fields_participants_topics_and_adds_follow_ups(team):
    s, _, kabid, staff, other = team
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff),))).value
    changed = s.dialogs.update(d.id, coaching(staff, participant_ids=(other.id,), notes="Baru",
                                              agenda=(), follow_ups=(follow(other, "B"),))).value
    assert [p.pegawai_id for p in changed.participants] == [other.id]
    assert changed.notes == "Baru" and changed.agenda == ()
    assert [f.text for f in changed.follow_ups] == ["Selesaikan modul A", "B"]
    assert changed.author.pegawai_id == kabid.id


def test_for_pegawai_is_newest_first_and_by_year(team):
    s, _, _, staff, _ = team
    a = s.dialogs.add(coaching(staff, held_on="2026-01-10")).value
    b = s.dialogs.add(coaching(staff, held_on="2026-05-10")).value
    c = s.dialogs.add(coaching(staff, held_on="2025-12-10")).value
    assert [d.id for d in s.dialogs.for_pegawai(staff.id)] == [b.id, a.id, c.id]
    assert [d.id for d in s.dialogs.for_pegawai(staff.id, 2025)] == [c.id]


def test_delete_a_draft_with_its_rows(team):
    s, _, _, staff, _ = team
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff),))).value
    s.dialogs.delete(d.id)
    with pytest.raises(DomainError) as err:
        s.dialogs.get(d.id)
    assert err.value.code is ErrorCode.DIALOG_NOT_FOUND
    assert s.dialogs.follow_ups(staff.id) == []


# ---- closing and addenda ---------------------------------------------------------------------

def test_closing_makes_the_dialog_read_only(team):
    s, _, kabid, staff, _ = team
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff),))).value
    closed = s.dialogs.close(d.id).value
    assert not closed.is_draft and closed.closed_by.startswith(kabid.full_name)
    fu = closed.follow_ups[0].id
    before = journal_count(s)
    for attempt in (lambda: s.dialogs.update(d.id, coaching(staff, notes="diubah")),
                    lambda: s.dialogs.add_follow_up(d.id, follow(staff)),
                    lambda: s.dialogs.update_follow_up(fu, follow(staff, "lain")),
                    lambda: s.dialogs.delete_follow_up(fu),
                    lambda: s.dialogs.delete(d.id),
                    lambda: s.dialogs.close(d.id)):
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code is ErrorCode.DIALOG_CLOSED
    assert journal_count(s) == before
    assert s.dialogs.get(d.id) == closed


def test_addenda_only_on_closed_dialogs_and_keep_history(team):
    s, _, kabid, staff, _ = team
    d = s.dialogs.add(coaching(staff)).value
    with pytest.raises(DomainError) as err:
        s.dialogs.add_addendum(d.id, "Koreksi")
    assert err.value.code is ErrorCode.DIALOG_NOT_CLOSED
    s.dialogs.close(d.id)
    s.dialogs.add_addendum(d.id, "Modul A ternyata selesai 5 Maret.")
    s.acting.act_as_id(staff.id)
    after = s.dialogs.add_addendum(d.id, "Saya menambahkan: server siap.").value
    assert [(a.text, a.author.pegawai_id) for a in after.addenda] == [
        ("Modul A ternyata selesai 5 Maret.", kabid.id), ("Saya menambahkan: server siap.", staff.id)]
    assert after.notes == "Modul A terlambat."  # the original stays as it was
    assert all(a.written_at for a in after.addenda)


def test_follow_up_status_changes_after_closing(team):
    s, _, _, staff, _ = team
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff),))).value
    s.dialogs.close(d.id)
    fu = d.follow_ups[0].id
    done = s.dialogs.set_follow_up_status(fu, "done", "Sudah diunggah", today=D(2026, 3, 20)).value
    assert (done.status, done.status_note, done.status_on) == \
        (FollowUpStatus.DONE, "Sudah diunggah", D(2026, 3, 20))
    again = s.dialogs.set_follow_up_status(fu, "open", today=D(2026, 3, 21)).value
    assert again.status is FollowUpStatus.OPEN and again.status_on is None


def test_closing_seals_the_content_in_the_journal(team):
    """The closing entry carries every content field with its (unchanged) value, so a draft
    edit made meanwhile on another replica meets it as a value conflict."""
    s, _, _, staff, _ = team
    d = s.dialogs.add(coaching(staff)).value
    s.dialogs.close(d.id)
    with s.db.reader() as r:
        entry = [e for e in r.journal.for_entity(d.id) if e.op == "update"][-1]
    assert set(SEALED_FIELDS) <= set(entry.fields)
    assert entry.fields["notes"] == ["Modul A terlambat.", "Modul A terlambat."]
    assert entry.fields["closed_at"][0] is None and entry.fields["closed_at"][1]


# ---- carry-over --------------------------------------------------------------------------------

def test_open_follow_ups_carry_over_and_close_in_the_next_dialog(team):
    s, _, kabid, staff, other = team
    first = s.dialogs.add(coaching(staff, held_on="2026-02-01",
                                   follow_ups=(follow(staff, "A", "2026-02-20"),
                                               follow(staff, "B", "2026-02-25"),
                                               follow(kabid, "C", "2026-02-10")))).value
    s.dialogs.close(first.id)
    a, b, c = (f.id for f in first.follow_ups)
    s.dialogs.set_follow_up_status(c, "done", today=D(2026, 2, 9))
    unrelated = s.dialogs.add(coaching(other, held_on="2026-02-01",
                                       follow_ups=(follow(other, "X"),))).value
    second = s.dialogs.add(coaching(staff, held_on="2026-03-01",
                                    follow_ups=(follow(staff, "D"),))).value
    carried = s.dialogs.open_follow_ups_before([staff.id], second.id)
    assert [f.text for f in carried] == ["A", "B"]  # open, earlier, with this pegawai; by due
    assert [f.text for f in s.dialogs.open_follow_ups_before([staff.id])] == ["A", "B", "D"]
    closed = s.dialogs.close(second.id, {a: ("done", "Selesai"), b: ("dropped", "Tidak perlu")})
    assert closed.value.closed_at
    got = {f.id: f for f in s.dialogs.follow_ups(staff.id)}
    assert (got[a].status, got[a].closed_in_dialog_id, got[a].status_on) == \
        (FollowUpStatus.DONE, second.id, D(2026, 3, 1))
    assert (got[b].status, got[b].status_note) == (FollowUpStatus.DROPPED, "Tidak perlu")
    assert s.dialogs.open_follow_ups_before([staff.id], second.id) == []
    assert unrelated.follow_ups[0].id not in got


@pytest.mark.parametrize("which, why", [("own", "own_dialog"), ("done", "not_open"),
                                        ("later", "not_earlier"), ("other", "not_earlier")])
def test_closing_refuses_follow_ups_that_do_not_carry_over(team, which, why):
    s, _, _, staff, other = team
    first = s.dialogs.add(coaching(staff, held_on="2026-02-01",
                                   follow_ups=(follow(staff, "A"),))).value
    s.dialogs.set_follow_up_status(first.follow_ups[0].id, "done")
    d = s.dialogs.add(coaching(staff, held_on="2026-03-01", follow_ups=(follow(staff, "O"),))).value
    later = s.dialogs.add(coaching(staff, held_on="2026-04-01",
                                   follow_ups=(follow(staff, "L", "2026-04-30"),))).value
    stranger = s.dialogs.add(coaching(other, held_on="2026-02-01",
                                      follow_ups=(follow(other, "S"),))).value
    target = {"own": d.follow_ups[0].id, "done": first.follow_ups[0].id,
              "later": later.follow_ups[0].id, "other": stranger.follow_ups[0].id}[which]
    before = journal_count(s)
    with pytest.raises(DomainError) as err:
        s.dialogs.close(d.id, {target: ("done", "")})
    assert err.value.code is ErrorCode.FOLLOW_UP_NOT_CARRIED and err.value.params["why"] == why
    assert journal_count(s) == before and s.dialogs.get(d.id).is_draft


def test_follow_ups_list_open_and_overdue(team):
    s, _, kabid, staff, _ = team
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff, "A", "2026-03-10"),
                                                  follow(kabid, "B", "2026-03-20"),
                                                  follow(staff, "C", "2026-03-05")))).value
    a, b, c = (f.id for f in d.follow_ups)
    s.dialogs.set_follow_up_status(c, "dropped")
    today = D(2026, 3, 15)
    assert [f.text for f in s.dialogs.follow_ups(staff.id, today=today)] == ["C", "A", "B"]
    assert [f.text for f in s.dialogs.follow_ups(kabid.id, open_only=True)] == ["B"]
    assert [f.text for f in s.dialogs.follow_ups(staff.id, overdue_only=True, today=today)] == ["A"]
    assert [f.text for f in s.dialogs.follow_ups(overdue_only=True, today=D(2026, 3, 10))] == []


# ---- confidentiality ---------------------------------------------------------------------------

def test_a_confidential_dialog_is_redacted_for_a_third_pegawai(team):
    s, head, kabid, staff, _ = team
    d = s.dialogs.add(coaching(staff, kind="konseling", notes="Masalah keluarga",
                               follow_ups=(follow(staff, "Cuti seminggu"),))).value
    s.dialogs.close(d.id)
    s.dialogs.add_addendum(d.id, "Rahasia juga")
    for reader in (staff.id, kabid.id):
        s.acting.act_as_id(reader)
        seen = s.dialogs.get(d.id)
        assert not seen.redacted and seen.notes == "Masalah keluarga"
    for reader in (head.id, None):
        s.acting.act_as_id(reader)
        seen = s.dialogs.get(d.id)
        assert seen.redacted and seen.confidential and seen.held_on == D(2026, 3, 2)
        assert [p.pegawai_id for p in seen.participants] == [staff.id]
        assert (seen.kind, seen.notes, seen.agenda, seen.follow_ups, seen.addenda, seen.topics,
                seen.led_by, seen.author, seen.place, seen.start_time) == \
            (None, "", (), (), (), (), None, None, "", "")
        assert s.dialogs.for_pegawai(staff.id)[0] == seen
        [fu] = s.dialogs.follow_ups(staff.id)
        assert fu.redacted and fu.text == "" and fu.owner.pegawai_id == staff.id
        [entry] = [e for e in s.dialogs.timeline(staff.id) if e.kind is TimelineKind.DIALOG]
        assert entry.redacted and entry.detail == "" and "Masalah" not in entry.title
        assert not s.dialogs.may_read(d.id)


def test_a_third_pegawai_cannot_change_a_confidential_dialog(team):
    s, head, kabid, staff, _ = team
    d = s.dialogs.add(coaching(staff, kind="konseling")).value
    s.acting.act_as_id(head.id)
    before = journal_count(s)
    for attempt in (lambda: s.dialogs.update(d.id, coaching(staff)),
                    lambda: s.dialogs.close(d.id), lambda: s.dialogs.delete(d.id),
                    lambda: s.dialogs.add_follow_up(d.id, follow(staff))):
        with pytest.raises(DomainError) as err:
            attempt()
        assert err.value.code is ErrorCode.DIALOG_CONFIDENTIAL
    assert journal_count(s) == before


def test_who_may_change_a_dialog_that_is_not_confidential(team):
    s, head, kabid, staff, other = team
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff),))).value
    s.acting.act_as_id(other.id)
    with pytest.raises(DomainError) as err:
        s.dialogs.close(d.id)
    assert err.value.code is ErrorCode.DIALOG_NOT_ALLOWED
    with pytest.raises(DomainError) as err:
        s.dialogs.set_follow_up_status(d.follow_ups[0].id, "done")
    assert err.value.code is ErrorCode.FOLLOW_UP_NOT_ALLOWED
    s.acting.act_as_id(head.id)
    s.office.set_setting("roles.pengelola_kinerja", head.nip)
    assert s.dialogs.close(d.id).value.closed_at  # a pengelola kinerja may
    assert s.dialogs.get(d.id).notes  # and, not confidential, everybody reads it


def test_writing_needs_someone_acting(team):
    s, _, _, staff, _ = team
    s.acting.act_as_id(None)
    before = journal_count(s)
    with pytest.raises(DomainError) as err:
        s.dialogs.add(coaching(staff))
    assert err.value.code is ErrorCode.ACTING_UNKNOWN
    assert journal_count(s) == before


# ---- bad input writes nothing ---------------------------------------------------------------

@pytest.mark.parametrize("change, code, field", [
    (dict(held_on="2026-02-30"), ErrorCode.FIELD_INVALID_DATE, "tanggal_dialog"),
    (dict(held_on=""), ErrorCode.FIELD_REQUIRED, "tanggal_dialog"),
    (dict(held_on="1999-01-01"), ErrorCode.FIELD_INVALID_NUMBER, "tanggal_dialog"),
    (dict(kind="rapat"), ErrorCode.FIELD_INVALID_CHOICE, "jenis_dialog"),
    (dict(participant_ids=()), ErrorCode.FIELD_REQUIRED, "peserta"),
    (dict(participant_ids=("tidak-ada",)), ErrorCode.PEGAWAI_NOT_FOUND, "peserta"),
    (dict(start_time="25:00"), ErrorCode.DIALOG_TIME_INVALID, "jam_mulai"),
    (dict(start_time="9.30"), ErrorCode.DIALOG_TIME_INVALID, "jam_mulai"),
    (dict(duration_min=0), ErrorCode.FIELD_INVALID_NUMBER, "durasi"),
    (dict(duration_min=24 * 60 + 1), ErrorCode.FIELD_INVALID_NUMBER, "durasi"),
    (dict(place="x" * 201), ErrorCode.FIELD_TOO_LONG, "tempat"),
    (dict(led_by_id="tidak-ada"), ErrorCode.PEGAWAI_NOT_FOUND, "dipimpin_oleh"),
    (dict(led_by_role="Widyaiswara"), ErrorCode.FIELD_REQUIRED, "dipimpin_oleh"),
    (dict(agenda=("Baik", " ")), ErrorCode.FIELD_REQUIRED, "agenda"),
    (dict(agenda=("a",) * 51), ErrorCode.FIELD_INVALID_NUMBER, "agenda"),
    (dict(notes="a\x00b"), ErrorCode.FIELD_CONTROL_CHARACTER, "catatan_dialog"),
    (dict(rhk_ids=("tidak-ada",)), ErrorCode.RHK_NOT_FOUND, "rhk_dibahas"),
    (dict(core_value_ids=("tidak-ada",)), ErrorCode.CORE_VALUE_NOT_FOUND, "nilai_dibahas"),
])
def test_bad_dialog_input_is_refused_and_writes_nothing(team, change, code, field):
    s, _, _, staff, _ = team
    before = journal_count(s)
    with pytest.raises(DomainError) as err:
        s.dialogs.add(coaching(staff, follow_ups=(follow(staff),), **change))
    assert (err.value.code, err.value.params.get("field")) == (code, field)
    assert journal_count(s) == before


def test_leader_by_id_and_by_name_is_refused(team):
    s, _, kabid, staff, _ = team
    with pytest.raises(DomainError) as err:
        s.dialogs.add(coaching(staff, led_by_id=kabid.id, led_by_name="Pak Hadi"))
    assert err.value.code is ErrorCode.DIALOG_LEADER_TWICE


def test_rhk_of_someone_else_is_refused(team):
    s, head, _, staff, _ = team
    skp = s.skp.create(head.id, 2026).value
    rhk = s.skp.add_rhk(skp.id, "Layanan digital").value
    with pytest.raises(DomainError) as err:
        s.dialogs.add(coaching(staff, rhk_ids=(rhk.id,)))
    assert err.value.code is ErrorCode.DIALOG_TOPIC_NOT_PARTICIPANT
    assert "Layanan digital" in err.value.params["label"]


@pytest.mark.parametrize("change, code, field", [
    (dict(text=" "), ErrorCode.FIELD_REQUIRED, "tindak_lanjut"),
    (dict(due=None), ErrorCode.FIELD_REQUIRED, "batas_waktu"),
    (dict(due="31-03-2026"), ErrorCode.FIELD_INVALID_DATE, "batas_waktu"),
    (dict(due="2026-03-01"), ErrorCode.FOLLOW_UP_DUE_BEFORE_DIALOG, "batas_waktu"),
    (dict(rhk_id="x", core_value_id="y"), ErrorCode.FOLLOW_UP_TARGET_BOTH, "tindak_lanjut"),
    (dict(rhk_id="tidak-ada"), ErrorCode.RHK_NOT_FOUND, "rhk"),
])
def test_bad_follow_up_is_refused_and_writes_nothing(team, change, code, field):
    s, _, _, staff, _ = team
    before = journal_count(s)
    with pytest.raises(DomainError) as err:
        s.dialogs.add(coaching(staff, follow_ups=(follow(staff, **change),)))
    assert (err.value.code, err.value.params.get("field")) == (code, field)
    assert journal_count(s) == before


def test_bad_follow_up_owner_and_status(team):
    s, _, _, staff, _ = team
    with pytest.raises(DomainError) as err:
        s.dialogs.add(coaching(staff, follow_ups=(FollowUpInput("A", "tidak-ada", "2026-03-31"),)))
    assert (err.value.code, err.value.params["field"]) == \
        (ErrorCode.PEGAWAI_NOT_FOUND, "pemilik_tindak_lanjut")
    d = s.dialogs.add(coaching(staff, follow_ups=(follow(staff),))).value
    before = journal_count(s)
    with pytest.raises(DomainError) as err:
        s.dialogs.set_follow_up_status(d.follow_ups[0].id, "selesai")
    assert err.value.code is ErrorCode.FIELD_INVALID_CHOICE
    with pytest.raises(DomainError) as err:
        s.dialogs.set_follow_up_status("tidak-ada", "done")
    assert err.value.code is ErrorCode.FOLLOW_UP_NOT_FOUND
    assert journal_count(s) == before


# ---- ids typed by people ---------------------------------------------------------------------

def test_ids_resolve_by_unique_prefix(team):
    s, _, _, staff, _ = team
    a = s.dialogs.add(coaching(staff)).value
    b = s.dialogs.add(coaching(staff)).value
    assert s.dialogs.resolve_id(a.id) == a.id
    assert s.dialogs.resolve_id(" " + a.id.upper() + " ") == a.id
    common = next(i for i in range(36) if a.id[i] != b.id[i])
    assert s.dialogs.resolve_id(a.id[:max(common + 1, 8)]) == a.id
    for text, code in ((a.id[:7], ErrorCode.RECORD_ID_TOO_SHORT),
                       ("zzzzzzzzzz", ErrorCode.RECORD_ID_TOO_SHORT),
                       ("ffffffff", ErrorCode.RECORD_ID_NOT_FOUND),
                       ("", ErrorCode.FIELD_REQUIRED)):
        with pytest.raises(DomainError) as err:
            s.dialogs.resolve_id(text)
        assert err.value.code is code and err.value.params["field"] == "id_dialog"
    if common >= 8:  # two ids of one millisecond share their first characters
        with pytest.raises(DomainError) as err:
            s.dialogs.resolve_id(a.id[:8])
        assert err.value.code is ErrorCode.RECORD_ID_AMBIGUOUS


# ---- timeline ----------------------------------------------------------------------------------

def test_timeline_newest_first_with_kinds_and_period(team):
    s, _, kabid, staff, _ = team
    skp = s.skp.create(staff.id, 2026).value
    first = s.dialogs.add(coaching(staff, held_on="2026-02-01",
                                   follow_ups=(follow(staff, "A", "2026-02-20"),))).value
    s.dialogs.add(coaching(staff, held_on="2026-04-01", kind="pemantauan", notes="Baik"))
    s.dialogs.set_follow_up_status(first.follow_ups[0].id, "done", today=D(2026, 2, 18))
    entries = s.dialogs.timeline(staff.id)
    kinds = [e.kind for e in entries]
    assert TimelineKind.WORKFLOW in kinds and entries[-1].kind is not None
    dated = [e for e in entries if e.kind is not TimelineKind.WORKFLOW]
    assert [(e.kind, e.on) for e in dated] == [
        (TimelineKind.DIALOG, D(2026, 4, 1)), (TimelineKind.FOLLOW_UP, D(2026, 2, 18)),
        (TimelineKind.DIALOG, D(2026, 2, 1))]
    assert [e.on for e in entries] == sorted((e.on for e in entries), reverse=True)
    workflow = [e for e in entries if e.kind is TimelineKind.WORKFLOW]
    assert workflow[0].record_id == skp.id and workflow[0].title == "SKP 2026 dibuat"
    only = s.dialogs.timeline(staff.id, {TimelineKind.DIALOG}, D(2026, 3, 1), D(2026, 12, 31))
    assert [(e.title, e.detail) for e in only] == [("Pemantauan kinerja", "Baik")]


def test_agenda_is_stored_as_json_list(team):
    s, _, _, staff, _ = team
    d = s.dialogs.add(coaching(staff, agenda=("Satu", "Dua; tiga"))).value
    with s.db.reader() as r:
        entry = r.journal.for_entity(d.id)[0]
    assert json.loads(entry.fields["agenda"][1]) == ["Satu", "Dua; tiga"]


# ---- the journal is no side door -------------------------------------------------------------

def test_the_journal_hides_a_confidential_dialog_from_a_third_pegawai(team):
    """Regression: `skpdesk journal` showed a confidential dialog's notes to anybody."""
    s, head, kabid, staff, _ = team
    d = s.dialogs.add(coaching(staff, kind="konseling", notes="Masalah keluarga",
                               follow_ups=(follow(staff, "Cuti seminggu"),))).value
    s.dialogs.close(d.id)
    s.dialogs.add_addendum(d.id, "Adendum rahasia")
    s.dialogs.set_follow_up_status(d.follow_ups[0].id, "done", "Sudah cuti")
    secrets = ("Masalah keluarga", "Cuti seminggu", "Adendum rahasia", "Sudah cuti")

    def text(entries):
        return json.dumps([e.fields for e in entries], default=str)

    for reader in (head.id, None):
        s.acting.act_as_id(reader)
        seen = s.journal.recent(1000) + s.journal.for_entity(d.id)
        assert not any(secret in text(seen) for secret in secrets)
        [insert] = [e for e in s.journal.for_entity(d.id) if e.op == "insert"]
        assert insert.fields["held_on"] == [None, "2026-03-02"]
        assert insert.fields["notes"] == [None, "(rahasia)"]
        fu = [e for e in seen if e.entity == "tindak_lanjut" and e.op == "update"][0]
        assert fu.fields["status"][1] == "done"
    s.acting.act_as_id(staff.id)
    assert all(secret in text(s.journal.recent(1000)) for secret in secrets)


def test_input_of_saves_a_dialog_unchanged_and_a_new_date_keeps_due_dates(team):
    from skpdesk.services.dialog.dialogs import input_of
    s, _, _, staff, _ = team
    skp = s.skp.create(staff.id, 2026).value
    rhk = s.skp.add_rhk(skp.id, "Modul").value
    for extra in (dict(online=True, place=""), dict(led_by_name="Drs. Hadi", led_by_role="WI"),
                  dict(kind="konseling")):
        d = s.dialogs.add(coaching(staff, rhk_ids=(rhk.id,), follow_ups=(follow(staff),),
                                   **extra)).value
        before = journal_count(s)
        assert s.dialogs.update(d.id, input_of(d)).value == d
        assert journal_count(s) == before
    with pytest.raises(DomainError) as err:
        s.dialogs.update(d.id, replace(input_of(d), held_on="2026-04-15"))
    assert (err.value.code, err.value.params["field"]) == \
        (ErrorCode.FOLLOW_UP_DUE_BEFORE_DIALOG, "tanggal_dialog")


def test_closing_settles_only_follow_ups_the_closer_may_change(team):
    """Regression: closing settled an earlier confidential dialog's follow-up for anybody."""
    s, head, kabid, staff, other = team
    s.acting.act_as_id(other.id)  # a colleague's konseling with staff, owned by the colleague
    secret = s.dialogs.add(coaching(staff, kind="konseling", held_on="2026-02-01",
                                    participant_ids=(staff.id, other.id),
                                    follow_ups=(follow(other, "Rahasia"),))).value
    s.acting.act_as_id(head.id)
    mine = s.dialogs.add(coaching(staff, held_on="2026-03-01")).value
    [carried] = s.dialogs.open_follow_ups_before([staff.id], mine.id)
    assert carried.redacted and carried.id == secret.follow_ups[0].id
    before = journal_count(s)
    with pytest.raises(DomainError) as err:
        s.dialogs.close(mine.id, {carried.id: ("done", "")})
    assert err.value.code is ErrorCode.FOLLOW_UP_NOT_ALLOWED
    assert journal_count(s) == before
