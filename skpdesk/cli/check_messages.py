"""Indonesian sentences for the findings of `skpdesk check` (codes of `skpdesk.services.integrity`).

Same scheme as `messages.py`: a full sentence from the finding's params plus a fallback, so a
message never fails to format (tests/unit/test_messages.py checks every code the service emits).
"""

from __future__ import annotations

from typing import Any

from skpdesk.domain.errors import ErrorCode

from .messages import Msg, field_label, join_values, message_for, prepare_params

M = Msg
NIP_NOT_CLEAN = "tersimpan tidak dalam bentuk baku (hanya angka, tanpa spasi atau tanda baca)"
SKP_AT = "SKP {year} {name} (NIP {nip}), RHK {rhk}"
CHAIN_REASONS = {
    "changed": "isi entri ini diubah setelah dicatat.",
    "missing": "entri sebelumnya hilang (dihapus).",
    "link": "entri ini tidak bersambung dengan entri sebelumnya (disisipkan atau urutannya "
            "diubah).",
    "unhashed": "entri ini tidak memiliki sidik rantai (ditulis di luar SKP Desk).",
    "truncated": "entri terbaru perangkat ini hilang (ekor jurnal dihapus).",
    "beyond_head": "entri ini melampaui entri terakhir yang dicatat perangkat ini (ditambahkan "
                   "dari luar).",
    "head": "entri terakhir tidak sama dengan yang dicatat perangkat ini.",
}
LOGO_REASONS = {
    "outside_store": "rujukannya tidak menunjuk ke berkas di folder attachments basis data.",
    "missing": "berkasnya tidak ada di folder attachments basis data.",
    "unreadable": "berkasnya tidak dapat dibaca.",
    "hash_mismatch": "isi berkasnya tidak sama dengan yang disimpan (sidik SHA-256 pada namanya "
                     "tidak cocok: berkas diubah atau rusak).",
}
SECTION_LABELS = {"database": "berkas basis data", "journal": "jurnal perubahan",
                  "pegawai": "pegawai", "skp": "SKP", "kaskade": "kaskade"}

CHECK_MESSAGES: dict[str, Msg] = {
    "db_integrity": M("Berkas basis data rusak menurut pemeriksaan SQLite: {detail}.",
                      "Berkas basis data rusak menurut pemeriksaan SQLite."),
    "foreign_key_violation": M(
        "Rujukan rusak di tabel {table} (rowid {rowid}): baris yang dirujuk tidak ada.",
        "Ada rujukan rusak: baris yang dirujuk tidak ada."),
    "unjournaled_row": M(
        "Baris {entity_id} di tabel {table} diubah tanpa tercatat di jurnal perubahan "
        "(kolom {fields}; penulisan lewat jalur samping).",
        "Ada baris yang diubah tanpa tercatat di jurnal perubahan.",
        when=(("change", "insert",
               "Baris {entity_id} di tabel {table} ditambahkan tanpa tercatat di jurnal perubahan "
               "(penulisan lewat jalur samping)."),)),
    "row_deleted_outside_journal": M(
        "Baris {entity_id} di tabel {table} hilang, padahal menurut jurnal perubahan baris itu "
        "masih ada (dihapus lewat jalur samping).",
        "Ada baris yang hilang padahal menurut jurnal perubahan masih ada."),
    "table_missing": M(
        "Tabel {table} tidak ada di basis data, padahal menurut jurnal perubahan berisi "
        "{journaled_rows} baris.",
        "Ada tabel yang hilang dari basis data.",
        when=(("journaled_rows", 0, "Tabel {table} tidak ada di basis data (dihapus di luar "
                                    "aplikasi)."),)),
    "table_unreadable": M("Tabel {table} tidak dapat dibaca: {detail}.",
                          "Ada tabel yang tidak dapat dibaca."),
    "value_undecodable": M(
        "Baris {entity_id} di tabel {table}, kolom {column}, berisi nilai yang tidak dikenal "
        "aplikasi: {value} (seharusnya {expected}).",
        "Ada nilai yang tidak dikenal aplikasi di basis data."),
    "journal_chain_broken": M(
        "Rantai jurnal perubahan perangkat {device_id} putus pada nomor urut {seq}: {reason}",
        "Rantai jurnal perubahan putus: ada entri jurnal yang diubah, dihapus atau disisipkan."),
    "journal_entry_undecodable": M(
        "Entri jurnal perubahan perangkat {device_id} nomor urut {seq} tidak dapat dibaca "
        "(isian perubahan bukan JSON yang sah).",
        "Ada entri jurnal perubahan yang tidak dapat dibaca."),
    "journal_sequence_gap": M(
        "Nomor urut jurnal perubahan perangkat {device_id} tidak bersambung dari 1.",
        "Nomor urut jurnal perubahan tidak bersambung."),
    "check_incomplete": M(
        "Pemeriksaan bagian {section} tidak dapat diselesaikan karena ada data yang tidak "
        "terbaca ({detail}).",
        "Sebagian pemeriksaan tidak dapat diselesaikan karena data tidak terbaca."),
    "more_findings": M("… dan {count} temuan lain sejenis ({code}) di tabel {table}.",
                       "… dan temuan lain sejenis."),
    "supervisor_cycle": M("Rantai atasan berputar: {names}.", "Ada rantai atasan yang berputar."),
    "nip_invalid": M("NIP {nip} milik {name} ({asn_type}) tidak sah: {reason}",
                     "Ada pegawai dengan NIP yang tidak sah."),
    "nip_duplicate": M("NIP {nip} dipakai oleh lebih dari satu pegawai: {names}.",
                       "Ada NIP yang dipakai oleh lebih dari satu pegawai."),
    "indicator_aspect_not_allowed": M(
        SKP_AT + ", indikator {indicator}: aspek diisi, padahal aspek hanya untuk SKP JA/JF "
        "kuantitatif (SKP ini {form} {approach}).",
        "Ada indikator beraspek pada SKP yang bukan JA/JF kuantitatif."),
    "indicator_aspect_missing": M(
        SKP_AT + ", indikator {indicator}: aspek belum diisi pada SKP JA/JF kuantitatif yang sudah "
        "diajukan atau disetujui.",
        "Ada indikator tanpa aspek pada SKP JA/JF kuantitatif yang sudah diajukan."),
    "rhk_perspective_not_allowed": M(
        SKP_AT + ": {field} diisi pada SKP JA/JF, padahal hanya untuk SKP JPT.",
        "Ada RHK pada SKP JA/JF yang berisi perspektif atau penugasan (hanya untuk JPT)."),
    "tambahan_with_parent": M(
        SKP_AT + ": RHK Tambahan mengintervensi RHK pimpinan (hanya RHK Utama yang boleh).",
        "Ada RHK Tambahan yang mengintervensi RHK pimpinan."),
    "skp_incomplete": M(
        "SKP {year} {name} (NIP {nip}) berstatus {status}, padahal belum lengkap: {problems}.",
        "Ada SKP yang sudah diajukan atau disetujui padahal belum lengkap."),
    "cascade_orphan": M(
        "SKP {year} {name} (NIP {nip}), RHK {rhk} \"{text}\" tidak mengintervensi RHK atasan "
        "(yatim).",
        "Ada RHK Utama bawahan yang tidak mengintervensi RHK atasan (yatim)."),
    "cascade_parent_outside": M(
        "SKP {year} {name} (NIP {nip}), RHK {rhk} \"{text}\" mengintervensi RHK di luar SKP atasan "
        "langsung tahun ini.",
        "Ada RHK yang mengintervensi RHK di luar SKP atasan langsung."),
    "text_control_character": M(
        "Baris {entity_id} di tabel {table}, kolom {column}, berisi karakter kendali yang tidak "
        "terlihat ({char}) pada posisi {position}; karakter kendali dan pengatur arah teks tidak "
        "diperbolehkan (data lama). Ubah isian itu lewat aplikasi.",
        "Ada teks tersimpan yang berisi karakter kendali atau pengatur arah teks."),
    "logo_unusable": M(
        "Logo instansi ({path}) tidak dapat dipakai dan tidak dicetak: {reason} Pasang ulang "
        "logo dengan: skpdesk office set --logo BERKAS.",
        "Logo instansi tidak dapat dipakai dan tidak dicetak. Pasang ulang logo dengan: "
        "skpdesk office set --logo BERKAS."),
    "pegawai_without_skp": M("{name} (NIP {nip}) belum memiliki SKP tahun {year}.",
                             "Ada pegawai ASN yang belum memiliki SKP."),
}


