"""The SKP Desk domain: plain values and rules, standard library only.

Glossary: identifier in code -> official Indonesian term -> printed label (SKP-REFERENCE §1, §4).

    Instansi                -> instansi                         -> (nama instansi, top left of forms)
    Unit                    -> unit kerja                       -> UNIT KERJA
    Pegawai                 -> pegawai (ASN: PNS or PPPK)       -> PEGAWAI YANG DINILAI
    Pegawai.supervisor_id   -> atasan langsung / Pejabat Penilai Kinerja -> PEJABAT PENILAI KINERJA
    appraiser (override)    -> Atasan Pejabat Penilai Kinerja   -> ATASAN PEJABAT PENILAI KINERJA
    nip                     -> NIP (PNS) / NI PPPK              -> NIP / NI PPPK
    rank_code               -> pangkat/golongan ruang (PNS), golongan (PPPK) -> PANGKAT/GOL. RUANG
    position                -> jabatan                          -> JABATAN
    PositionKind            -> jenis jabatan (JPT, administrator, pengawas, pelaksana, fungsional)
    jenjang                 -> jenjang jabatan fungsional (Ahli Pertama ... Penyelia)
    Skp                     -> Sasaran Kinerja Pegawai (SKP)    -> SASARAN KINERJA PEGAWAI
    Approach                -> pendekatan (kuantitatif/kualitatif) -> PENDEKATAN HASIL KERJA ...
    SkpForm                 -> SKP JPT / SKP JA-JF              -> (title line of the form)
    SkpStatus               -> Draft / Diajukan / Disetujui (dikembalikan = returned to Draft)
    Rhk                     -> Rencana Hasil Kerja (RHK)        -> RENCANA HASIL KERJA
    RhkKind                 -> jenis RHK: Utama / Tambahan      -> A. UTAMA / B. TAMBAHAN
    Rhk.parent_rhk_id       -> RHK pimpinan yang diintervensi   -> RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI
    Perspective             -> perspektif (JPT)                 -> PERSPEKTIF
    Rhk.assignment_from     -> penugasan dari (JPT)             -> "(penugasan dari ...)"
    Indicator               -> Indikator Kinerja Individu (IKI) -> INDIKATOR KINERJA INDIVIDU
    Aspect                  -> aspek: Kuantitas/Kualitas/Waktu/Biaya -> ASPEK
    Indicator.target        -> target                           -> TARGET
    CoreValue               -> nilai dasar BerAKHLAK + panduan perilaku -> PERILAKU KERJA
    BehaviourExpectation    -> ekspektasi khusus pimpinan       -> EKSPEKTASI KHUSUS PIMPINAN
    LampiranSection         -> Lampiran SKP: dukungan sumber daya, skema pertanggungjawaban,
                               konsekuensi                      -> LAMPIRAN SASARAN KINERJA PEGAWAI
    Cascade                 -> cascading / intervensi RHK
    PeranHasilMatrix        -> Matriks Peran Hasil (MPH)
    JournalEntry            -> jejak perubahan (audit trail; source of sync bundles)
    FeedbackPageDocument    -> halaman umpan balik periode      -> UMPAN BALIK / PERIODE: TRIWULAN I
                               (REALISASI / UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG)

Note: the performance dialog ("dialog kinerja") will be `PerformanceDiscussion` in code, because
in Qt the suffix `Dialog` means a window.
"""
