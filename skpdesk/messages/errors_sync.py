"""Error sentences about sync: replicas, peers, bundle files, merging and conflicts.

Part of the one catalogue of `skpdesk.messages` (see its docstring: how to add a code). Shared
by the sync helpers: each area keeps its entries in its own block below.
"""

from __future__ import annotations

from skpdesk.domain.errors import ErrorCode

from .entry import Msg, Text

_NOTHING_CHANGED_ID = " Basis data tidak diubah."
_NOTHING_CHANGED_EN = " The database was not changed."


def _check(check: str, id_: str, en: str) -> tuple[str, str, Text]:
    """A variant of SYNC_BUNDLE_REJECTED for one failed check (the sentence after the colon)."""
    return ("check", check, Text(
        id="Bundel {path} dari {peer} ditolak pada pemeriksaan \"" + check + "\": " + id_
           + _NOTHING_CHANGED_ID,
        en="Bundle {path} from {peer} was refused at the \"" + check + "\" check: " + en
           + _NOTHING_CHANGED_EN))


SYNC: dict[ErrorCode, Msg] = {
    # --- sync: bundles (replicas, peers, .skpid and .skpbundle files)
    ErrorCode.SYNC_IDENTITY_INVALID: Msg(
        Text(id="Berkas identitas {path} tidak dapat dipakai: {detail}. Minta berkas .skpid yang "
                "baru dari perangkat itu (skpdesk sync identity --out BERKAS.skpid).",
             en="Identity file {path} cannot be used: {detail}. Ask that device for a new .skpid "
                "file (skpdesk sync identity --out FILE.skpid)."),
        Text(id="Berkas identitas tidak dapat dipakai; minta berkas .skpid yang baru.",
             en="The identity file cannot be used; ask for a new .skpid file.")),
    ErrorCode.SYNC_PEER_NOT_FOUND: Msg(
        Text(id="Perangkat mitra \"{value}\" tidak dikenal di basis data ini; lihat daftar dengan "
                "skpdesk sync peer list, atau daftarkan dengan skpdesk sync peer add BERKAS.skpid.",
             en="Peer \"{value}\" is not known in this database; see the list with skpdesk sync "
                "peer list, or pin it with skpdesk sync peer add FILE.skpid."),
        Text(id="Perangkat mitra tidak dikenal di basis data ini.",
             en="The peer is not known in this database.")),
    ErrorCode.SYNC_PEER_AMBIGUOUS: Msg(
        Text(id="\"{value}\" cocok dengan beberapa perangkat mitra ({matches}); tulis lebih "
                "banyak huruf dari ID-nya.",
             en="\"{value}\" matches several peers ({matches}); type more of its id."),
        Text(id="Awalan ID itu cocok dengan beberapa perangkat mitra; tulis lebih banyak huruf.",
             en="That id prefix matches several peers; type more of it.")),
    ErrorCode.SYNC_PEER_IS_SELF: Msg(
        Text(id="Berkas identitas {path} adalah identitas basis data ini sendiri; daftarkan "
                "berkas .skpid dari perangkat lain.",
             en="Identity file {path} is this database's own identity; pin the .skpid file of "
                "another device."),
        Text(id="Itu identitas basis data ini sendiri.",
             en="That is this database's own identity.")),
    ErrorCode.SYNC_PEER_KEY_CHANGED: Msg(
        Text(id="Perangkat {peer} sudah terdaftar dengan kunci lain (sidik {pinned}, berkas ini "
                "{fingerprint}); berkas ini tidak dipakai. Jika perangkat itu memang dipasang "
                "ulang, cabut dulu dengan skpdesk sync peer revoke.",
             en="Device {peer} is already pinned with other keys (fingerprint {pinned}, this file "
                "{fingerprint}); this file was not used. If that device was really reinstalled, "
                "revoke it first with skpdesk sync peer revoke."),
        Text(id="Perangkat itu sudah terdaftar dengan kunci lain; berkas ini tidak dipakai.",
             en="That device is already pinned with other keys; this file was not used.")),
    ErrorCode.SYNC_PEER_REVOKED: Msg(
        Text(id="Perangkat {peer} sudah dicabut ({at}): tidak ada bundel yang dibuat untuknya "
                "atau diterima darinya.",
             en="Device {peer} was revoked ({at}): no bundle is made for it or accepted from "
                "it."),
        Text(id="Perangkat itu sudah dicabut: tidak ada bundel yang dibuat untuknya atau "
                "diterima darinya.",
             en="That device was revoked: no bundle is made for it or accepted from it.")),
    ErrorCode.SYNC_NO_PEERS: Msg(
        Text(id="Belum ada perangkat mitra yang aktif; daftarkan dulu dengan skpdesk sync peer "
                "add BERKAS.skpid.",
             en="There is no active peer yet; pin one first with skpdesk sync peer add "
                "FILE.skpid."),
        Text(id="Belum ada perangkat mitra yang aktif.",
             en="There is no active peer yet.")),
    ErrorCode.SYNC_BUNDLE_REJECTED: Msg(
        Text(id="Bundel {path} dari {peer} ditolak pada pemeriksaan \"{check}\": {detail}."
                + _NOTHING_CHANGED_ID,
             en="Bundle {path} from {peer} was refused at the \"{check}\" check: {detail}."
                + _NOTHING_CHANGED_EN),
        Text(id="Bundel ditolak." + _NOTHING_CHANGED_ID,
             en="The bundle was refused." + _NOTHING_CHANGED_EN),
        when=(
            _check("ukuran", "berkas {size_bytes} melebihi batas {limit_bytes}.",
                   "the file of {size_bytes} is over the limit of {limit_bytes}."),
            _check("zip", "berkas terpotong atau rusak, bukan bundel SKP Desk yang utuh "
                          "({detail}). Salin ulang berkasnya dari pengirim.",
                   "the file is truncated or damaged, not a whole SKP Desk bundle ({detail}). "
                   "Copy the file again from the sender."),
            _check("nama_isi", "berisi entri \"{entry}\" yang tidak boleh ada di bundel (nama "
                               "jalur berbahaya atau tidak dikenal).",
                   "it holds an entry \"{entry}\" a bundle may not have (a dangerous or unknown "
                   "path name)."),
            _check("isi_terbuka", "isinya bila dibuka {size_bytes}, melebihi batas {limit_bytes} "
                                  "(zip bom) atau tidak sama dengan ukuran yang dinyatakan.",
                   "its content unpacks to {size_bytes}, over the limit of {limit_bytes} (zip "
                   "bomb) or not the size it declares."),
            _check("amplop", "bagian amplopnya ({detail}) tidak lengkap atau tidak terbaca.",
                   "its envelope ({detail}) is incomplete or unreadable."),
            _check("format", "dibuat dengan format bundel {found}, sedangkan aplikasi ini "
                             "mengenal sampai {supported}. Perbarui SKP Desk di perangkat ini.",
                   "it was made in bundle format {found}, while this program knows up to "
                   "{supported}. Update SKP Desk on this device."),
            _check("penerima", "bundel ini dibuat untuk perangkat lain ({to}), bukan untuk "
                               "basis data ini ({me}).",
                   "this bundle was made for another device ({to}), not for this database "
                   "({me})."),
            _check("pengirim", "pengirimnya belum didaftarkan di basis data ini. Bandingkan "
                               "sidik kuncinya lalu daftarkan dengan skpdesk sync peer add.",
                   "its sender is not pinned in this database. Compare its key fingerprint, "
                   "then pin it with skpdesk sync peer add."),
            _check("dicabut", "perangkat pengirim sudah dicabut ({at}).",
                   "the sending device was revoked ({at})."),
            _check("tanda_tangan", "tanda tangannya tidak cocok dengan kunci yang didaftarkan "
                                   "untuk perangkat itu (ditandatangani kunci lain atau isinya "
                                   "diubah).",
                   "its signature does not match the key pinned for that device (signed by "
                   "another key, or its content was changed)."),
            _check("dekripsi", "isinya tidak dapat dibuka dengan kunci basis data ini (dibuat "
                               "untuk perangkat lain atau rusak).",
                   "its content does not open with this database's key (made for another "
                   "device, or damaged)."),
            _check("manifes", "manifesnya tidak lengkap atau tidak sesuai dengan amplopnya "
                              "({detail}).",
                   "its manifest is incomplete or does not agree with its envelope ({detail})."),
            _check("skema", "dibuat oleh SKP Desk dengan skema basis data lebih baru ({found}; "
                            "di sini {supported}). Perbarui SKP Desk di perangkat ini, lalu "
                            "impor lagi.",
                   "it was made by an SKP Desk with a newer database schema ({found}; here "
                   "{supported}). Update SKP Desk on this device, then import again."),
            _check("instansi", "bundel ini milik instansi lain ({found}), bukan instansi basis "
                               "data ini ({expected}).",
                   "this bundle belongs to another office ({found}), not this database's "
                   "office ({expected})."),
            _check("hash_operasi", "daftar perubahannya tidak sama dengan hash di manifes.",
                   "its list of changes does not match the hash in the manifest."),
            _check("operasi", "perubahan ke-{line} tidak utuh atau hash-nya tidak cocok "
                              "({detail}).",
                   "change number {line} is incomplete or its hash does not match ({detail})."),
            _check("lampiran", "berkas lampiran {sha256} tidak sama dengan hash atau ukuran di "
                               "manifes.",
                   "attachment file {sha256} does not match the hash or size in the manifest."),
            _check("sudah_diimpor", "bundel {bundle_id} sudah diimpor pada {at}; tidak ada yang "
                                    "perlu diulang.",
                   "bundle {bundle_id} was already imported on {at}; nothing to repeat."),
            _check("jenis", "ini bukan bundel awal (seed) dari kantor pusat; gunakan skpdesk "
                            "sync import untuk bundel perubahan.",
                   "this is not a seed bundle from the central copy; use skpdesk sync import "
                   "for a bundle of changes."),
        )),
    ErrorCode.SYNC_JOIN_OTHER_OFFICE: Msg(
        Text(id="Basis data ini sudah berisi instansi lain ({expected}); bundel awal dari "
                "{peer} milik instansi {found}. Gabung hanya ke basis data kosong (buat dengan "
                "skpdesk --db BERKAS_BARU sync identity).",
             en="This database already holds another office ({expected}); the seed from {peer} "
                "belongs to office {found}. Join only into an empty database (make one with "
                "skpdesk --db NEW_FILE sync identity)."),
        Text(id="Basis data ini sudah berisi instansi lain; gabung hanya ke basis data kosong.",
             en="This database already holds another office; join only into an empty "
                "database.")),
    ErrorCode.SYNC_JOIN_NOT_CENTRAL: Msg(
        Text(id="Bundel awal hanya diterima dari kantor pusat, sedangkan {peer} tidak "
                "didaftarkan sebagai pusat (skpdesk sync peer add BERKAS.skpid --central).",
             en="A seed is accepted only from the central copy, and {peer} is not pinned as "
                "central (skpdesk sync peer add FILE.skpid --central)."),
        Text(id="Bundel awal hanya diterima dari kantor pusat.",
             en="A seed is accepted only from the central copy.")),
    ErrorCode.SYNC_NOT_JOINED: Msg(
        Text(id="Basis data ini belum berisi instansi: gabung dulu dengan bundel awal dari "
                "kantor pusat (skpdesk sync join BERKAS).",
             en="This database holds no office yet: join first with a seed from the central "
                "copy (skpdesk sync join FILE)."),
        Text(id="Basis data ini belum berisi instansi; gabung dulu dengan skpdesk sync join.",
             en="This database holds no office yet; join first with skpdesk sync join.")),
    ErrorCode.SYNC_COUNT_MISMATCH: Msg(
        Text(id="Bundel {path} dari {peer} ditolak: jumlah perubahan tabel {entity} yang "
                "diterapkan ({found}) tidak sama dengan manifes ({expected})."
                + _NOTHING_CHANGED_ID,
             en="Bundle {path} from {peer} was refused: the changes applied to table {entity} "
                "({found}) differ from the manifest ({expected})." + _NOTHING_CHANGED_EN),
        Text(id="Bundel ditolak: jumlah perubahan tidak sama dengan manifes." + _NOTHING_CHANGED_ID,
             en="The bundle was refused: the number of changes differs from the manifest."
                + _NOTHING_CHANGED_EN)),
    ErrorCode.SYNC_NO_OFFICE_TO_SEED: Msg(
        Text(id="Basis data ini belum berisi instansi, jadi tidak ada yang dapat dikirim sebagai "
                "bundel awal.",
             en="This database holds no office yet, so there is nothing to send as a seed."),
        Text(id="Basis data ini belum berisi instansi.",
             en="This database holds no office yet.")),
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