def _logo_reason(params: dict[str, Any]) -> str:
    reason = str(params.get("reason"))
    if reason in LOGO_REASONS:
        return LOGO_REASONS[reason]
    try:  # an image rule of `set_logo`: its own sentence
        return message_for(ErrorCode(reason), {**params, "field": "logo",
                                               "value": params.get("path", "")})
    except ValueError:
        return f"{reason}."


def check_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The Indonesian sentence for one `skpdesk check` finding; never raises."""
    params = dict(params or {})
    entry = CHECK_MESSAGES.get(code)
    if entry is None:
        return f"Temuan pemeriksaan: {code}."
    try:
        values = prepare_params(params)
        values["nip"] = params.get("nip") or "-"
        if "names" in params:
            names = params["names"]
            if code == "supervisor_cycle" and isinstance(names, (list, tuple)) and names:
                values["names"] = " → ".join(str(n) for n in [*names, names[0]])
            else:
                values["names"] = join_values(names)
        if "fields" in params:
            values["fields"] = join_values(params["fields"])
        if code == "journal_chain_broken":
            reason = params.get("reason")
            values["reason"] = CHAIN_REASONS.get(reason, f"{reason}.")
            values["seq"] = params.get("seq") if params.get("seq") is not None else "?"
        if code == "logo_unusable":
            values["reason"] = _logo_reason(params)
        if "section" in params:
            values["section"] = SECTION_LABELS.get(params["section"], str(params["section"]))
        if code == "nip_invalid":
            reason = params.get("reason")
            if reason == "not_clean":
                values["reason"] = NIP_NOT_CLEAN + "."
            else:
                try:
                    nip = str(params.get("nip") or "")
                    values["reason"] = message_for(ErrorCode(reason),
                                                   {"field": "nip", "value": nip, "length": len(nip)})
                except ValueError:
                    values["reason"] = f"{reason}."
    except Exception:  # noqa: BLE001 - a message must never be the thing that fails
        values = {"field": field_label(None), "field_lower": "isian"}
    for template in (entry.pick(params), entry.fallback):
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return f"Temuan pemeriksaan: {code}."
