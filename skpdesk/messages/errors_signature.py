"""Error sentences of digital signatures (PAdES, pyHanko) (issue 13).

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code).
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

SIGNATURE: dict[ErrorCode, Msg] = {
    ErrorCode.SIGN_KEY_UNREADABLE: Msg(
        Text(id="{field} {path} bukan berkas kunci PKCS#12 (.p12/.pfx) yang dapat dipakai untuk "
                "menandatangani; tidak ada berkas yang ditulis.",
             en="{field} {path} is not a PKCS#12 key file (.p12/.pfx) that can sign; nothing "
                "was written."),
        Text(id="{field} bukan berkas kunci PKCS#12 (.p12/.pfx) yang dapat dipakai untuk "
                "menandatangani; tidak ada berkas yang ditulis.",
             en="{field} is not a PKCS#12 key file (.p12/.pfx) that can sign; nothing was "
                "written."),
        when=(
            ("reason", "no_key", Text(
                id="{field} {path} tidak memuat kunci privat beserta sertifikatnya; minta berkas "
                   ".p12/.pfx yang lengkap kepada pengelola sertifikat. Tidak ada berkas yang "
                   "ditulis.",
                en="{field} {path} holds no private key with its certificate; ask the "
                   "certificate administrator for a complete .p12/.pfx file. Nothing was "
                   "written.")),
            ("reason", "too_large", Text(
                id="{field} {path} terlalu besar untuk berkas kunci (paling besar {limit} "
                   "bita); tidak ada berkas yang ditulis.",
                en="{field} {path} is too large for a key file (at most {limit} bytes); "
                   "nothing was written.")),
            ("reason", "unsupported", Text(
                id="{field} {path} memakai algoritma yang tidak didukung; tidak ada berkas yang "
                   "ditulis.",
                en="{field} {path} uses an algorithm that is not supported; nothing was "
                   "written.")),
        )),
    ErrorCode.SIGN_PASSWORD_WRONG: Msg(
        Text(id="{field} salah untuk berkas kunci {path}; tidak ada berkas yang ditulis.",
             en="{field} is wrong for the key file {path}; nothing was written."),
        Text(id="{field} salah; tidak ada berkas yang ditulis.",
             en="{field} is wrong; nothing was written.")),
    ErrorCode.SIGN_PASSWORD_REQUIRED: Msg(
        Text(id="{field} wajib diisi: berkas kunci {path} dilindungi kata sandi; tidak ada "
                "berkas yang ditulis.",
             en="{field} is required: the key file {path} is protected by a password; nothing "
                "was written."),
        Text(id="{field} wajib diisi: berkas kunci dilindungi kata sandi; tidak ada berkas yang "
                "ditulis.",
             en="{field} is required: the key file is protected by a password; nothing was "
                "written.")),
    ErrorCode.SIGN_PDF_INVALID: Msg(
        Text(id="{field} {path} bukan berkas PDF yang dapat dibaca; tidak ada berkas yang "
                "ditulis.",
             en="{field} {path} is not a readable PDF file; nothing was written."),
        Text(id="{field} bukan berkas PDF yang dapat dibaca; tidak ada berkas yang ditulis.",
             en="{field} is not a readable PDF file; nothing was written."),
        when=(
            ("reason", "not_pdf", Text(
                id="{field} {path} bukan berkas PDF (tidak diawali penanda %PDF); tidak ada "
                   "berkas yang ditulis.",
                en="{field} {path} is not a PDF file (it does not start with the %PDF "
                   "marker); nothing was written.")),
            ("reason", "damaged", Text(
                id="{field} {path} rusak atau strukturnya tidak dapat dibaca; cetak ulang "
                   "dokumennya. Tidak ada berkas yang ditulis.",
                en="{field} {path} is damaged or its structure cannot be read; print the "
                   "document again. Nothing was written.")),
            ("reason", "encrypted", Text(
                id="{field} {path} terenkripsi (dilindungi kata sandi); tanda tangan digital "
                   "hanya untuk PDF cetakan SKP Desk yang tidak terenkripsi.",
                en="{field} {path} is encrypted (password-protected); digital signatures are "
                   "only for unencrypted PDFs printed by SKP Desk.")),
            ("reason", "too_large", Text(
                id="{field} {path} terlalu besar (paling besar {limit} bita); tidak ada berkas "
                   "yang ditulis.",
                en="{field} {path} is too large (at most {limit} bytes); nothing was "
                   "written.")),
        )),
    ErrorCode.SIGN_PDF_NO_CODE: Msg(
        Text(id="{field} {path} tidak memuat kode dokumen SKP Desk (bukan cetakan SKP Desk, atau "
                "disimpan ulang oleh aplikasi lain); sebutkan KODE dari kaki halamannya.",
             en="{field} {path} carries no SKP Desk document code (not printed by SKP Desk, "
                "or saved again by another program); give the CODE from its page footer."),
        Text(id="{field} tidak memuat kode dokumen SKP Desk; sebutkan KODE dari kaki "
                "halamannya.",
             en="{field} carries no SKP Desk document code; give the CODE from its page "
                "footer.")),
    ErrorCode.SIGN_PDF_MANY_CODES: Msg(
        Text(id="{field} {path} memuat {count} dokumen ({codes}); sebutkan KODE dokumen yang "
                "diperiksa.",
             en="{field} {path} holds {count} documents ({codes}); give the CODE of the "
                "document to check."),
        Text(id="{field} memuat beberapa dokumen; sebutkan KODE dokumen yang diperiksa.",
             en="{field} holds several documents; give the CODE of the document to check.")),
    ErrorCode.SIGN_PDF_CODE_MISMATCH: Msg(
        Text(id="{field} {path} bukan cetakan dokumen {value}: kode di dalamnya {codes}.",
             en="{field} {path} is not a print of document {value}: the code it carries is "
                "{codes}."),
        Text(id="{field} bukan cetakan dokumen dengan kode yang disebutkan.",
             en="{field} is not a print of the document with the code given.")),
    ErrorCode.SIGN_CERT_UNREADABLE: Msg(
        Text(id="{field} {path} bukan sertifikat X.509 (PEM atau DER) yang dapat dibaca.",
             en="{field} {path} is not a readable X.509 certificate (PEM or DER)."),
        Text(id="{field} bukan sertifikat X.509 (PEM atau DER) yang dapat dibaca.",
             en="{field} is not a readable X.509 certificate (PEM or DER).")),
}
