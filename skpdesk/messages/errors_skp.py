"""Error sentences about the office, its people and their SKP (RHK, indicators, workflow).

Indonesian and English, generated from the two former catalogues; part of the one catalogue of
`skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import ANY_VALUE, Msg, Text

SKP: dict[ErrorCode, Msg] = {
    # office / people
    ErrorCode.OFFICE_EXISTS: Msg(
        Text(id="Instansi sudah dibuat di basis data ini; init hanya dijalankan sekali per basis "
                "data.",
             en="The office has already been created in this database; it is set up only once "
                "per database."),
        Text(id="Instansi sudah dibuat di basis data ini.",
             en="The office has already been created in this database.")),
    ErrorCode.OFFICE_MISSING: Msg(
        Text(id="Instansi belum dibuat di basis data {path}.",
             en="No office has been created yet in database {path}."),
        Text(id="Instansi belum dibuat di basis data ini.",
             en="No office has been created yet in this database."),
        when=(
            ("reason", "no_file", Text(
                id="Basis data {path} belum ada.",
                en="Database {path} does not exist yet.")),
        )),
    ErrorCode.UNIT_NOT_FOUND: Msg(
        Text(id="{field} \"{value}\" tidak ditemukan.",
             en="{field} \"{value}\" was not found."),
        Text(id="{field} tidak ditemukan.",
             en="{field} was not found.")),
    ErrorCode.PEGAWAI_NOT_FOUND: Msg(
        Text(id="Pegawai dengan {field} {value} tidak ditemukan.",
             en="No employee with {field} {value} was found."),
        Text(id="Pegawai tidak ditemukan.",
             en="The employee was not found.")),
    ErrorCode.SUPERVISOR_NOT_FOUND: Msg(
        Text(id="{field} {value} tidak ditemukan di daftar pegawai.",
             en="{field} {value} is not in the list of employees."),
        Text(id="{field} tidak ditemukan di daftar pegawai.",
             en="{field} is not in the list of employees.")),
    ErrorCode.SUPERVISOR_SELF: Msg(
        Text(id="{field} tidak boleh NIP pegawai itu sendiri.",
             en="{field} cannot be the employee's own NIP."),
        Text(id="{field} tidak boleh NIP pegawai itu sendiri.",
             en="{field} cannot be the employee's own NIP.")),
    ErrorCode.SUPERVISOR_CYCLE: Msg(
        Text(id="{field}: atasan ini membuat rantai atasan berputar (pegawai menjadi atasan dari "
                "atasannya sendiri).",
             en="{field}: this supervisor makes the chain of supervisors go round in a circle "
                "(an employee would supervise their own supervisor)."),
        Text(id="{field}: atasan ini membuat rantai atasan berputar.",
             en="{field}: this supervisor makes the chain of supervisors go round in a circle."),
        when=(
            ("cycle", ANY_VALUE, Text(
                id="{field} {value} membuat rantai atasan berputar: {cycle}.",
                en="{field} {value} makes the chain of supervisors go round in a circle: "
                   "{cycle}.")),
        )),
    # SKP
    ErrorCode.SKP_NOT_FOUND: Msg(
        Text(id="SKP tidak ditemukan ({value}).",
             en="SKP not found ({value})."),
        Text(id="SKP tidak ditemukan.",
             en="SKP not found."),
        when=(
            ("field", "tahun", Text(
                id="SKP tahun {value} belum ada untuk pegawai ini.",
                en="This employee has no SKP for {value} yet.")),
        )),
    ErrorCode.SKP_EXISTS: Msg(
        Text(id="Pegawai ini sudah memiliki SKP tahun {year} (periode {start} s.d. {end}) yang "
                "periodenya bertumpang tindih.",
             en="This employee already has an SKP for {year} (period {start} to {end}) whose "
                "period overlaps."),
        Text(id="Pegawai ini sudah memiliki SKP dengan periode yang bertumpang tindih.",
             en="This employee already has an SKP whose period overlaps.")),
    ErrorCode.SKP_NOT_ALLOWED_FOR_NON_ASN: Msg(
        Text(id="{name} bukan ASN (Non-ASN), sehingga tidak dibuatkan SKP.",
             en="{name} is not an ASN (non-ASN), so no SKP is made for them."),
        Text(id="Pegawai Non-ASN tidak dibuatkan SKP.",
             en="No SKP is made for non-ASN employees.")),
    ErrorCode.SKP_PERIOD_INVALID: Msg(
        Text(id="Periode penilaian {start} s.d. {end} tidak sah: awal harus sebelum akhir dan "
                "keduanya di dalam tahun {year}.",
             en="The appraisal period {start} to {end} is not valid: the start must come "
                "before the end and both must lie in {year}."),
        Text(id="Periode penilaian tidak sah: awal harus sebelum akhir dan keduanya di tahun SKP.",
             en="The appraisal period is not valid: the start must come before the end and "
                "both must lie in the SKP year.")),
    ErrorCode.SKP_READ_ONLY: Msg(
        Text(id="SKP berstatus {status} tidak dapat diubah; kembalikan atau buka kembali menjadi "
                "Draft terlebih dahulu.",
             en="An SKP with status {status} cannot be changed; return it or reopen it as "
                "Draft first."),
        Text(id="SKP ini tidak dapat diubah karena bukan Draft.",
             en="This SKP cannot be changed because it is not a Draft.")),
    ErrorCode.SKP_TRANSITION_NOT_ALLOWED: Msg(
        Text(id="SKP berstatus {status} tidak dapat {action}; hanya SKP berstatus {source} yang "
                "dapat {action}.",
             en="An SKP with status {status} cannot be {action}; only an SKP with status "
                "{source} can be {action}."),
        Text(id="Perubahan status SKP ini tidak diperbolehkan.",
             en="This change of the SKP status is not allowed.")),
    ErrorCode.SKP_NOTE_REQUIRED: Msg(
        Text(id="{field} wajib diisi saat SKP {action} (alasan dicatat pada SKP dan jurnal).",
             en="{field} is required when an SKP is {action} (the reason is recorded on the "
                "SKP and in the journal)."),
        Text(id="{field} wajib diisi untuk perubahan status ini.",
             en="{field} is required for this change of status.")),
    ErrorCode.SKP_INCOMPLETE: Msg(
        Text(id="SKP belum lengkap sehingga belum dapat diajukan: {problems}.",
             en="The SKP is not complete, so it cannot be submitted yet: {problems}."),
        Text(id="SKP belum lengkap sehingga belum dapat diajukan.",
             en="The SKP is not complete, so it cannot be submitted yet.")),
    ErrorCode.SKP_NO_PREVIOUS: Msg(
        Text(id="Tidak ada SKP tahun {year} untuk disalin.",
             en="There is no SKP for {year} to copy."),
        Text(id="Tidak ada SKP tahun sebelumnya untuk disalin.",
             en="There is no SKP of a previous year to copy.")),
    ErrorCode.RHK_NOT_FOUND: Msg(
        Text(id="{field} tidak ditemukan ({value}).",
             en="{field} was not found ({value})."),
        Text(id="RHK tidak ditemukan.",
             en="RHK not found.")),
    ErrorCode.RHK_IN_USE: Msg(
        Text(id="RHK ini masih diintervensi oleh {count} RHK bawahan; lepaskan tautan itu "
                "terlebih dahulu.",
             en="This RHK is still intervened by {count} RHK of subordinates; remove those "
                "links first."),
        Text(id="RHK ini masih diintervensi oleh RHK bawahan.",
             en="This RHK is still intervened by RHK of subordinates.")),
    ErrorCode.RHK_PARENT_NOT_SUPERVISOR: Msg(
        Text(id="{field} harus RHK Utama dari SKP atasan langsung pada tahun yang sama.",
             en="{field} must be a main RHK (RHK Utama) of the direct supervisor's SKP of the "
                "same year."),
        Text(id="{field} harus RHK Utama dari SKP atasan langsung pada tahun yang sama.",
             en="{field} must be a main RHK (RHK Utama) of the direct supervisor's SKP of the "
                "same year.")),
    ErrorCode.RHK_PARENT_FOR_TAMBAHAN: Msg(
        Text(id="RHK Tambahan tidak mengintervensi RHK pimpinan; kosongkan {field}.",
             en="An additional RHK (RHK Tambahan) does not intervene a leader's RHK; leave "
                "{field} empty."),
        Text(id="RHK Tambahan tidak mengintervensi RHK pimpinan.",
             en="An additional RHK (RHK Tambahan) does not intervene a leader's RHK.")),
    ErrorCode.RHK_PERSPECTIVE_JPT_ONLY: Msg(
        Text(id="{field} hanya diisi pada SKP Jabatan Pimpinan Tinggi (JPT).",
             en="{field} is only filled in on the SKP of a senior executive (JPT)."),
        Text(id="{field} hanya diisi pada SKP Jabatan Pimpinan Tinggi (JPT).",
             en="{field} is only filled in on the SKP of a senior executive (JPT).")),
    ErrorCode.INDICATOR_NOT_FOUND: Msg(
        Text(id="{field} tidak ditemukan ({value}).",
             en="{field} was not found ({value})."),
        Text(id="Indikator tidak ditemukan.",
             en="Indicator not found.")),
    ErrorCode.INDICATOR_ASPECT_REQUIRED: Msg(
        Text(id="{field} wajib dipilih (Kuantitas, Kualitas, Waktu atau Biaya) pada SKP JA/JF "
                "kuantitatif.",
             en="{field} must be chosen (Quantity, Quality, Time or Cost) on a quantitative "
                "JA/JF SKP."),
        Text(id="{field} wajib dipilih pada SKP JA/JF kuantitatif.",
             en="{field} must be chosen on a quantitative JA/JF SKP.")),
    ErrorCode.INDICATOR_ASPECT_NOT_ALLOWED: Msg(
        Text(id="{field} hanya diisi pada SKP JA/JF kuantitatif; SKP ini {form} {approach}.",
             en="{field} is only filled in on a quantitative JA/JF SKP; this SKP is {form} "
                "{approach}."),
        Text(id="{field} hanya diisi pada SKP JA/JF kuantitatif.",
             en="{field} is only filled in on a quantitative JA/JF SKP.")),
    ErrorCode.LAMPIRAN_ITEM_NOT_FOUND: Msg(
        Text(id="{field} tidak ditemukan ({value}).",
             en="{field} was not found ({value})."),
        Text(id="Butir lampiran tidak ditemukan.",
             en="Attachment item not found.")),
    ErrorCode.CORE_VALUE_NOT_FOUND: Msg(
        Text(id="{field} (core value) tidak ditemukan ({value}).",
             en="{field} (core value) was not found ({value})."),
        Text(id="Perilaku kerja (core value) tidak ditemukan.",
             en="Work behaviour (core value) not found.")),
}
