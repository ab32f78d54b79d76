"""Error sentences about identifiers (NIP) and the rules every field follows.

Indonesian and English, generated from the two former catalogues; part of the one catalogue of
`skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import ANY_VALUE, Msg, Text

FIELDS: dict[ErrorCode, Msg] = {
    # identifiers
    ErrorCode.NIP_REQUIRED: Msg(
        Text(id="{field} wajib diisi.",
             en="{field} is required."),
        Text(id="{field} wajib diisi.",
             en="{field} is required.")),
    ErrorCode.NIP_NOT_DIGITS: Msg(
        Text(id="{field} hanya boleh berisi angka (tertulis \"{value}\").",
             en="{field} may contain digits only (entered \"{value}\")."),
        Text(id="{field} hanya boleh berisi angka.",
             en="{field} may contain digits only."),
        when=(
            ("letters_allowed", True, Text(
                id="{field} hanya boleh berisi huruf dan angka tanpa spasi atau tanda baca "
                   "(tertulis \"{value}\").",
                en="{field} may contain only letters and digits, without spaces or "
                   "punctuation (entered \"{value}\").")),
        )),
    ErrorCode.NIP_LENGTH: Msg(
        Text(id="{field} harus 18 digit (terisi {length} digit).",
             en="{field} must have 18 digits ({length} entered)."),
        Text(id="{field} harus 18 digit.",
             en="{field} must have 18 digits.")),
    ErrorCode.NIP_BIRTH_DATE: Msg(
        Text(id="{field} {value} tidak valid: 8 digit pertama ({birth}) harus tanggal lahir yang "
                "benar (TTTTBBHH).",
             en="{field} {value} is not valid: the first 8 digits ({birth}) must be a real "
                "date of birth (YYYYMMDD)."),
        Text(id="{field} tidak valid: 8 digit pertama harus tanggal lahir yang benar (TTTTBBHH).",
             en="{field} is not valid: the first 8 digits must be a real date of birth "
                "(YYYYMMDD).")),
    ErrorCode.NIP_TMT: Msg(
        Text(id="{field} {value} tidak valid: bagian TMT pengangkatan ({tmt}) bukan tahun/bulan "
                "yang benar.",
             en="{field} {value} is not valid: the appointment (TMT) part ({tmt}) is not a "
                "real year and month."),
        Text(id="{field} tidak valid: bagian TMT pengangkatan bukan tahun/bulan yang benar.",
             en="{field} is not valid: the appointment (TMT) part is not a real year and month.")),
    ErrorCode.NIP_TMT_BEFORE_BIRTH: Msg(
        Text(id="{field} {value} tidak valid: TMT pengangkatan ({tmt}) tidak boleh sebelum "
                "tanggal lahir ({birth}).",
             en="{field} {value} is not valid: the appointment (TMT, {tmt}) cannot be before "
                "the date of birth ({birth})."),
        Text(id="{field} tidak valid: TMT pengangkatan tidak boleh sebelum tanggal lahir.",
             en="{field} is not valid: the appointment (TMT) cannot be before the date of "
                "birth.")),
    ErrorCode.NIP_SEX_DIGIT: Msg(
        Text(id="{field} {value} tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2, bukan "
                "{digit}.",
             en="{field} {value} is not valid: digit 15 (sex) must be 1 or 2, not {digit}."),
        Text(id="{field} tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2.",
             en="{field} is not valid: digit 15 (sex) must be 1 or 2.")),
    ErrorCode.NIP_SEQUENCE: Msg(
        Text(id="{field} {value} tidak valid: nomor urut (3 digit terakhir) tidak boleh "
                "{sequence}.",
             en="{field} {value} is not valid: the sequence number (last 3 digits) cannot be "
                "{sequence}."),
        Text(id="{field} tidak valid: nomor urut (3 digit terakhir) tidak boleh 000.",
             en="{field} is not valid: the sequence number (last 3 digits) cannot be 000.")),
    ErrorCode.NIP_PPPK_CODE: Msg(
        Text(id="{field} {value} bukan NI PPPK: digit ke-13 harus 2 (tertulis {digit}).",
             en="{field} {value} is not a PPPK number: digit 13 must be 2 (entered {digit})."),
        Text(id="{field} bukan NI PPPK: digit ke-13 harus 2.",
             en="{field} is not a PPPK number: digit 13 must be 2.")),
    ErrorCode.NIP_PPPK_BATCH: Msg(
        Text(id="{field} {value} tidak valid: digit ke-14 (angkatan PPPK) tidak boleh {digit}.",
             en="{field} {value} is not valid: digit 14 (PPPK intake) cannot be {digit}."),
        Text(id="{field} tidak valid: digit ke-14 (angkatan PPPK) tidak boleh 0.",
             en="{field} is not valid: digit 14 (PPPK intake) cannot be 0.")),
    ErrorCode.NIP_KIND_MISMATCH: Msg(
        Text(id="{field} {value} adalah nomor {found}, padahal jenis ASN pegawai ini {expected}.",
             en="{field} {value} is a {found} number, but this employee is {expected}."),
        Text(id="{field} tidak sesuai dengan jenis ASN pegawai (PNS atau PPPK).",
             en="{field} does not match the employee's ASN type (PNS or PPPK).")),
    ErrorCode.NIP_DUPLICATE: Msg(
        Text(id="{field} {value} sudah dipakai oleh {name}.",
             en="{field} {value} is already used by {name}."),
        Text(id="{field} sudah dipakai oleh pegawai lain.",
             en="{field} is already used by another employee."),
        when=(
            ("times", ANY_VALUE, Text(
                id="{field} {value} muncul {times} kali di berkas (baris {rows}).",
                en="{field} {value} appears {times} times in the file (rows {rows}).")),
            ("rows", ANY_VALUE, Text(
                id="{field} {value} muncul lebih dari sekali di berkas (baris {rows}).",
                en="{field} {value} appears more than once in the file (rows {rows}).")),
            ("count", ANY_VALUE, Text(
                id="Ada {count} pegawai tanpa NIP bernama {value}; tidak jelas yang dimaksud.",
                en="There are {count} employees without a NIP named {value}; it is not clear "
                   "which one is meant.")),
        )),
    ErrorCode.NIP_NOT_ALLOWED: Msg(
        Text(id="{field} tidak boleh diisi untuk pegawai ini (\"{value}\").",
             en="{field} must be left empty for this employee (\"{value}\")."),
        Text(id="{field} tidak boleh diisi untuk pegawai ini.",
             en="{field} must be left empty for this employee.")),
    # generic field rules
    ErrorCode.FIELD_REQUIRED: Msg(
        Text(id="{field} wajib diisi.",
             en="{field} is required."),
        Text(id="{field} wajib diisi.",
             en="{field} is required.")),
    ErrorCode.FIELD_INVALID_CHOICE: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilihan yang sah: {allowed}.",
             en="{field} \"{value}\" is not known; valid choices: {allowed}."),
        Text(id="{field} berisi pilihan yang tidak dikenal.",
             en="{field} holds a choice that is not known."),
        when=(
            ("reason", "fungsional_only", Text(
                id="{field} \"{value}\" hanya diisi untuk jabatan fungsional; kosongkan untuk "
                   "jenis jabatan lain.",
                en="{field} \"{value}\" is only filled in for functional positions; leave it "
                   "empty for other position types.")),
        )),
    ErrorCode.FIELD_TOO_LONG: Msg(
        Text(id="{field} terlalu panjang: paling banyak {max} karakter (terisi {length}).",
             en="{field} is too long: at most {max} characters ({length} entered)."),
        Text(id="{field} terlalu panjang.",
             en="{field} is too long.")),
    ErrorCode.FIELD_INVALID_DATE: Msg(
        Text(id="{field} \"{value}\" bukan tanggal yang benar (format TTTT-BB-HH, mis. "
                "2025-01-31).",
             en="{field} \"{value}\" is not a valid date (format YYYY-MM-DD, e.g. 2025-01-31)."),
        Text(id="{field} bukan tanggal yang benar (format TTTT-BB-HH).",
             en="{field} is not a valid date (format YYYY-MM-DD).")),
    ErrorCode.FIELD_INVALID_NUMBER: Msg(
        Text(id="{field} harus berupa angka (tertulis \"{value}\").",
             en="{field} must be a number (entered \"{value}\")."),
        Text(id="{field} harus berupa angka yang sah.",
             en="{field} must be a valid number."),
        when=(
            ("min", ANY_VALUE, Text(
                id="{field} harus angka dari {min} sampai {max} (tertulis \"{value}\").",
                en="{field} must be a number from {min} to {max} (entered \"{value}\").")),
        )),
    ErrorCode.RANK_UNKNOWN: Msg(
        Text(id="{field} \"{value}\" tidak dikenal untuk {asn_type}; contoh yang sah: III/a "
                "untuk PNS, IX untuk PPPK.",
             en="{field} \"{value}\" is not known for {asn_type}; valid examples: III/a for "
                "PNS, IX for PPPK."),
        Text(id="{field} tidak dikenal; contoh yang sah: III/a untuk PNS, IX untuk PPPK.",
             en="{field} is not known; valid examples: III/a for PNS, IX for PPPK.")),
    ErrorCode.RANK_NOT_FOR_ASN_TYPE: Msg(
        Text(id="{field} \"{value}\" tidak berlaku untuk {asn_type}.",
             en="{field} \"{value}\" does not apply to {asn_type}."),
        Text(id="{field} tidak berlaku untuk jenis ASN pegawai ini.",
             en="{field} does not apply to this employee's ASN type."),
        when=(
            ("asn_type", "NON_ASN", Text(
                id="{field} harus dikosongkan untuk Non-ASN (tertulis \"{value}\").",
                en="{field} must be left empty for non-ASN (entered \"{value}\").")),
        )),
    ErrorCode.JENJANG_UNKNOWN: Msg(
        Text(id="{field} \"{value}\" tidak dikenal; pilihan yang sah: {allowed}.",
             en="{field} \"{value}\" is not known; valid choices: {allowed}."),
        Text(id="{field} tidak dikenal.",
             en="{field} is not known.")),
    # input (issue 7: bad input)
    ErrorCode.FIELD_CONTROL_CHARACTER: Msg(
        Text(id="{field} berisi karakter kendali yang tidak terlihat ({char}) pada posisi "
                "{position}; karakter kendali dan pengatur arah teks tidak diperbolehkan.",
             en="{field} contains an invisible control character ({char}) at position "
                "{position}; control characters and text direction overrides are not allowed."),
        Text(id="{field} berisi karakter kendali yang tidak terlihat; karakter kendali dan "
                "pengatur arah teks tidak diperbolehkan.",
             en="{field} contains an invisible control character; control characters and text "
                "direction overrides are not allowed.")),
    ErrorCode.NIP_BIRTH_TOO_EARLY: Msg(
        Text(id="{field} {value} tidak valid: tanggal lahir ({birth}) sebelum tahun {min_year}; "
                "NIP 18 digit baru ada sejak 2008, tidak ada ASN aktif yang lahir sebelum "
                "{min_year}.",
             en="{field} {value} is not valid: the birth date ({birth}) is before {min_year}; "
                "the 18-digit NIP exists since 2008 and no serving ASN was born before "
                "{min_year}."),
        Text(id="{field} tidak valid: tanggal lahir di dalam NIP terlalu awal.",
             en="{field} is not valid: the birth date in the NIP is too early.")),
    ErrorCode.NIP_AGE_AT_TMT: Msg(
        Text(id="{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) {age} tahun, "
                "tidak masuk akal.",
             en="{field} {value} is not valid: the age at appointment ({tmt}) would be {age} "
                "years, which is not plausible."),
        Text(id="{field} tidak valid: usia pada TMT pengangkatan tidak masuk akal.",
             en="{field} is not valid: the age at appointment is not plausible."),
        when=(
            ("reason", "too_young", Text(
                id="{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) baru {age} "
                   "tahun, padahal CPNS/PPPK paling muda {min_age} tahun (lahir {birth}).",
                en="{field} {value} is not valid: the age at appointment ({tmt}) would be "
                   "only {age} years, but a CPNS/PPPK is at least {min_age} (born {birth}).")),
            ("reason", "too_old", Text(
                id="{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) sudah {age} "
                   "tahun, lebih dari batas {max_age} tahun (lahir {birth}).",
                en="{field} {value} is not valid: the age at appointment ({tmt}) would be "
                   "{age} years, more than the limit of {max_age} (born {birth}).")),
        )),
}
