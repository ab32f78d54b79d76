"""Error sentences about sync (bundles, peers, operations, conflicts), Indonesian and English.

One module shared by the helpers of issue 8: each keeps its entries in its own block.
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

SYNC: dict[ErrorCode, Msg] = {
    # sync: engine (operations, merge, conflicts)
    ErrorCode.SYNC_OP_INVALID: Msg(
        Text(id="Operasi {seq} dari perangkat {device_id} rusak atau tidak dikenal ({reason}); "
                "tidak ada data yang diubah.",
             en="Operation {seq} from device {device_id} is damaged or unknown ({reason}); "
                "no data was changed."),
        Text(id="Ada operasi yang rusak atau tidak dikenal; tidak ada data yang diubah.",
             en="An operation is damaged or unknown; no data was changed.")),
    ErrorCode.SYNC_OP_MISMATCH: Msg(
        Text(id="Operasi {seq} dari perangkat {device_id} berbeda dengan yang sudah tersimpan "
                "(salinan basis data yang dipulihkan atau disalin?); tidak ada data yang diubah.",
             en="Operation {seq} from device {device_id} differs from the one already stored "
                "(a restored or copied database?); no data was changed."),
        Text(id="Ada operasi yang berbeda dengan yang sudah tersimpan; tidak ada data yang diubah.",
             en="An operation differs from the one already stored; no data was changed.")),
    ErrorCode.SYNC_CONFLICT_NOT_FOUND: Msg(
        Text(id="Konflik {conflict} tidak ditemukan (mungkin sudah diselesaikan).",
             en="Conflict {conflict} was not found (it may already be resolved)."),
        Text(id="Konflik tidak ditemukan.", en="The conflict was not found.")),
    ErrorCode.SYNC_RESOLVE_VALUE_REQUIRED: Msg(
        Text(id="Untuk konflik {conflict}, isi nilai baru (--value).",
             en="For conflict {conflict}, give the new value (--value)."),
        Text(id="Isi nilai baru untuk konflik ini.", en="Give the new value for this conflict.")),
    ErrorCode.SYNC_RESOLVE_NOT_ALLOWED: Msg(
        Text(id="Konflik {conflict} tidak dapat diselesaikan dengan cara itu ({keep}).",
             en="Conflict {conflict} cannot be resolved that way ({keep})."),
        Text(id="Konflik ini tidak dapat diselesaikan dengan cara itu.",
             en="This conflict cannot be resolved that way.")),
    ErrorCode.SYNC_RESOLVE_SKP_NOT_DRAFT: Msg(
        Text(id="SKP berstatus {status}: buka kembali atau kembalikan SKP ke Draft dahulu, lalu "
                "selesaikan konflik {conflict}.",
             en="The SKP is {status}: reopen it or return it to Draft first, then resolve "
                "conflict {conflict}."),
        Text(id="SKP bukan Draft: buka kembali SKP dahulu.",
             en="The SKP is not a Draft: reopen it first.")),
    ErrorCode.SYNC_DUPLICATE_HAS_DEPENDENTS: Msg(
        Text(id="Data ganda {conflict} tidak dapat dihapus karena masih dipakai oleh {count} data "
                "lain; pindahkan atau hapus data itu dahulu.",
             en="Duplicate {conflict} cannot be deleted because {count} other records still use "
                "it; move or delete those first."),
        Text(id="Data ganda masih dipakai data lain.",
             en="The duplicate is still used by other records.")),
}
