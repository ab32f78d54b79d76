<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActionDock</name>
    <message>
        <source>Needs action</source>
        <translation>Perlu tindakan</translation>
    </message>
</context>
<context>
    <name>ActionPanelWidget</name>
    <message>
        <source>Needs action</source>
        <translation>Perlu tindakan</translation>
    </message>
    <message>
        <source>Choose who you are (Settings › I am…) to see what waits for you.</source>
        <translation>Pilih siapa Anda (Pengaturan › Saya adalah…) untuk melihat apa yang menunggu Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) for %1</source>
        <translation>
            <numerusform>%n hal untuk %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for you in %1.</source>
        <translation>Tidak ada yang menunggu Anda di tahun %1.</translation>
    </message>
    <message>
        <source>SKP waiting for my approval</source>
        <translation>SKP menunggu persetujuan saya</translation>
    </message>
    <message>
        <source>Team members without an SKP</source>
        <translation>Anggota tim belum membuat SKP</translation>
    </message>
    <message>
        <source>Returned SKP waiting for the employee</source>
        <translation>SKP dikembalikan, menunggu perbaikan pegawai</translation>
    </message>
    <message>
        <source>Team RHK without a supervisor&apos;s RHK</source>
        <translation>RHK tim tanpa RHK atasan</translation>
    </message>
    <message>
        <source>Follow-ups past their due date</source>
        <translation>Tindak lanjut melewati batas waktu</translation>
    </message>
    <message>
        <source>Follow-ups due within 7 days</source>
        <translation>Tindak lanjut jatuh tempo dalam 7 hari</translation>
    </message>
    <message>
        <source>Team members long without a performance dialogue</source>
        <translation>Anggota tim lama tanpa dialog kinerja</translation>
    </message>
    <message>
        <source>Team SKP not approved after January</source>
        <translation>SKP tim belum disetujui setelah Januari</translation>
    </message>
    <message>
        <source>Coaching feedback (B.1.8) not filled in</source>
        <translation>Umpan balik bimbingan (B.1.8) belum diisi</translation>
    </message>
    <message>
        <source>Results incomplete before the filling deadline</source>
        <translation>Realisasi belum lengkap menjelang batas pengisian</translation>
    </message>
    <message>
        <source>Evidence waiting for my verification</source>
        <translation>Bukti dukung menunggu verifikasi saya</translation>
    </message>
    <message>
        <source>Performance evaluations not yet set</source>
        <translation>Evaluasi kinerja belum ditetapkan</translation>
    </message>
    <message>
        <source>Objections waiting for my decision</source>
        <translation>Keberatan menunggu keputusan saya</translation>
    </message>
    <message>
        <source>Printed documents without a signed scan</source>
        <translation>Dokumen tercetak belum ada pindaian bertanda tangan</translation>
    </message>
</context>
<context>
    <name>AddPeerDialog</name>
    <message>
        <source>Add a peer</source>
        <translation>Tambah mitra</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one shown on the other computer (Synchronisation › Identity). Add it only if they are the same: a different one means the file is not from that computer.</source>
        <translation>Bandingkan sidik kunci ini dengan yang tampil di komputer lain itu (Sinkronisasi › Identitas). Tambahkan hanya jika sama: sidik yang berbeda berarti berkas ini bukan dari komputer itu.</translation>
    </message>
    <message>
        <source>I &amp;compared the fingerprint: it is the same</source>
        <translation>Saya sudah &amp;membandingkan sidik kuncinya: sama</translation>
    </message>
    <message>
        <source>This is the office&apos;s c&amp;entral copy</source>
        <translation>Ini salinan &amp;pusat kantor</translation>
    </message>
    <message>
        <source>Tick this on a laptop when adding the central copy of the office (the pengelola kinerja&apos;s computer). A new laptop joins from the central copy.</source>
        <translation>Centang ini di laptop saat menambahkan salinan pusat kantor (komputer pengelola kinerja). Laptop baru bergabung dari salinan pusat.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>ID perangkat:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <source>&amp;Add peer</source>
        <translation>&amp;Tambah mitra</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Addendum</source>
        <translation>Adendum</translation>
    </message>
    <message>
        <source>An addendum to the dialog of %1. The dialog stays as it was closed; the addendum is kept with today&apos;s date and your name.</source>
        <translation>Adendum pada dialog tanggal %1. Dialog tetap seperti saat ditutup; adendum disimpan dengan tanggal hari ini dan nama Anda.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
</context>
<context>
    <name>B18Dialog</name>
    <message>
        <source>Statement</source>
        <translation>Kriteria umpan balik</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Tanggapan</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>The employee&apos;s answers after the coaching session: one response per statement, a comment where useful.</source>
        <translation>Jawaban pegawai setelah bimbingan kinerja: satu tanggapan untuk setiap pernyataan, dengan komentar bila perlu.</translation>
    </message>
</context>
<context>
    <name>B19Dialog</name>
    <message>
        <source>Competency</source>
        <translation>Kompetensi pegawai</translation>
    </message>
    <message>
        <source>Value (1-5)</source>
        <translation>Nilai (skala 1-5)</translation>
    </message>
    <message>
        <source>Reason for the value</source>
        <translation>Alasan terhadap nilai</translation>
    </message>
    <message>
        <source>The competencies evaluated after the coaching session, each with a value from 1 to 5 and the reason for it.</source>
        <translation>Kompetensi yang dievaluasi setelah bimbingan kinerja, masing-masing dengan nilai 1 sampai 5 dan alasannya.</translation>
    </message>
    <message>
        <source>&amp;Add competency</source>
        <translation>&amp;Tambah kompetensi</translation>
    </message>
    <message>
        <source>&amp;Remove competency</source>
        <translation>&amp;Hapus kompetensi</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print all SKPs of a unit</source>
        <translation>Cetak semua SKP suatu unit kerja</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>Include &amp;sub-units</source>
        <translation>Termasuk &amp;sub-unit</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>One combined PDF instead of one file per &amp;employee</source>
        <translation>Satu PDF &amp;gabungan, bukan satu berkas per pegawai</translation>
    </message>
    <message>
        <source>Pad each document to an even number of pages (&amp;double-sided printing)</source>
        <translation>Genapkan jumlah halaman tiap dokumen (cetak &amp;bolak-balik)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder untuk berkas PDF</translation>
    </message>
</context>
<context>
    <name>BehaviourView</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation>Perilaku Kerja</translation>
    </message>
    <message>
        <source>Leader&apos;s specific expectation</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>&amp;Edit expectation…</source>
        <translation>&amp;Ubah ekspektasi…</translation>
    </message>
    <message>
        <source>&amp;Expectation</source>
        <translation>&amp;Ekspektasi</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Expectation for %1</source>
        <translation>Ekspektasi untuk %1</translation>
    </message>
</context>
<context>
    <name>CascadeTreeModel</name>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Yatim</translation>
    </message>
    <message>
        <source>Outside the supervisor&apos;s SKP</source>
        <translation>Di luar SKP atasan</translation>
    </message>
    <message>
        <source>Orphan RHK: it does not intervene any RHK of the supervisor</source>
        <translation>RHK yatim: tidak mengintervensi RHK atasan</translation>
    </message>
    <message>
        <source>The intervened RHK is not in the supervisor&apos;s SKP</source>
        <translation>RHK yang diintervensi tidak ada di SKP atasan</translation>
    </message>
    <message>
        <source>%1 (NIP %2), %3</source>
        <translation>%1 (NIP %2), %3</translation>
    </message>
    <message>
        <source>Double-click (or press Enter) to open this SKP and choose the supervisor&apos;s RHK it intervenes.</source>
        <translation>Klik dua kali (atau tekan Enter) untuk membuka SKP ini dan memilih RHK atasan yang diintervensi.</translation>
    </message>
</context>
<context>
    <name>CascadeWindow</name>
    <message>
        <source>RHK cascade</source>
        <translation>Kaskade RHK</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <source>Read the cascade again (F5)</source>
        <translation>Baca ulang kaskade (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Only &amp;problems</source>
        <translation>Hanya &amp;masalah</translation>
    </message>
    <message>
        <source>Show only orphan RHK and RHK intervening an RHK outside the supervisor&apos;s SKP</source>
        <translation>Tampilkan hanya RHK yatim dan RHK yang mengintervensi RHK di luar SKP atasan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Atasan</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Atasan:</translation>
    </message>
    <message>
        <source>Matriks Peran Hasil</source>
        <translation>Matriks Peran Hasil</translation>
    </message>
    <message>
        <source>Cascade &amp;tree</source>
        <translation>&amp;Pohon kaskade</translation>
    </message>
    <message>
        <source>&amp;Matriks Peran Hasil</source>
        <translation>Matriks Peran &amp;Hasil</translation>
    </message>
    <message>
        <source>Double-click an RHK or a cell (or press Enter) to open that employee&apos;s SKP in the main window.</source>
        <translation>Klik dua kali sebuah RHK atau sel (atau tekan Enter) untuk membuka SKP pegawai itu di jendela utama.</translation>
    </message>
    <message>
        <source>Nobody supervises an employee with RHK in %1 yet.</source>
        <translation>Belum ada atasan yang bawahannya memiliki RHK pada tahun %1.</translation>
    </message>
    <message>
        <source>This supervisor has no direct subordinates.</source>
        <translation>Atasan ini tidak memiliki bawahan langsung.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s SKP has no Utama RHK yet.</source>
        <translation>SKP atasan ini belum memiliki RHK Utama.</translation>
    </message>
    <message>
        <source>%1 RHK of the subordinates intervene the supervisor&apos;s RHK; %2 intervene none of them.</source>
        <translation>%1 RHK bawahan mengintervensi RHK atasan; %2 tidak mengintervensi satu pun.</translation>
    </message>
    <message>
        <source>No RHK for %1 yet.</source>
        <translation>Belum ada RHK untuk tahun %1.</translation>
    </message>
    <message>
        <source>No problems: every Utama RHK intervenes an RHK of the supervisor.</source>
        <translation>Tidak ada masalah: setiap RHK Utama mengintervensi RHK atasan.</translation>
    </message>
    <message>
        <source>Problems: %1 orphan RHK, %2 intervening an RHK outside the supervisor&apos;s SKP.</source>
        <translation>Masalah: %1 RHK yatim, %2 mengintervensi RHK di luar SKP atasan.</translation>
    </message>
    <message>
        <source>%1 Utama RHK. %2</source>
        <translation>%1 RHK Utama. %2</translation>
    </message>
</context>
<context>
    <name>CellDetailWidget</name>
    <message>
        <source>Action plan (rencana aksi)</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Rencana:</translation>
    </message>
    <message>
        <source>Period target:</source>
        <translation>Target periode:</translation>
    </message>
    <message>
        <source>Realisation (realisasi)</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Save pl&amp;an</source>
        <translation>Simpan re&amp;ncana</translation>
    </message>
    <message>
        <source>Save real&amp;isation</source>
        <translation>Simpan real&amp;isasi</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <source>Supporting evidence (bukti dukung)</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Written on %1 by %2</source>
        <translation>Ditulis %1 oleh %2</translation>
    </message>
    <message>
        <source>Entered on %1 by %2</source>
        <translation>Diisi %1 oleh %2</translation>
    </message>
    <message>
        <source>Choose a cell of the grid: an action plan (RHK row) or a realisation (indicator row) in a period.</source>
        <translation>Pilih sel tabel: rencana aksi (baris RHK) atau realisasi (baris indikator) pada suatu periode.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>Choose a period column to fill it in.</source>
        <translation>Pilih kolom periode untuk mengisinya.</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>batas pengisian %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Action plan cleared.</source>
        <translation>Rencana aksi dihapus.</translation>
    </message>
    <message>
        <source>Action plan saved.</source>
        <translation>Rencana aksi disimpan.</translation>
    </message>
    <message>
        <source>Realisation cleared.</source>
        <translation>Realisasi dihapus.</translation>
    </message>
    <message>
        <source>Realisation saved.</source>
        <translation>Realisasi disimpan.</translation>
    </message>
</context>
<context>
    <name>CheckPrintDialog</name>
    <message>
        <source>C&amp;heck printout…</source>
        <translation>Periksa ce&amp;takan…</translation>
    </message>
    <message>
        <source>Which record a printed paper or PDF came from, whether it changed since, and its digital signature</source>
        <translation>Asal rekaman suatu kertas atau PDF cetakan, apakah sudah berubah sejak dicetak, dan tanda tangan digitalnya</translation>
    </message>
    <message>
        <source>Check printout</source>
        <translation>Periksa cetakan</translation>
    </message>
    <message>
        <source>SKP-XXXXX-XXXXX, from the page footer</source>
        <translation>SKP-XXXXX-XXXXX, dari kaki halaman</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Choose &amp;PDF…</source>
        <translation>Pilih berkas &amp;PDF…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>&amp;Document code:</source>
        <translation>Kode &amp;dokumen:</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>Berkas PDF:</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>P&amp;eriksa</translation>
    </message>
    <message>
        <source>Choose a printed PDF</source>
        <translation>Pilih PDF cetakan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Type the document code from the page footer, or choose the PDF file.</source>
        <translation>Ketik kode dokumen dari kaki halaman, atau pilih berkas PDF-nya.</translation>
    </message>
    <message>
        <source>Document code: %1</source>
        <translation>Kode dokumen: %1</translation>
    </message>
    <message>
        <source>Employee: %1 (%2), year %3</source>
        <translation>Pegawai: %1 (%2), tahun %3</translation>
    </message>
    <message>
        <source>Printed: %1, revision %2</source>
        <translation>Dicetak: %1, revisi %2</translation>
    </message>
    <message>
        <source>Status when printed: %1; now: %2</source>
        <translation>Status saat dicetak: %1; kini: %2</translation>
    </message>
    <message>
        <source>Result: the code is known; this form is not compared with the current data.</source>
        <translation>Hasil: kode dikenal; isi formulir ini tidak dibandingkan dengan data saat ini.</translation>
    </message>
    <message>
        <source>Current revision: %1</source>
        <translation>Revisi kini: %1</translation>
    </message>
    <message>
        <source>Result: CHANGED since it was printed; this printout is not the latest version.</source>
        <translation>Hasil: BERUBAH sejak dicetak; cetakan ini bukan versi terakhir.</translation>
    </message>
    <message>
        <source>Result: UNCHANGED: the printout matches the current data.</source>
        <translation>Hasil: TIDAK BERUBAH — isi cetakan sama dengan data saat ini.</translation>
    </message>
    <message>
        <source>Digital signature: none</source>
        <translation>Tanda tangan digital: tidak ada</translation>
    </message>
    <message>
        <source>Digital signature: VALID (%1, %2)</source>
        <translation>Tanda tangan digital: SAH (%1, %2)</translation>
    </message>
    <message>
        <source>Digital signature: NOT VALID (the file was changed after signing; %1, %2)</source>
        <translation>Tanda tangan digital: TIDAK SAH (berkas diubah setelah ditandatangani; %1, %2)</translation>
    </message>
    <message>
        <source>Certificate: trusted</source>
        <translation>Sertifikat: tepercaya</translation>
    </message>
    <message>
        <source>Certificate: not trusted (self-signed or unknown issuer); the content&apos;s integrity is still checked</source>
        <translation>Sertifikat: tidak tepercaya (swasertifikasi atau penerbit tidak dikenal); keutuhan isi tetap diperiksa</translation>
    </message>
</context>
<context>
    <name>CoachingForm</name>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
</context>
<context>
    <name>ConfirmSetDialog</name>
    <message>
        <source>Set the assessment (tetapkan)</source>
        <translation>Tetapkan penilaian</translation>
    </message>
    <message>
        <source>Set the assessment of %1 for %2 with predikat %3? It becomes read-only; the employee may file an objection (keberatan) within 14 days. Changing it later needs Reopen with a reason.</source>
        <translation>Tetapkan penilaian %1 untuk %2 dengan predikat %3? Penilaian menjadi tidak dapat diubah; pegawai dapat mengajukan keberatan dalam 14 hari. Mengubahnya kemudian memerlukan Buka kembali dengan alasan.</translation>
    </message>
</context>
<context>
    <name>ConflictQueueDock</name>
    <message>
        <source>Needs review</source>
        <translation>Perlu ditinjau</translation>
    </message>
</context>
<context>
    <name>ConflictQueueModel</name>
    <message>
        <source>Changed in two places</source>
        <translation>Diubah di dua tempat</translation>
    </message>
    <message>
        <source>Deleted in one place, changed in another</source>
        <translation>Dihapus di satu tempat, diubah di tempat lain</translation>
    </message>
    <message>
        <source>Changed after the SKP was submitted or approved elsewhere</source>
        <translation>Diubah setelah SKP diajukan/disetujui di tempat lain</translation>
    </message>
    <message>
        <source>SKP status changed differently in two places</source>
        <translation>Status SKP diubah berbeda di dua tempat</translation>
    </message>
    <message>
        <source>The same data created in two places</source>
        <translation>Data yang sama dibuat di dua tempat</translation>
    </message>
    <message>
        <source>Its parent was deleted elsewhere</source>
        <translation>Induk data dihapus di tempat lain</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <source>Another laptop</source>
        <translation>Laptop lain</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Shown everywhere until resolved: %1</source>
        <translation>Ditampilkan di semua tempat sampai diselesaikan: %1</translation>
    </message>
</context>
<context>
    <name>ConflictQueueWidget</name>
    <message>
        <source>Sync conflicts to review</source>
        <translation>Konflik sinkronisasi yang perlu ditinjau</translation>
    </message>
    <message>
        <source>The chosen conflict</source>
        <translation>Konflik yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Pakai punya sa&amp;ya</translation>
    </message>
    <message>
        <source>Keep the value of this laptop; the other laptops take it at their next sync.</source>
        <translation>Pakai nilai laptop ini; laptop lain mengikutinya pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Pakai punya &amp;mereka</translation>
    </message>
    <message>
        <source>Keep the value that came from the other laptop.</source>
        <translation>Pakai nilai yang datang dari laptop lain.</translation>
    </message>
    <message>
        <source>Edit va&amp;lue…</source>
        <translation>Ubah &amp;nilai…</translation>
    </message>
    <message>
        <source>Type the value to keep (e.g. a merge of both).</source>
        <translation>Ketik nilai yang dipakai (misalnya gabungan keduanya).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Reading the conflicts…</source>
        <translation>Membaca konflik…</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) to review. Until then every laptop shows the value in the first line; choose which one to keep.</source>
        <translation>
            <numerusform>%n konflik sinkronisasi perlu ditinjau. Sampai itu, semua laptop menampilkan nilai di baris pertama; pilih nilai yang dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review: no sync conflicts.</source>
        <translation>Tidak ada yang perlu ditinjau: tidak ada konflik sinkronisasi.</translation>
    </message>
    <message>
        <source>Shown until resolved: %1</source>
        <translation>Ditampilkan sampai diselesaikan: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>by %1 on %2, %3</source>
        <translation>oleh %1 di %2, %3</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Konflik %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Laptops of the office</source>
        <translation>Laptop kantor</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s) sync with this central copy.</source>
        <translation>
            <numerusform>%n laptop bersinkronisasi dengan salinan pusat ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of them sent no bundle in the last %2 days (or never).</source>
        <translation>%1 di antaranya tidak mengirim bundel dalam %2 hari terakhir (atau belum pernah).</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) involve them: see Needs review.</source>
        <translation>
            <numerusform>%n konflik terbuka melibatkan laptop tersebut: lihat Perlu ditinjau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment file(s) referenced here have not arrived yet.</source>
        <translation>
            <numerusform>%n berkas lampiran yang dirujuk di sini belum tiba.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecideKeberatanDialog</name>
    <message>
        <source>Decide an objection</source>
        <translation>Putuskan keberatan</translation>
    </message>
    <message>
        <source>Objection filed on %1</source>
        <translation>Keberatan diajukan %1</translation>
    </message>
    <message>
        <source>Explanations (asked of the appraiser and of the employee)</source>
        <translation>Penjelasan (diminta dari pejabat penilai dan dari pegawai)</translation>
    </message>
    <message>
        <source>Save explanations</source>
        <translation>Simpan penjelasan</translation>
    </message>
    <message>
        <source>Appraiser&apos;s explanation:</source>
        <translation>Penjelasan pejabat penilai:</translation>
    </message>
    <message>
        <source>Employee&apos;s explanation:</source>
        <translation>Penjelasan pegawai:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>&amp;Keep the ratings</source>
        <translation>Penilaian &amp;tetap</translation>
    </message>
    <message>
        <source>C&amp;hange the ratings</source>
        <translation>Penilaian &amp;diubah</translation>
    </message>
    <message>
        <source>Set by the organisation&apos;s performance (JPT rule).</source>
        <translation>Ditentukan oleh capaian kinerja organisasi (ketentuan JPT).</translation>
    </message>
    <message>
        <source>New work results rating:</source>
        <translation>Rating hasil kerja baru:</translation>
    </message>
    <message>
        <source>New work behaviour rating:</source>
        <translation>Rating perilaku kerja baru:</translation>
    </message>
    <message>
        <source>Predicate:</source>
        <translation>Predikat:</translation>
    </message>
    <message>
        <source>Decision note:</source>
        <translation>Catatan keputusan:</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Putuskan…</translation>
    </message>
    <message>
        <source>Decided on %1 by %2. The decision is final.</source>
        <translation>Diputuskan %1 oleh %2. Keputusan bersifat final.</translation>
    </message>
    <message>
        <source>Explanations saved.</source>
        <translation>Penjelasan tersimpan.</translation>
    </message>
    <message>
        <source>The ratings become %1 / %2 (predicate %3).</source>
        <translation>Rating menjadi %1 / %2 (predikat %3).</translation>
    </message>
    <message>
        <source>The ratings stay as they were set.</source>
        <translation>Rating tetap seperti yang ditetapkan.</translation>
    </message>
    <message>
        <source>The decision is final and cannot be changed afterwards.</source>
        <translation>Keputusan bersifat final dan tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Putuskan</translation>
    </message>
</context>
<context>
    <name>DelayedProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>SKP Desk</source>
        <translation>SKP Desk</translation>
    </message>
</context>
<context>
    <name>DialogEditor</name>
    <message>
        <source>Performance dialog</source>
        <translation>Dialog kinerja</translation>
    </message>
    <message>
        <source>Performance dialog (closed)</source>
        <translation>Dialog kinerja (ditutup)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Onl&amp;ine (daring)</source>
        <translation>Dar&amp;ing</translation>
    </message>
    <message>
        <source>The appraiser (pejabat penilai)</source>
        <translation>Pejabat penilai kinerja</translation>
    </message>
    <message>
        <source>Another employee…</source>
        <translation>Pegawai lain…</translation>
    </message>
    <message>
        <source>Someone from outside (name and role)</source>
        <translation>Pihak lain dari luar (nama dan peran)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>role, e.g. Widyaiswara</source>
        <translation>peran, mis. Widyaiswara</translation>
    </message>
    <message>
        <source>Add a&amp;genda item</source>
        <translation>Tambah b&amp;utir agenda</translation>
    </message>
    <message>
        <source>Add &amp;follow-up</source>
        <translation>Tambah tinda&amp;k lanjut</translation>
    </message>
    <message>
        <source>Open follow-ups of earlier dialogs</source>
        <translation>Tindak lanjut dialog sebelumnya yang masih terbuka</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Ja&amp;m:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;RHK and core values discussed:</source>
        <translation>&amp;RHK dan nilai dasar yang dibahas:</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups agreed:</source>
        <translation>Tindak &amp;lanjut yang disepakati:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Simpan draf</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant…</source>
        <translation>Tam&amp;bah peserta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Hapus butir</translation>
    </message>
    <message>
        <source>Remove follow-up</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Confidentia&amp;l: only the participants, the leader and the writer read it</source>
        <translation>Rahasia: hanya dibaca p&amp;eserta, pemimpin dialog, dan penulisnya</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <source>&amp;Employees:</source>
        <translation>Pe&amp;gawai:</translation>
    </message>
    <message>
        <source>Led &amp;by:</source>
        <translation>Dipimpin &amp;oleh:</translation>
    </message>
    <message>
        <source>Close t&amp;he dialog…</source>
        <translation>Tutup dialog i&amp;ni…</translation>
    </message>
    <message>
        <source>This dialog was closed on %1: it can no longer be changed. Corrections are added as an addendum.</source>
        <translation>Dialog ini ditutup pada %1: isinya tidak dapat diubah lagi. Koreksi ditambahkan sebagai adendum.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Tambah peserta</translation>
    </message>
    <message>
        <source>Who led it?</source>
        <translation>Siapa yang memimpin?</translation>
    </message>
    <message>
        <source>(no appraiser recorded)</source>
        <translation>(pejabat penilai belum tercatat)</translation>
    </message>
    <message>
        <source>RHK %1: %2</source>
        <translation>RHK %1: %2</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Tutup dialog</translation>
    </message>
    <message>
        <source>Close this dialog? It is saved and becomes read-only: nothing in it can be changed afterwards, corrections are added as an addendum. The follow-ups of earlier dialogs marked here are settled by this dialog.</source>
        <translation>Tutup dialog ini? Dialog disimpan dan menjadi hanya-baca: isinya tidak dapat diubah lagi, koreksi ditambahkan sebagai adendum. Tindak lanjut dialog sebelumnya yang ditandai di sini diselesaikan oleh dialog ini.</translation>
    </message>
    <message>
        <source>Close t&amp;he dialog</source>
        <translation>Tutup dialog i&amp;ni</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DialogPrinter</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (dialog of %2).</source>
        <translation>Disimpan: %1 (dialog tanggal %2).</translation>
    </message>
</context>
<context>
    <name>DialogTabWidget</name>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;New dialog</source>
        <translation>&amp;Dialog baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>A&amp;ddendum…</source>
        <translation>Ade&amp;ndum…</translation>
    </message>
    <message>
        <source>B.1.&amp;8 feedback…</source>
        <translation>Umpan balik B.1.&amp;8…</translation>
    </message>
    <message>
        <source>B.1.&amp;9 competencies…</source>
        <translation>Evaluasi kompetensi B.1.&amp;9…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Dialog record (catatan)</source>
        <translation>Catatan dialog kinerja</translation>
    </message>
    <message>
        <source>B.1.8 coaching feedback</source>
        <translation>B.1.8 Umpan balik pelaksanaan bimbingan kinerja</translation>
    </message>
    <message>
        <source>B.1.9 competency evaluation</source>
        <translation>B.1.9 Evaluasi kompetensi pegawai</translation>
    </message>
    <message>
        <source>Whole year %1</source>
        <translation>Sepanjang tahun %1</translation>
    </message>
    <message>
        <source>Dialog of %1 saved.</source>
        <translation>Dialog tanggal %1 disimpan.</translation>
    </message>
    <message>
        <source>Dialog of %1 closed.</source>
        <translation>Dialog tanggal %1 ditutup.</translation>
    </message>
    <message>
        <source>Choose an employee from the list on the left.</source>
        <translation>Pilih pegawai dari daftar di sebelah kiri.</translation>
    </message>
    <message>
        <source>Nothing recorded in this period. &quot;New dialog&quot; starts one from a template.</source>
        <translation>Belum ada catatan pada periode ini. &quot;Dialog baru&quot; memulai dialog dari templat.</translation>
    </message>
    <message>
        <source>Confidential dialog</source>
        <translation>Dialog rahasia</translation>
    </message>
    <message>
        <source>This dialog is confidential: only its participants, the person who led it and the person who wrote it can read it.</source>
        <translation>Dialog ini rahasia: hanya pesertanya, yang memimpinnya, dan yang menulisnya yang dapat membacanya.</translation>
    </message>
    <message>
        <source>(%1 min)</source>
        <translation>(%1 menit)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Ditutup pada %1</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>rahasia</translation>
    </message>
    <message>
        <source>Employees:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>Led by:</source>
        <translation>Dipimpin oleh:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Discussed:</source>
        <translation>Yang dibahas:</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Adendum</translation>
    </message>
</context>
<context>
    <name>DistributionChartWidget</name>
    <message>
        <source>No predikat given yet in this period.</source>
        <translation>Belum ada predikat pada periode ini.</translation>
    </message>
    <message>
        <source>Actual share</source>
        <translation>Sebaran aktual</translation>
    </message>
    <message>
        <source>No organisation predikat: no pattern curve</source>
        <translation>Predikat kinerja organisasi belum ditetapkan: tanpa kurva pola</translation>
    </message>
    <message>
        <source>Pattern curve: organisation %1</source>
        <translation>Kurva pola: organisasi %1</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantitas</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Senior executive (JPT)</source>
        <translation>Jabatan Pimpinan Tinggi</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisory (pengawas)</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <source>Staff (pelaksana)</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Fungsional</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUpsTable</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(rahasia)</translation>
    </message>
    <message>
        <source>Leave open</source>
        <translation>Biarkan terbuka</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data ba&amp;ru…</translation>
    </message>
    <message>
        <source>E&amp;xport employees…</source>
        <translation>&amp;Ekspor pegawai…</translation>
    </message>
    <message>
        <source>&amp;Add employee…</source>
        <translation>&amp;Tambah pegawai…</translation>
    </message>
    <message>
        <source>&amp;Edit employee…</source>
        <translation>&amp;Ubah data pegawai…</translation>
    </message>
    <message>
        <source>&amp;Move employee…</source>
        <translation>&amp;Pindahkan pegawai…</translation>
    </message>
    <message>
        <source>Employment &amp;status…</source>
        <translation>Status &amp;kepegawaian…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>Pengaturan &amp;kantor…</translation>
    </message>
    <message>
        <source>E&amp;mployee</source>
        <translation>Pe&amp;gawai</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ditambahkan.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Data %1 disimpan.</translation>
    </message>
    <message>
        <source>Employment status of %1 saved.</source>
        <translation>Status kepegawaian %1 disimpan.</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>%1 employees exported to %2</source>
        <translation>%1 pegawai diekspor ke %2</translation>
    </message>
    <message>
        <source>Export employees</source>
        <translation>Ekspor pegawai</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Berkas Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis data baru</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File &gt; Open database.</source>
        <translation>%1 sudah ada. Pilih nama lain, atau buka dengan Berkas &gt; Buka basis data.</translation>
    </message>
    <message>
        <source>SKP Desk databases (*.sqlite)</source>
        <translation>Basis data SKP Desk (*.sqlite)</translation>
    </message>
    <message>
        <source>Office settings saved.</source>
        <translation>Pengaturan kantor disimpan.</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <source>Edit the value to keep</source>
        <translation>Ubah nilai yang dipakai</translation>
    </message>
</context>
<context>
    <name>EmploymentStatusDialog</name>
    <message>
        <source>Employment status</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>%1 stays in the database with every SKP and the change history; an employee who is no longer active is left out of the team and the to-do lists.</source>
        <translation>%1 tetap tersimpan bersama semua SKP dan riwayat perubahannya; pegawai yang tidak aktif lagi tidak ditampilkan di tim dan daftar Perlu tindakan.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Retired (pensiun)</source>
        <translation>Pensiun</translation>
    </message>
    <message>
        <source>Transferred out (mutasi keluar)</source>
        <translation>Mutasi keluar</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>Se&amp;jak tanggal:</translation>
    </message>
    <message>
        <source>Direct reports still active: %1. Move them to another supervisor (Employee &gt; Move employee).</source>
        <translation>Bawahan langsung yang masih aktif: %1. Pindahkan mereka ke atasan lain (Pegawai &gt; Pindahkan pegawai).</translation>
    </message>
    <message>
        <source>SKP not yet approved: %1.</source>
        <translation>SKP yang belum disetujui: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>SKP Desk</source>
        <translation>SKP Desk</translation>
    </message>
    <message>
        <source>An unexpected error occurred: %1</source>
        <translation>Terjadi kesalahan tak terduga: %1</translation>
    </message>
    <message>
        <source>The details are written to the log file (logs/skpdesk.log beside the database).</source>
        <translation>Rinciannya tercatat di berkas log (logs/skpdesk.log di samping basis data).</translation>
    </message>
</context>
<context>
    <name>EvalPrintActions</name>
    <message>
        <source>Print employee &amp;assessments…</source>
        <translation>Cetak &amp;evaluasi kinerja…</translation>
    </message>
    <message>
        <source>Print assessment &amp;documents…</source>
        <translation>Cetak &amp;dokumen evaluasi…</translation>
    </message>
    <message>
        <source>Print &amp;predicate determination…</source>
        <translation>Cetak pe&amp;netapan predikat…</translation>
    </message>
    <message>
        <source>Printing assessment forms…</source>
        <translation>Mencetak formulir penilaian…</translation>
    </message>
    <message>
        <source>Predicate determination saved as %1 (%2 pages, document code %3).</source>
        <translation>Penetapan predikat disimpan sebagai %1 (%2 halaman, kode dokumen %3).</translation>
    </message>
    <message>
        <source>It is not final yet: every page carries KONSEP.</source>
        <translation>Belum final: setiap halaman bertanda KONSEP.</translation>
    </message>
    <message>
        <source>Print assessment forms</source>
        <translation>Cetak formulir penilaian</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>Printed: %1 documents, %2 pages, in one file: %3.</source>
        <translation>Dicetak: %1 dokumen, %2 halaman, dalam satu berkas: %3.</translation>
    </message>
    <message>
        <source>Printed: %1 documents, %2 pages, in the folder %3.</source>
        <translation>Dicetak: %1 dokumen, %2 halaman, di folder %3.</translation>
    </message>
    <message>
        <source>%1 documents not final yet (KONSEP).</source>
        <translation>%1 dokumen belum final (KONSEP).</translation>
    </message>
    <message>
        <source>Without an assessment for the period: %1 employees (see the details).</source>
        <translation>Tanpa evaluasi untuk periode ini: %1 pegawai (lihat rincian).</translation>
    </message>
    <message>
        <source>Not printed because of an error: %1 (see the details).</source>
        <translation>Tidak dicetak karena kesalahan: %1 (lihat rincian).</translation>
    </message>
    <message>
        <source>Printing was cancelled; the files already finished are kept.</source>
        <translation>Pencetakan dibatalkan; berkas yang sudah selesai tetap disimpan.</translation>
    </message>
    <message>
        <source>A printing process stopped unexpectedly; printing was stopped.</source>
        <translation>Salah satu proses pencetak berhenti tiba-tiba; pencetakan dihentikan.</translation>
    </message>
    <message>
        <source>Non-ASN (no SKP)</source>
        <translation>Non-ASN (tidak memiliki SKP)</translation>
    </message>
    <message>
        <source>no SKP for the period</source>
        <translation>tanpa SKP untuk periode ini</translation>
    </message>
    <message>
        <source>SKP not approved yet</source>
        <translation>SKP belum disetujui</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>Without an assessment:</source>
        <translation>Tanpa evaluasi:</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Tidak dicetak:</translation>
    </message>
</context>
<context>
    <name>EvalPrintDialog</name>
    <message>
        <source>Print employee assessments</source>
        <translation>Cetak evaluasi kinerja pegawai</translation>
    </message>
    <message>
        <source>Print assessment documents</source>
        <translation>Cetak dokumen evaluasi kinerja pegawai</translation>
    </message>
    <message>
        <source>Print predicate determination</source>
        <translation>Cetak penetapan predikat kinerja pegawai</translation>
    </message>
    <message>
        <source>&amp;Employee: %1</source>
        <translation>&amp;Pegawai: %1</translation>
    </message>
    <message>
        <source>&amp;Employee: none selected</source>
        <translation>&amp;Pegawai: belum dipilih</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>All u&amp;nits</source>
        <translation>Semua u&amp;nit kerja</translation>
    </message>
    <message>
        <source>Include &amp;sub-units</source>
        <translation>Termasuk &amp;sub-unit</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>One &amp;combined PDF instead of one file per employee</source>
        <translation>Satu PDF &amp;gabungan, bukan satu berkas per pegawai</translation>
    </message>
    <message>
        <source>Start every document on an odd page (&amp;two-sided printing)</source>
        <translation>Setiap dokumen mulai di halaman ganjil (cetak &amp;bolak-balik)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Folder untuk berkas PDF</translation>
    </message>
</context>
<context>
    <name>EvaluationOverview</name>
    <message>
        <source>HASIL KERJA</source>
        <translation>HASIL KERJA</translation>
    </message>
    <message>
        <source>RHK / indicator</source>
        <translation>RHK / indikator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>PERILAKU KERJA</source>
        <translation>PERILAKU KERJA</translation>
    </message>
    <message>
        <source>Core value / feedback</source>
        <translation>Nilai dasar / umpan balik</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>Rencana aksi: %1</source>
        <translation>Rencana aksi: %1</translation>
    </message>
    <message>
        <source>Umpan balik: %1</source>
        <translation>Umpan balik: %1</translation>
    </message>
    <message>
        <source>The SKP has no RHK.</source>
        <translation>SKP belum memiliki RHK.</translation>
    </message>
    <message>
        <source>%1 (%2 accepted, %3 waiting, %4 rejected)</source>
        <translation>%1 (%2 diterima, %3 menunggu, %4 ditolak)</translation>
    </message>
    <message>
        <source>%1: %2 answer(s), shown from %3 answers on.</source>
        <translation>%1: %2 jawaban, ditampilkan mulai %3 jawaban.</translation>
    </message>
    <message>
        <source>%1 (%2 answers): %3</source>
        <translation>%1 (%2 jawaban): %3</translation>
    </message>
    <message>
        <source>Advisory inputs (aggregate only)</source>
        <translation>Masukan penilaian (hanya rekapitulasi)</translation>
    </message>
</context>
<context>
    <name>EvaluationTabWidget</name>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Peri&amp;ode:</translation>
    </message>
    <message>
        <source>Print for&amp;m…</source>
        <translation>Cetak for&amp;mulir…</translation>
    </message>
    <message>
        <source>Print the EVALUASI KINERJA PEGAWAI form or the dokumen evaluasi of this employee and period</source>
        <translation>Cetak formulir EVALUASI KINERJA PEGAWAI atau dokumen evaluasi pegawai dan periode ini</translation>
    </message>
    <message>
        <source>Choose an employee from the list on the left.</source>
        <translation>Pilih pegawai dari daftar di sebelah kiri.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: %1.</source>
        <translation>Capaian kinerja organisasi: %1.</translation>
    </message>
    <message>
        <source>The SKP is not approved yet (%1): it cannot be assessed.</source>
        <translation>SKP belum disetujui (%1): belum dapat dinilai.</translation>
    </message>
    <message>
        <source>Only the pejabat penilai rates: shown read-only.</source>
        <translation>Hanya pejabat penilai yang menilai: ditampilkan tanpa dapat diubah.</translation>
    </message>
    <message>
        <source>Objection filed %1, waiting for the decision of %2.</source>
        <translation>Keberatan diajukan %1, menunggu keputusan %2.</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Catatan disimpan.</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>Penilaian disimpan.</translation>
    </message>
    <message>
        <source>Assessment set (ditetapkan).</source>
        <translation>Penilaian ditetapkan.</translation>
    </message>
    <message>
        <source>Reopen the assessment</source>
        <translation>Buka kembali penilaian</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>A new revision starts as a draft; this one is kept as it was (Riwayat).</source>
        <translation>Revisi baru dimulai sebagai draf; revisi ini disimpan apa adanya (Riwayat).</translation>
    </message>
    <message>
        <source>Assessment reopened as a new draft.</source>
        <translation>Penilaian dibuka kembali sebagai draf baru.</translation>
    </message>
    <message>
        <source>Self-assessment saved.</source>
        <translation>Penilaian diri disimpan.</translation>
    </message>
    <message>
        <source>Revisions: %1, %2</source>
        <translation>Riwayat revisi: %1, %2</translation>
    </message>
</context>
<context>
    <name>EvidenceCard</name>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Ditambahkan oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ganti…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Link or reference</source>
        <translation>Tautan atau rujukan</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versi ke-%1</translation>
    </message>
</context>
<context>
    <name>EvidenceListWidget</name>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>Tambah ber&amp;kas…</translation>
    </message>
    <message>
        <source>Add lin&amp;k…</source>
        <translation>Tambah ta&amp;utan…</translation>
    </message>
    <message>
        <source>Drop files here, or paste a screenshot with Ctrl+V.</source>
        <translation>Seret berkas ke sini, atau tempel tangkapan layar dengan Ctrl+V.</translation>
    </message>
    <message>
        <source>No evidence for this cell yet.</source>
        <translation>Belum ada bukti dukung pada sel ini.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Bukti dukung (%1)</translation>
    </message>
    <message>
        <source>Evidence: choose a cell of the grid.</source>
        <translation>Bukti dukung: pilih satu sel pada tabel.</translation>
    </message>
    <message>
        <source>Only the pegawai, their pejabat penilai or a pengelola kinerja adds evidence.</source>
        <translation>Hanya pegawai, pejabat penilainya, atau pengelola kinerja yang menambahkan bukti dukung.</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Tambah berkas bukti dukung</translation>
    </message>
    <message>
        <source>Evidence (%1);;All files (*)</source>
        <translation>Bukti dukung (%1);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Replace the evidence file</source>
        <translation>Ganti berkas bukti dukung</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no file to add.</source>
        <translation>Papan klip tidak berisi gambar atau berkas untuk ditambahkan.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka %1.</translation>
    </message>
</context>
<context>
    <name>EvidenceState</name>
    <message>
        <source>Some bukti rejected</source>
        <translation>Ada bukti yang ditolak</translation>
    </message>
    <message>
        <source>Waiting for a file (menunggu lampiran)</source>
        <translation>Menunggu lampiran</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Menunggu verifikasi</translation>
    </message>
    <message>
        <source>All bukti accepted</source>
        <translation>Semua bukti diterima</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Make a bundle file with the changes a peer has not received yet, then carry it to that computer (USB stick, shared folder, e-mail) and import it there. The file is encrypted for that peer only: a lost stick reveals nothing.</source>
        <translation>Buat berkas bundel berisi perubahan yang belum diterima mitra, lalu bawa ke komputer itu (flashdisk, folder bersama, surel) dan impor di sana. Berkas disandikan hanya untuk mitra itu: flashdisk yang hilang tidak membocorkan apa pun.</translation>
    </message>
    <message>
        <source>Removable drives</source>
        <translation>Diska lepasan</translation>
    </message>
    <message>
        <source>Look for &amp;drives</source>
        <translation>Cari &amp;diska</translation>
    </message>
    <message>
        <source>Folder the bundle is written to</source>
        <translation>Folder tempat bundel ditulis</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Full copy of the office, for a laptop that &amp;joins it (seed)</source>
        <translation>Salinan lengkap kantor, untuk laptop yang baru ber&amp;gabung (seed)</translation>
    </message>
    <message>
        <source>A new laptop starts from a full copy made by the central copy (skpdesk sync join on that laptop). Day to day, leave this off: only the changes are sent.</source>
        <translation>Laptop baru mulai dari salinan lengkap yang dibuat salinan pusat (skpdesk sync join di laptop itu). Sehari-hari biarkan tidak dicentang: hanya perubahan yang dikirim.</translation>
    </message>
    <message>
        <source>&amp;Create bundle</source>
        <translation>&amp;Buat bundel</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Untuk:</translation>
    </message>
    <message>
        <source>Removable drives:</source>
        <translation>Diska lepasan:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>%1 (central copy)</source>
        <translation>%1 (salinan pusat)</translation>
    </message>
    <message>
        <source>No peer yet: add one on the Identity page</source>
        <translation>Belum ada mitra: tambahkan di halaman Identitas</translation>
    </message>
    <message>
        <source>No removable drive found; choose a folder below.</source>
        <translation>Tidak ada diska lepasan; pilih folder di bawah.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder untuk bundel</translation>
    </message>
    <message>
        <source>Writing the bundle for %1…</source>
        <translation>Menulis bundel untuk %1…</translation>
    </message>
    <message>
        <source>The bundle for %1 was saved: %2 (%3 change(s), %4 attachment file(s)). Carry it to that computer and import it there.</source>
        <translation>Bundel untuk %1 tersimpan: %2 (%3 perubahan, %4 berkas lampiran). Bawa ke komputer itu dan impor di sana.</translation>
    </message>
    <message>
        <source>No bundle was written. %1</source>
        <translation>Tidak ada bundel yang ditulis. %1</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation>Dibatalkan: tidak ada bundel yang ditulis.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Give feedback</source>
        <translation>Beri umpan balik</translation>
    </message>
    <message>
        <source>Work behaviour %1. %2</source>
        <translation>Perilaku kerja %1. %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Untuk:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Feed&amp;back:</source>
        <translation>Umpan &amp;balik:</translation>
    </message>
</context>
<context>
    <name>FeedbackPageAction</name>
    <message>
        <source>Period &amp;feedback page…</source>
        <translation>Cetak &amp;umpan balik periode…</translation>
    </message>
    <message>
        <source>Print the umpan balik page of a period: realisasi, umpan balik and the list of bukti dukung</source>
        <translation>Cetak halaman umpan balik satu periode: realisasi, umpan balik dan daftar bukti dukung</translation>
    </message>
    <message>
        <source>Choose an employee in the list first; their umpan balik page is printed.</source>
        <translation>Pilih pegawai di daftar lebih dulu; halaman umpan baliknya yang dicetak.</translation>
    </message>
    <message>
        <source>Umpan balik page saved as %1 (%2 pages, document code %3).</source>
        <translation>Halaman umpan balik disimpan sebagai %1 (%2 halaman, kode dokumen %3).</translation>
    </message>
    <message>
        <source>The umpan balik page was saved as %1, but no program to open PDF files was found.</source>
        <translation>Halaman umpan balik disimpan sebagai %1, tetapi tidak ada program untuk membuka berkas PDF.</translation>
    </message>
    <message>
        <source>Save umpan balik page as PDF</source>
        <translation>Simpan halaman umpan balik sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Umpan balik page</source>
        <translation>Halaman umpan balik</translation>
    </message>
</context>
<context>
    <name>FeedbackPane</name>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>Belum ada umpan balik.</translation>
    </message>
    <message>
        <source>&amp;Give feedback…</source>
        <translation>Beri umpan bal&amp;ik…</translation>
    </message>
    <message>
        <source>Feedback on %1</source>
        <translation>Umpan balik untuk %1</translation>
    </message>
    <message>
        <source>Feedback: choose an RHK or a work behaviour.</source>
        <translation>Umpan balik: pilih RHK atau perilaku kerja.</translation>
    </message>
</context>
<context>
    <name>FileKeberatanDialog</name>
    <message>
        <source>File an objection</source>
        <translation>Ajukan keberatan</translation>
    </message>
    <message>
        <source>An objection goes to the appraiser&apos;s superior (atasan pejabat penilai kinerja), who asks for explanations and decides. The decision is final.</source>
        <translation>Keberatan diajukan kepada atasan pejabat penilai kinerja, yang meminta penjelasan lalu memutuskan. Keputusannya bersifat final.</translation>
    </message>
    <message>
        <source>Last day to file: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Batas pengajuan keberatan: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Reasons for the objection:</source>
        <translation>&amp;Alasan keberatan:</translation>
    </message>
    <message>
        <source>File objection</source>
        <translation>Ajukan keberatan</translation>
    </message>
</context>
<context>
    <name>FollowUpTable</name>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>RHK / core value</source>
        <translation>RHK / nilai dasar</translation>
    </message>
</context>
<context>
    <name>HelpLauncher</name>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>SKP Desk guide</source>
        <translation>Panduan SKP Desk</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>Cari di panduan…</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Isi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source># The guide is missing

This installation of SKP Desk has no guide files.</source>
        <translation># Panduan tidak ditemukan

Instalasi SKP Desk ini tidak berisi berkas panduan.</translation>
    </message>
    <message>
        <source>SKP Desk guide — %1</source>
        <translation>Panduan SKP Desk — %1</translation>
    </message>
    <message>
        <source>“%1” is not included in this installation of SKP Desk; it is in the project&apos;s docs folder.</source>
        <translation>“%1” tidak disertakan dalam instalasi SKP Desk ini; dokumen itu ada di folder docs proyek SKP Desk.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Evidence history</source>
        <translation>Riwayat bukti dukung</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versi ke-%1: %2</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Ditambahkan oleh %1 pada %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 oleh %2 pada %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>Why this revision</source>
        <translation>Alasan revisi</translation>
    </message>
    <message>
        <source>%1 (other than the matrix: %2)</source>
        <translation>%1 (berbeda dari matriks: %2)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>Choose yourself from the list: the employee who uses SKP Desk on this database. Your direct reports are then listed first, and submitting, approving, returning and reopening an SKP are checked against your role.</source>
        <translation>Pilih diri Anda dari daftar: pegawai yang memakai SKP Desk pada basis data ini. Bawahan langsung Anda lalu ditampilkan paling atas, dan mengajukan, menyetujui, mengembalikan serta membuka kembali SKP diperiksa menurut peran Anda.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Save identity &amp;file (.skpid)…</source>
        <translation>&amp;Simpan berkas identitas (.skpid)…</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>&amp;Add a peer from its .skpid file…</source>
        <translation>T&amp;ambah mitra dari berkas .skpid-nya…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Komputer ini:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>ID perangkat:</translation>
    </message>
    <message>
        <source>Give the identity file to the other computer, and compare this fingerprint with the one it shows when it adds this computer.</source>
        <translation>Berikan berkas identitas ke komputer lain, lalu bandingkan sidik kunci ini dengan yang ditampilkannya saat menambahkan komputer ini.</translation>
    </message>
    <message>
        <source>Peers (bundles are accepted only from these):</source>
        <translation>Mitra (bundel hanya diterima dari mereka):</translation>
    </message>
    <message>
        <source>Identity saved as %1. It holds no secret; give it to the other computer.</source>
        <translation>Identitas disimpan sebagai %1. Berkas ini tidak berisi rahasia; berikan ke komputer lain.</translation>
    </message>
    <message>
        <source>%1 was added as a peer.</source>
        <translation>%1 ditambahkan sebagai mitra.</translation>
    </message>
    <message>
        <source>%1 was revoked: its bundles are refused from now on.</source>
        <translation>%1 dicabut: bundelnya ditolak mulai sekarang.</translation>
    </message>
    <message>
        <source>Revoke peer</source>
        <translation>Cabut mitra</translation>
    </message>
    <message>
        <source>Revoke %1? Bundles from it are refused from now on and no bundle is made for it. Do this when that computer is lost or no longer used.</source>
        <translation>Cabut %1? Bundel darinya ditolak mulai sekarang dan tidak ada bundel yang dibuat untuknya. Lakukan ini jika komputer itu hilang atau tidak dipakai lagi.</translation>
    </message>
    <message>
        <source>Save the identity file</source>
        <translation>Simpan berkas identitas</translation>
    </message>
    <message>
        <source>SKP Desk identity (*.skpid)</source>
        <translation>Identitas SKP Desk (*.skpid)</translation>
    </message>
    <message>
        <source>Choose the peer&apos;s identity file</source>
        <translation>Pilih berkas identitas mitra</translation>
    </message>
    <message>
        <source>SKP Desk identity (*.skpid);;All files (*)</source>
        <translation>Identitas SKP Desk (*.skpid);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import employees</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file with one employee per row under the column names of the template. Employees are matched by NIP: new ones are added, known ones updated, none is deleted. If any row has a problem, nothing is imported.</source>
        <translation>Pilih berkas CSV atau Excel (.xlsx) berisi satu pegawai per baris di bawah nama kolom templat. Pegawai dicocokkan dengan NIP: yang baru ditambahkan, yang sudah ada diperbarui, tidak ada yang dihapus. Bila satu baris saja bermasalah, tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Path of the .csv or .xlsx file</source>
        <translation>Lokasi berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Simpan &amp;templat…</translation>
    </message>
    <message>
        <source>Save an empty Excel file with the right columns, an example row and a sheet that explains every column.</source>
        <translation>Simpan berkas Excel kosong dengan kolom yang benar, satu baris contoh, dan lembar yang menjelaskan setiap kolom.</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Masalah yang ditemukan dalam berkas</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Salin daftar</translation>
    </message>
    <message>
        <source>Copy the problems as text, e.g. to paste into a spreadsheet or an e-mail.</source>
        <translation>Salin daftar masalah sebagai teks, mis. untuk ditempel ke lembar kerja atau surel.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>No file yet? Start from the template:</source>
        <translation>Belum punya berkas? Mulai dari templat:</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Pilih dulu berkas yang akan diimpor.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Import finished. Rows read: %1. New employees: %2; updated: %3; unchanged: %4.</source>
        <translation>Impor selesai. Baris yang dibaca: %1. Pegawai baru: %2; diperbarui: %3; tidak berubah: %4.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problems; the first %2 are listed below. Fix them in the file, save it and press Import again.</source>
        <translation>Tidak ada yang diimpor: berkas ini memiliki %1 masalah; %2 yang pertama tercantum di bawah. Perbaiki di berkas, simpan, lalu tekan Impor lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has %1 problem(s) in %2 row(s), listed below. Fix them in the file, save it and press Import again.</source>
        <translation>Tidak ada yang diimpor: berkas ini memiliki %1 masalah pada %2 baris, tercantum di bawah. Perbaiki di berkasnya, simpan, lalu tekan Impor lagi.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Tidak ada yang diimpor. %1</translation>
    </message>
    <message>
        <source>The template was saved as %1. Fill in one employee per row (replace the example row), save it, then choose it above.</source>
        <translation>Templat disimpan sebagai %1. Isi satu pegawai per baris (ganti baris contoh), simpan, lalu pilih berkasnya di atas.</translation>
    </message>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Templat tidak disimpan. %1</translation>
    </message>
    <message>
        <source>Choose the staff file</source>
        <translation>Pilih berkas pegawai</translation>
    </message>
    <message>
        <source>Staff files (*.xlsx *.csv);;Excel files (*.xlsx);;CSV files (*.csv)</source>
        <translation>Berkas pegawai (*.xlsx *.csv);;Berkas Excel (*.xlsx);;Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Berkas Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Drop a .skpbundle file here, or choose it below. It is checked completely (sender, signature, every hash, format) before anything changes, and the database is backed up first.</source>
        <translation>Letakkan berkas .skpbundle di sini, atau pilih di bawah. Berkas diperiksa seluruhnya (pengirim, tanda tangan, setiap hash, format) sebelum ada yang berubah, dan basis data dicadangkan lebih dulu.</translation>
    </message>
    <message>
        <source>Path of the .skpbundle file</source>
        <translation>Lokasi berkas .skpbundle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Baru:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Diubah:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Dihapus:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflik:</translation>
    </message>
    <message>
        <source>Waiting for attachments:</source>
        <translation>Menunggu lampiran:</translation>
    </message>
    <message>
        <source>Already applied before:</source>
        <translation>Sudah pernah diterapkan:</translation>
    </message>
    <message>
        <source>&amp;Review the conflicts…</source>
        <translation>&amp;Tinjau konflik…</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Pilih bundel</translation>
    </message>
    <message>
        <source>SKP Desk bundles (*.skpbundle);;All files (*)</source>
        <translation>Bundel SKP Desk (*.skpbundle);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>This bundle from %1 was imported before: nothing changed.</source>
        <translation>Bundel dari %1 ini sudah pernah diimpor: tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Bundle from %1 imported: %2 change(s) applied.</source>
        <translation>Bundel dari %1 diimpor: %2 perubahan diterapkan.</translation>
    </message>
    <message>
        <source>The bundle was not imported; the database is unchanged. %1</source>
        <translation>Bundel tidak diimpor; basis data tidak berubah. %1</translation>
    </message>
    <message>
        <source>Cancelled: the database is unchanged.</source>
        <translation>Dibatalkan: basis data tidak berubah.</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>… and %1 more problems</source>
        <translation>… dan %1 masalah lain</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Edit indicator</source>
        <translation>Ubah indikator</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <source>&amp;Aspect</source>
        <translation>&amp;Aspek</translation>
    </message>
    <message>
        <source>&amp;Individual performance indicator</source>
        <translation>&amp;Indikator Kinerja Individu</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>Target &amp;unit</source>
        <translation>&amp;Satuan target</translation>
    </message>
    <message>
        <source>&amp;Success measure / individual performance indicator, and target</source>
        <translation>&amp;Ukuran keberhasilan/Indikator Kinerja Individu, dan Target</translation>
    </message>
</context>
<context>
    <name>JoinOfficeDialog</name>
    <message>
        <source>Join the office</source>
        <translation>Bergabung ke kantor</translation>
    </message>
    <message>
        <source>This computer becomes a copy of the office held by its central copy (the pengelola kinerja&apos;s computer). Three steps, with a file carried each way:</source>
        <translation>Komputer ini menjadi salinan data kantor yang dipegang salinan pusat (komputer pengelola kinerja). Tiga langkah, dengan satu berkas dibawa ke tiap arah:</translation>
    </message>
    <message>
        <source>1. This computer</source>
        <translation>1. Komputer ini</translation>
    </message>
    <message>
        <source>e.g. Laptop Bu Ratna</source>
        <translation>mis. Laptop Bu Ratna</translation>
    </message>
    <message>
        <source>&amp;Save identity file…</source>
        <translation>&amp;Simpan berkas identitas…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <source>Take the identity file to the central copy; it adds this computer as a peer and makes a full copy of the office for it.</source>
        <translation>Bawa berkas identitas ke salinan pusat; di sana komputer ini ditambahkan sebagai mitra dan dibuatkan salinan lengkap kantor.</translation>
    </message>
    <message>
        <source>2. The central copy</source>
        <translation>2. Salinan pusat</translation>
    </message>
    <message>
        <source>Not added yet.</source>
        <translation>Belum ditambahkan.</translation>
    </message>
    <message>
        <source>&amp;Add its identity file…</source>
        <translation>&amp;Tambahkan berkas identitasnya…</translation>
    </message>
    <message>
        <source>3. The full copy</source>
        <translation>3. Salinan lengkap</translation>
    </message>
    <message>
        <source>&amp;Import the full copy (.skpbundle)…</source>
        <translation>&amp;Impor salinan lengkap (.skpbundle)…</translation>
    </message>
    <message>
        <source>The file the central copy made for this computer.</source>
        <translation>Berkas yang dibuat salinan pusat untuk komputer ini.</translation>
    </message>
    <message>
        <source>Identity saved as %1.</source>
        <translation>Identitas disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>%1 (fingerprint %2)</source>
        <translation>%1 (sidik kunci %2)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Cancelled: the database is unchanged.</source>
        <translation>Dibatalkan: basis data tidak berubah.</translation>
    </message>
    <message>
        <source>Save the identity file</source>
        <translation>Simpan berkas identitas</translation>
    </message>
    <message>
        <source>SKP Desk identity (*.skpid)</source>
        <translation>Identitas SKP Desk (*.skpid)</translation>
    </message>
    <message>
        <source>The central copy&apos;s identity file</source>
        <translation>Berkas identitas salinan pusat</translation>
    </message>
    <message>
        <source>SKP Desk identity (*.skpid);;All files (*)</source>
        <translation>Identitas SKP Desk (*.skpid);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The full copy</source>
        <translation>Salinan lengkap</translation>
    </message>
    <message>
        <source>SKP Desk bundles (*.skpbundle);;All files (*)</source>
        <translation>Bundel SKP Desk (*.skpbundle);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>KeberatanActions</name>
    <message>
        <source>Objections &amp;waiting for my decision…</source>
        <translation>&amp;Keberatan menunggu keputusan saya…</translation>
    </message>
</context>
<context>
    <name>KeberatanDialogs</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Appraiser:</source>
        <translation>Pejabat penilai:</translation>
    </message>
    <message>
        <source>Work results rating:</source>
        <translation>Rating hasil kerja:</translation>
    </message>
    <message>
        <source>Work behaviour rating:</source>
        <translation>Rating perilaku kerja:</translation>
    </message>
    <message>
        <source>Predicate:</source>
        <translation>Predikat:</translation>
    </message>
    <message>
        <source>Set on:</source>
        <translation>Ditetapkan:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
<context>
    <name>LampiranSectionWidget</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Tambah butir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke a&amp;tas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>Add attachment item</source>
        <translation>Tambah butir lampiran</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Butir</translation>
    </message>
    <message>
        <source>Edit attachment item</source>
        <translation>Ubah butir lampiran</translation>
    </message>
    <message>
        <source>Delete attachment item</source>
        <translation>Hapus butir lampiran</translation>
    </message>
    <message>
        <source>Move attachment item</source>
        <translation>Pindahkan butir lampiran</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link or reference</source>
        <translation>Tambah tautan atau rujukan</translation>
    </message>
    <message>
        <source>A web address (https://…) or where the evidence can be found (e.g. &quot;SK No. 12/2026, arsip Subbag Umum&quot;).</source>
        <translation>Alamat web (https://…) atau tempat bukti dapat ditemukan (mis. &quot;SK No. 12/2026, arsip Subbag Umum&quot;).</translation>
    </message>
    <message>
        <source>&amp;Link or reference:</source>
        <translation>&amp;Tautan atau rujukan:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation>Pengingat: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation>
            <numerusform>%n pegawai</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>&amp;Import employees…</source>
        <translation>&amp;Impor pegawai…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find employee</source>
        <translation>&amp;Cari pegawai</translation>
    </message>
    <message>
        <source>Search no&amp;tes…</source>
        <translation>Cari di catata&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Switch between list and workspace</source>
        <translation>&amp;Pindah antara daftar dan ruang kerja</translation>
    </message>
    <message>
        <source>&amp;Cascade…</source>
        <translation>&amp;Kaskade…</translation>
    </message>
    <message>
        <source>&amp;Team assessment…</source>
        <translation>Penilaian &amp;tim…</translation>
    </message>
    <message>
        <source>&amp;Organisation predikat…</source>
        <translation>Predikat kinerja &amp;organisasi…</translation>
    </message>
    <message>
        <source>&amp;I am…</source>
        <translation>&amp;Saya adalah…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Bahasa…</translation>
    </message>
    <message>
        <source>&amp;About SKP Desk</source>
        <translation>&amp;Tentang SKP Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Assessmen&amp;t</source>
        <translation>Penilaian (E&amp;valuasi)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang bekerja…</translation>
    </message>
    <message>
        <source>Follow-ups due or overdue, team members without a recent dialog, SKP not approved and coaching without its B.1.8 feedback: click to see them in Needs action.</source>
        <translation>Tindak lanjut yang jatuh tempo atau terlambat, anggota tim yang lama tanpa dialog, SKP yang belum disetujui dan bimbingan tanpa umpan balik B.1.8: klik untuk melihatnya di Perlu tindakan.</translation>
    </message>
    <message>
        <source>I am: %1</source>
        <translation>Saya adalah: %1</translation>
    </message>
    <message>
        <source>I am: not chosen</source>
        <translation>Saya adalah: belum dipilih</translation>
    </message>
    <message>
        <source>Who uses SKP Desk on this database (Settings &gt; I am…): the workflow steps are checked against this employee&apos;s role and the journal records them.</source>
        <translation>Siapa yang memakai SKP Desk pada basis data ini (Pengaturan &gt; Saya adalah…): langkah alur SKP diperiksa menurut peran pegawai ini dan jurnal mencatatnya.</translation>
    </message>
    <message>
        <source>SKP Desk — %1</source>
        <translation>SKP Desk — %1</translation>
    </message>
    <message>
        <source>SKP Desk</source>
        <translation>SKP Desk</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Buka basis data</translation>
    </message>
    <message>
        <source>SKP Desk databases (*.sqlite);;All files (*)</source>
        <translation>Basis data SKP Desk (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SKP Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Performance management of civil servants (PermenPANRB 6/2022) for supervisors, without internet: the SKP and its approval, the cascade, performance dialogues with coaching, feedback, follow-ups and reminders, action plans, realisation and evidence, the assessment with its predikat, the organisation predicate and distribution check, objections and credit points, the printed forms, and sync between laptops by bundle files.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SKP Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Pengelolaan kinerja pegawai ASN (PermenPANRB 6/2022) untuk Pejabat Penilai Kinerja, tanpa internet: SKP dan persetujuannya, kaskade, dialog kinerja dengan bimbingan, umpan balik, tindak lanjut dan pengingat, rencana aksi, realisasi dan bukti dukung, penilaian dengan predikatnya, predikat kinerja organisasi dan pemeriksaan distribusi, keberatan dan angka kredit, cetak formulir, dan sinkronisasi antar-laptop dengan berkas bundel.&lt;/p&gt;&lt;p&gt;Basis data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SKP Desk</source>
        <translation>Tentang SKP Desk</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Dia&amp;log &amp;&amp; feedback</source>
        <translation>Dialog &amp;&amp; u&amp;mpan balik</translation>
    </message>
    <message>
        <source>Action plans &amp;&amp; evidence</source>
        <translation>Rencana aksi &amp;&amp; bukti</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Needs &amp;action</source>
        <translation>Perlu &amp;tindakan</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
</context>
<context>
    <name>NewOfficeDialog</name>
    <message>
        <source>New office</source>
        <translation>Instansi baru</translation>
    </message>
    <message>
        <source>SKP Desk keeps the data of one office (instansi). Enter its name and city, and your own data: you are the supervisor (Pejabat Penilai Kinerja) who uses SKP Desk on this computer.</source>
        <translation>SKP Desk menyimpan data satu instansi. Isi nama dan kota instansi, serta data Anda sendiri: Anda adalah Pejabat Penilai Kinerja yang memakai SKP Desk di komputer ini.</translation>
    </message>
    <message>
        <source>Next you choose the staff file to import.</source>
        <translation>Setelah itu Anda memilih berkas pegawai yang akan diimpor.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>e.g. Dinas Komunikasi dan Informatika Kabupaten Gunungkidul</source>
        <translation>mis. Dinas Komunikasi dan Informatika Kabupaten Gunungkidul</translation>
    </message>
    <message>
        <source>e.g. Wonosari</source>
        <translation>mis. Wonosari</translation>
    </message>
    <message>
        <source>Printed with the date above the signatures.</source>
        <translation>Dicetak bersama tanggal di atas tanda tangan.</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Nama &amp;instansi:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>You, the supervisor using this computer</source>
        <translation>Anda, pejabat penilai yang memakai komputer ini</translation>
    </message>
    <message>
        <source>I am in the staff &amp;file: I choose myself after the import</source>
        <translation>Saya tercantum di &amp;berkas pegawai: saya memilih diri sendiri setelah impor</translation>
    </message>
    <message>
        <source>Full name without titles</source>
        <translation>Nama lengkap tanpa gelar</translation>
    </message>
    <message>
        <source>e.g. Dr. (may be empty)</source>
        <translation>mis. Dr. (boleh kosong)</translation>
    </message>
    <message>
        <source>e.g. S.Kom., M.T. (may be empty)</source>
        <translation>mis. S.Kom., M.T. (boleh kosong)</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>Non-ASN (e.g. a regent)</source>
        <translation>Non-ASN (mis. bupati)</translation>
    </message>
    <message>
        <source>e.g. Kepala Bidang Aplikasi Informatika</source>
        <translation>mis. Kepala Bidang Aplikasi Informatika</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>e.g. Bidang Aplikasi Informatika</source>
        <translation>mis. Bidang Aplikasi Informatika</translation>
    </message>
    <message>
        <source>Your work unit; separate levels with a slash, e.g. Sekretariat/Subbagian Umum.</source>
        <translation>Unit kerja Anda; pisahkan tingkatan dengan garis miring, mis. Sekretariat/Subbagian Umum.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Title &amp;before the name:</source>
        <translation>Gelar &amp;depan:</translation>
    </message>
    <message>
        <source>Title &amp;after the name:</source>
        <translation>Gelar b&amp;elakang:</translation>
    </message>
    <message>
        <source>ASN t&amp;ype:</source>
        <translation>Jenis &amp;ASN:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Position &amp;type:</source>
        <translation>Jenis jaba&amp;tan:</translation>
    </message>
    <message>
        <source>Functional &amp;level:</source>
        <translation>Jenjang f&amp;ungsional:</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>Unit ke&amp;rja:</translation>
    </message>
    <message>
        <source>Create the &amp;office</source>
        <translation>Buat instan&amp;si</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>may be empty (or NRP/NIK)</source>
        <translation>boleh kosong (atau NRP/NIK)</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Printed with the date above the signatures.</source>
        <translation>Dicetak bersama tanggal di atas tanda tangan.</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(belum ada logo)</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>&amp;Pilih logo…</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Nama &amp;instansi:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Pencetakan</translation>
    </message>
    <message>
        <source>City and print date</source>
        <translation>Kota dan tanggal cetak</translation>
    </message>
    <message>
        <source>City, date left blank for handwriting</source>
        <translation>Kota, tanggal dikosongkan untuk ditulis tangan</translation>
    </message>
    <message>
        <source>Both left blank</source>
        <translation>Tempat dan tanggal dikosongkan</translation>
    </message>
    <message>
        <source>Column label of the &amp;intervened RHK:</source>
        <translation>Label kolom RHK &amp;yang diintervensi:</translation>
    </message>
    <message>
        <source>&amp;Place and date line:</source>
        <translation>Baris &amp;tempat dan tanggal:</translation>
    </message>
    <message>
        <source>Performance dialogues</source>
        <translation>Dialog kinerja</translation>
    </message>
    <message>
        <source>The answers of the B.1.8 coaching feedback form, best first, separated by &quot;;&quot; (2 to 7). The regulation does not give a scale; answers already given keep theirs.</source>
        <translation>Jawaban formulir B.1.8 (umpan balik bimbingan kinerja), dari yang terbaik, dipisah &quot;;&quot; (2 sampai 7). Peraturan tidak mencantumkan skalanya; jawaban yang sudah diberikan tetap memakai skalanya.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>A team member without a performance dialogue for longer than this appears in the reminders (92 days: one per quarter).</source>
        <translation>Anggota tim yang tidak berdialog kinerja lebih lama dari ini muncul di pengingat (92 hari: satu per triwulan).</translation>
    </message>
    <message>
        <source>B.1.8 response scal&amp;e:</source>
        <translation>&amp;Skala jawaban B.1.8:</translation>
    </message>
    <message>
        <source>Remind after days &amp;without a dialogue:</source>
        <translation>Hari tanpa &amp;dialog sebelum diingatkan:</translation>
    </message>
    <message>
        <source>Performance administrators (pengelola kinerja)</source>
        <translation>Pengelola kinerja (admin)</translation>
    </message>
    <message>
        <source>They may act for another employee (atas nama), with a reason that is kept in the journal.</source>
        <translation>Mereka boleh bertindak atas nama pegawai lain, dengan alasan yang dicatat di jurnal.</translation>
    </message>
    <message>
        <source>Search an employee by name or NIP</source>
        <translation>Cari pegawai menurut nama atau NIP</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Tam&amp;bah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>%1 (unknown NIP)</source>
        <translation>%1 (NIP tidak dikenal)</translation>
    </message>
    <message>
        <source>Choose the office logo</source>
        <translation>Pilih logo instansi</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OrgPredikatDialog</name>
    <message>
        <source>Organisation predikat</source>
        <translation>Predikat kinerja organisasi</translation>
    </message>
    <message>
        <source>Basis of the decision (optional)</source>
        <translation>Dasar penetapan (opsional)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Saat ini:</translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation>Predikat:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove this unit&apos;s own predikat (it then follows its parent unit&apos;s)</source>
        <translation>Hapus predikat milik unit ini (unit ini lalu mengikuti predikat unit induknya)</translation>
    </message>
    <message>
        <source>The capaian kinerja organisasi is set by the leader above the unit (or recorded for them by a pengelola kinerja). It chooses the distribution pattern of the unit&apos;s employee predikat.</source>
        <translation>Capaian kinerja organisasi ditetapkan oleh pimpinan di atas unit (atau dicatat untuknya oleh pengelola kinerja). Capaian ini menentukan pola distribusi predikat pegawai unit tersebut.</translation>
    </message>
    <message>
        <source>%1, set by %2 on %3.</source>
        <translation>%1, ditetapkan oleh %2 pada %3.</translation>
    </message>
    <message>
        <source>Not set for this unit; it follows %1 of %2 (set by %3 on %4).</source>
        <translation>Belum ditetapkan untuk unit ini; mengikuti %1 dari %2 (ditetapkan oleh %3 pada %4).</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>Belum ditetapkan.</translation>
    </message>
    <message>
        <source>Only a leader above this unit or a pengelola kinerja may set its predikat (Settings › I am…).</source>
        <translation>Hanya pimpinan di atas unit ini atau pengelola kinerja yang dapat menetapkan predikatnya (Pengaturan › Saya adalah…).</translation>
    </message>
    <message>
        <source>Choose one of the five predikat.</source>
        <translation>Pilih salah satu dari lima predikat.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Bundel terakhir diterima</translation>
    </message>
    <message>
        <source>Last bundle sent</source>
        <translation>Bundel terakhir dikirim</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Konflik terbuka</translation>
    </message>
    <message>
        <source>Missing attachments</source>
        <translation>Lampiran belum tiba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bundle %1</source>
        <translation>Bundel %1</translation>
    </message>
    <message>
        <source>Central copy</source>
        <translation>Salinan pusat</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>dicabut %1</translation>
    </message>
    <message>
        <source>no bundle for a long time</source>
        <translation>lama tidak ada bundel</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
</context>
<context>
    <name>PegawaiDialog</name>
    <message>
        <source>Add employee</source>
        <translation>Tambah pegawai</translation>
    </message>
    <message>
        <source>Edit employee</source>
        <translation>Ubah data pegawai</translation>
    </message>
    <message>
        <source>Move employee</source>
        <translation>Pindahkan pegawai</translation>
    </message>
    <message>
        <source>Non-ASN (e.g. a regent)</source>
        <translation>Non-ASN (mis. bupati)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Separate levels with a slash, e.g. Sekretariat/Subbagian Umum. A new unit is created.</source>
        <translation>Pisahkan tingkatan dengan garis miring, mis. Sekretariat/Subbagian Umum. Unit yang belum ada dibuat.</translation>
    </message>
    <message>
        <source>NIP of the direct supervisor</source>
        <translation>NIP atasan langsung (Pejabat Penilai Kinerja)</translation>
    </message>
    <message>
        <source>only when not the supervisor&apos;s supervisor</source>
        <translation>hanya bila bukan atasan dari atasan</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Title &amp;before the name:</source>
        <translation>Gelar &amp;depan:</translation>
    </message>
    <message>
        <source>Title a&amp;fter the name:</source>
        <translation>Gelar &amp;belakang:</translation>
    </message>
    <message>
        <source>ASN t&amp;ype:</source>
        <translation>Jenis &amp;ASN:</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Golongan:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Position &amp;type:</source>
        <translation>Jenis jaba&amp;tan:</translation>
    </message>
    <message>
        <source>Functional &amp;level:</source>
        <translation>Jenjang f&amp;ungsional:</translation>
    </message>
    <message>
        <source>&amp;Work unit:</source>
        <translation>Unit ke&amp;rja:</translation>
    </message>
    <message>
        <source>S&amp;upervisor&apos;s NIP:</source>
        <translation>NIP atasan &amp;langsung:</translation>
    </message>
    <message>
        <source>&amp;Appraiser&apos;s supervisor&apos;s NIP:</source>
        <translation>NIP atasan pen&amp;ilai:</translation>
    </message>
    <message>
        <source>%1 (no NIP; kept unless you type a NIP)</source>
        <translation>%1 (tanpa NIP; tetap kecuali Anda mengetik NIP)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>No employee has this NIP.</source>
        <translation>Tidak ada pegawai dengan NIP ini.</translation>
    </message>
    <message>
        <source>Supervisor: %1, %2</source>
        <translation>Atasan: %1, %2</translation>
    </message>
</context>
<context>
    <name>PegawaiPicker</name>
    <message>
        <source>Choose an employee</source>
        <translation>Pilih pegawai</translation>
    </message>
    <message>
        <source>part of the name or NIP</source>
        <translation>sebagian nama atau NIP</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name or NIP.</source>
        <translation>Hanya %1 pertama yang ditampilkan: ketik lebih banyak dari nama atau NIP.</translation>
    </message>
</context>
<context>
    <name>PegawaiSummaryWidget</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>ASN type</source>
        <translation>Jenis ASN</translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position type</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Direct supervisor (appraiser)</source>
        <translation>Atasan langsung (Pejabat Penilai Kinerja)</translation>
    </message>
    <message>
        <source>Appraiser&apos;s supervisor</source>
        <translation>Atasan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Choose an employee from the list on the left.</source>
        <translation>Pilih pegawai dari daftar di sebelah kiri.</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
</context>
<context>
    <name>PeranHasilModel</name>
    <message>
        <source>Supervisor&apos;s RHK</source>
        <translation>RHK atasan</translation>
    </message>
    <message>
        <source>%1 (NIP %2): double-click a cell to open this employee&apos;s SKP</source>
        <translation>%1 (NIP %2): klik dua kali sebuah sel untuk membuka SKP pegawai ini</translation>
    </message>
    <message>
        <source>%1: RHK intervening none of the supervisor&apos;s RHK</source>
        <translation>%1: RHK yang tidak mengintervensi RHK atasan mana pun</translation>
    </message>
    <message>
        <source>%1, intervening: %2</source>
        <translation>%1, mengintervensi: %2</translation>
    </message>
    <message>
        <source>Not intervening any of these RHK</source>
        <translation>Tidak mengintervensi RHK atasan mana pun</translation>
    </message>
    <message>
        <source>Utama RHK of the subordinates that intervene none of the supervisor&apos;s RHK above (orphans, or linked elsewhere)</source>
        <translation>RHK Utama bawahan yang tidak mengintervensi satu pun RHK atasan di atas (yatim, atau tertaut ke RHK lain)</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Umpan balik page</source>
        <translation>Halaman umpan balik</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Pegawai:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
</context>
<context>
    <name>PlanGridModel</name>
    <message>
        <source>RHK / indicator</source>
        <translation>RHK / indikator</translation>
    </message>
    <message>
        <source>%1: deadline %2</source>
        <translation>%1: batas pengisian %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>%1 bukti</source>
        <translation>%1 bukti</translation>
    </message>
</context>
<context>
    <name>PlanTabWidget</name>
    <message>
        <source>Choose an employee from the list on the left.</source>
        <translation>Pilih pegawai dari daftar di sebelah kiri.</translation>
    </message>
    <message>
        <source>This employee has no SKP for %1 yet: action plans and evidence follow the SKP&apos;s RHK.</source>
        <translation>Pegawai ini belum memiliki SKP tahun %1: rencana aksi dan bukti dukung mengikuti RHK pada SKP.</translation>
    </message>
    <message>
        <source>SKP %1, %2 approach, %3 periods. Drop files on a cell to add them as evidence.</source>
        <translation>SKP %1, pendekatan %2, periode %3. Seret berkas ke sel untuk menambahkannya sebagai bukti dukung.</translation>
    </message>
    <message>
        <source>The SKP has no RHK yet.</source>
        <translation>SKP ini belum memiliki RHK.</translation>
    </message>
    <message>
        <source>%1 file(s) added as evidence to %2.</source>
        <translation>%1 berkas ditambahkan sebagai bukti dukung pada %2.</translation>
    </message>
    <message>
        <source>None of the dropped files was added:
%1</source>
        <translation>Tidak ada berkas yang ditambahkan:
%1</translation>
    </message>
    <message>
        <source>Evidence not added</source>
        <translation>Bukti dukung tidak ditambahkan</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print SKP…</source>
        <translation>&amp;Cetak SKP…</translation>
    </message>
    <message>
        <source>Save the SKP as a PDF or print it</source>
        <translation>Simpan SKP sebagai PDF atau cetak ke printer</translation>
    </message>
    <message>
        <source>Print &amp;all in unit…</source>
        <translation>Cetak &amp;semua di unit…</translation>
    </message>
    <message>
        <source>Print the SKP of every employee of a unit</source>
        <translation>Cetak SKP semua pegawai suatu unit kerja</translation>
    </message>
    <message>
        <source>Choose an employee in the list first; their SKP is printed.</source>
        <translation>Pilih dahulu pegawai di daftar; SKP pegawai itulah yang dicetak.</translation>
    </message>
    <message>
        <source>The selected employee has no SKP to print for this year. Create it on the SKP tab first.</source>
        <translation>Pegawai yang dipilih belum memiliki SKP tahun ini untuk dicetak. Buat dahulu SKP-nya di tab SKP.</translation>
    </message>
    <message>
        <source>SKP saved as %1 (%2 pages, document code %3).</source>
        <translation>SKP disimpan sebagai %1 (%2 halaman, kode dokumen %3).</translation>
    </message>
    <message>
        <source>The SKP was saved as %1, but no program to open PDF files was found.</source>
        <translation>SKP disimpan sebagai %1, tetapi tidak ada program untuk membuka berkas PDF.</translation>
    </message>
    <message>
        <source>The SKP could not be sent to the printer %1: %2
The PDF is kept at %3.</source>
        <translation>SKP tidak dapat dikirim ke printer %1: %2
Berkas PDF-nya tetap ada di %3.</translation>
    </message>
    <message>
        <source>SKP sent to the printer %1 (%2 pages, document code %3).</source>
        <translation>SKP dikirim ke printer %1 (%2 halaman, kode dokumen %3).</translation>
    </message>
    <message>
        <source>Printing SKPs…</source>
        <translation>Mencetak SKP…</translation>
    </message>
    <message>
        <source>Print SKP</source>
        <translation>Cetak SKP</translation>
    </message>
    <message>
        <source>How do you want to print the SKP?</source>
        <translation>Bagaimana SKP ini dicetak?</translation>
    </message>
    <message>
        <source>&amp;Save as PDF and open</source>
        <translation>&amp;Simpan sebagai PDF dan buka</translation>
    </message>
    <message>
        <source>Save as PDF and si&amp;gn digitally…</source>
        <translation>Simpan sebagai PDF dan &amp;tandatangani secara digital…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak ke printer…</translation>
    </message>
    <message>
        <source>Save SKP as PDF</source>
        <translation>Simpan SKP sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the SKP as a PDF instead?</source>
        <translation>Tidak ada printer terpasang di komputer ini. Simpan SKP sebagai PDF saja?</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>no print spooler (lp or lpr) was found</source>
        <translation>layanan antrean cetak sistem (lp atau lpr) tidak ditemukan</translation>
    </message>
    <message>
        <source>Printed: %1 SKP, %2 pages, in one file: %3.</source>
        <translation>Dicetak: %1 SKP, %2 halaman, dalam satu berkas: %3.</translation>
    </message>
    <message>
        <source>Printed: %1 SKP, %2 pages, in the folder %3.</source>
        <translation>Dicetak: %1 SKP, %2 halaman, di folder %3.</translation>
    </message>
    <message>
        <source>%1 SKP not final yet (not approved): every page carries KONSEP.</source>
        <translation>%1 SKP belum final (belum disetujui): setiap halaman bertanda KONSEP.</translation>
    </message>
    <message>
        <source>Without an SKP for the year %1: %2 employees (see the details).</source>
        <translation>Tanpa SKP tahun %1: %2 pegawai (lihat rincian).</translation>
    </message>
    <message>
        <source>Not printed because of an error: %1 (see the details).</source>
        <translation>Tidak tercetak karena kesalahan: %1 (lihat rincian).</translation>
    </message>
    <message>
        <source>Printing was cancelled; the files already finished are kept.</source>
        <translation>Pencetakan dibatalkan; berkas yang sudah selesai tetap disimpan.</translation>
    </message>
    <message>
        <source>Without an SKP for %1:</source>
        <translation>Tanpa SKP tahun %1:</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Tidak tercetak:</translation>
    </message>
    <message>
        <source>Non-ASN officials (they have no SKP):</source>
        <translation>Pejabat Non-ASN (tidak memiliki SKP):</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Assessment by the pejabat penilai</source>
        <translation>Penilaian oleh pejabat penilai</translation>
    </message>
    <message>
        <source>Rating hasil kerja:</source>
        <translation>Rating hasil kerja:</translation>
    </message>
    <message>
        <source>Rating perilaku kerja:</source>
        <translation>Rating perilaku kerja:</translation>
    </message>
    <message>
        <source>Predikat kinerja:</source>
        <translation>Predikat kinerja:</translation>
    </message>
    <message>
        <source>Another predikat…</source>
        <translation>Predikat lain…</translation>
    </message>
    <message>
        <source>Why another predikat (required)</source>
        <translation>Alasan predikat lain (wajib)</translation>
    </message>
    <message>
        <source>Notes/recommendation:</source>
        <translation>Catatan/rekomendasi:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Se&amp;t (tetapkan)…</source>
        <translation>T&amp;etapkan…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Buka &amp;kembali…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>File an objection (keberatan)…</source>
        <translation>Ajukan keberatan…</translation>
    </message>
    <message>
        <source>Decide the objection…</source>
        <translation>Putuskan keberatan…</translation>
    </message>
    <message>
        <source>%1 (the matrix gives %2)</source>
        <translation>%1 (menurut matriks: %2)</translation>
    </message>
    <message>
        <source>— (choose both ratings)</source>
        <translation>— (pilih kedua rating)</translation>
    </message>
    <message>
        <source>From the capaian kinerja organisasi: %1</source>
        <translation>Dari capaian kinerja organisasi: %1</translation>
    </message>
    <message>
        <source>The capaian kinerja organisasi is not set yet: it gives the rating hasil kerja of a JPT who leads the organisation.</source>
        <translation>Capaian kinerja organisasi belum ditetapkan: capaian itu menjadi rating hasil kerja JPT yang memimpin organisasi.</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>Belum dinilai.</translation>
    </message>
    <message>
        <source>Status: Draft</source>
        <translation>Status: Draft</translation>
    </message>
    <message>
        <source>Status: Ditetapkan %1; an objection (keberatan) may be filed until %2</source>
        <translation>Status: Ditetapkan %1; keberatan dapat diajukan sampai %2</translation>
    </message>
    <message>
        <source>Status: Final (since %1)</source>
        <translation>Status: Final (sejak %1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (revisi %2)</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject evidence</source>
        <translation>Tolak bukti dukung</translation>
    </message>
    <message>
        <source>Why is &lt;b&gt;%1&lt;/b&gt; rejected? The pegawai reads this reason and may replace the file.</source>
        <translation>Mengapa &lt;b&gt;%1&lt;/b&gt; ditolak? Pegawai membaca alasan ini dan dapat mengganti berkasnya.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
</context>
<context>
    <name>RhkDialog</name>
    <message>
        <source>Edit RHK</source>
        <translation>Ubah RHK</translation>
    </message>
    <message>
        <source>Add RHK</source>
        <translation>Tambah RHK</translation>
    </message>
    <message>
        <source>A. Main</source>
        <translation>A. Utama</translation>
    </message>
    <message>
        <source>B. Additional</source>
        <translation>B. Tambahan</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>&amp;Leader&apos;s RHK that is intervened</source>
        <translation>RHK &amp;pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>The supervisor has no main RHK in an SKP of this year yet.</source>
        <translation>Atasan belum memiliki RHK utama dalam SKP tahun ini.</translation>
    </message>
    <message>
        <source>&amp;Planned work result</source>
        <translation>&amp;Rencana Hasil Kerja</translation>
    </message>
    <message>
        <source>P&amp;erspective</source>
        <translation>P&amp;erspektif</translation>
    </message>
    <message>
        <source>&amp;Assigned by</source>
        <translation>Pen&amp;ugasan dari</translation>
    </message>
</context>
<context>
    <name>RhkEditor</name>
    <message>
        <source>Work results</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <source>&amp;Add RHK…</source>
        <translation>Tambah RH&amp;K…</translation>
    </message>
    <message>
        <source>Add i&amp;ndicator…</source>
        <translation>Tambah indikat&amp;or…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <source>Add RHK</source>
        <translation>Tambah RHK</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <source>Edit RHK</source>
        <translation>Ubah RHK</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Ubah indikator</translation>
    </message>
    <message>
        <source>Delete RHK</source>
        <translation>Hapus RHK</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Hapus indikator</translation>
    </message>
    <message>
        <source>Move RHK</source>
        <translation>Pindahkan RHK</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Pindahkan indikator</translation>
    </message>
</context>
<context>
    <name>RhkTreeModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Leader&apos;s RHK that is intervened</source>
        <translation>RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Planned work result</source>
        <translation>Rencana Hasil Kerja</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Success measure / individual performance indicator, and target</source>
        <translation>Ukuran keberhasilan/Indikator Kinerja Individu, dan Target</translation>
    </message>
    <message>
        <source>Individual performance indicator</source>
        <translation>Indikator Kinerja Individu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>A. Main</source>
        <translation>A. Utama</translation>
    </message>
    <message>
        <source>B. Additional</source>
        <translation>B. Tambahan</translation>
    </message>
    <message>
        <source>This RHK intervenes none of the supervisor&apos;s RHK although the supervisor&apos;s SKP has some: choose one (Edit…).</source>
        <translation>RHK ini tidak mengintervensi satu pun RHK atasan, padahal SKP atasan memuatnya: pilih salah satu (Ubah…).</translation>
    </message>
    <message>
        <source>Supervisor&apos;s RHK not found</source>
        <translation>RHK atasan tidak ditemukan</translation>
    </message>
    <message>
        <source>The intervened RHK is not in the supervisor&apos;s SKP of this year: choose one of those (Edit…).</source>
        <translation>RHK yang diintervensi tidak ada di SKP atasan tahun ini: pilih salah satu RHK itu (Ubah…).</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(belum dipilih)</translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <source>Scans (PDF, images)</source>
        <translation>Pindaian (PDF, gambar)</translation>
    </message>
    <message>
        <source>Import signed scans</source>
        <translation>Impor pindaian bertanda tangan</translation>
    </message>
    <message>
        <source>Import signed &amp;scans…</source>
        <translation>Impor &amp;pindaian bertanda tangan…</translation>
    </message>
</context>
<context>
    <name>ScanImportDialog</name>
    <message>
        <source>Import signed scans</source>
        <translation>Impor pindaian bertanda tangan</translation>
    </message>
    <message>
        <source>Reading the pages…</source>
        <translation>Membaca halaman…</translation>
    </message>
    <message>
        <source>Scan &amp;date:</source>
        <translation>Tanggal &amp;pindaian:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Reading the scanned pages…</source>
        <translation>Membaca halaman pindaian…</translation>
    </message>
    <message>
        <source>Ready to attach (%1)</source>
        <translation>Siap dilampirkan (%1)</translation>
    </message>
    <message>
        <source>Needs a decision (%1)</source>
        <translation>Perlu keputusan (%1)</translation>
    </message>
    <message>
        <source>Pages not attached (%1)</source>
        <translation>Halaman tidak dilampirkan (%1)</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, halaman %2: %3</translation>
    </message>
    <message>
        <source>%1 page(s) read from %2 file(s). Documents ready are attached; tick a document that needs a decision to attach it anyway.</source>
        <translation>%1 halaman dibaca dari %2 berkas. Dokumen yang siap dilampirkan; centang dokumen yang perlu keputusan untuk tetap melampirkannya.</translation>
    </message>
    <message>
        <source>%1 document(s) attached; %2 left for a decision; %3 page(s) without a readable code.</source>
        <translation>%1 dokumen dilampirkan; %2 menunggu keputusan; %3 halaman tanpa kode yang terbaca.</translation>
    </message>
    <message>
        <source>%1: %2%3, %4 of %5 page(s)</source>
        <translation>%1: %2%3, %4 dari %5 halaman</translation>
    </message>
    <message>
        <source>This code was not printed from this database (not synced yet, or another office&apos;s paper): it cannot be attached.</source>
        <translation>Kode ini tidak tercatat sebagai cetakan di basis data ini (belum disinkronkan, atau kertas kantor lain): tidak dapat dilampirkan.</translation>
    </message>
    <message>
        <source>Missing page(s): %1</source>
        <translation>Halaman hilang: %1</translation>
    </message>
    <message>
        <source>The record changed since printing: %1</source>
        <translation>Catatan berubah sejak dicetak: %1</translation>
    </message>
    <message>
        <source>no readable QR code</source>
        <translation>tidak ada kode QR yang terbaca</translation>
    </message>
    <message>
        <source>two different QR codes on one page</source>
        <translation>dua kode QR berbeda pada satu halaman</translation>
    </message>
    <message>
        <source>the QR code does not match the recorded print</source>
        <translation>kode QR tidak cocok dengan cetakan yang tercatat</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Cari di catatan</translation>
    </message>
    <message>
        <source>Words from dialog notes, agenda, follow-ups, feedback, competency reasons</source>
        <translation>Kata dari catatan dialog, agenda, tindak lanjut, umpan balik, alasan nilai kompetensi</translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n catatan ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Tidak ada yang cocok dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentBox</name>
    <message>
        <source>Self-assessment (advisory)</source>
        <translation>Penilaian diri (sebagai masukan)</translation>
    </message>
    <message>
        <source>My hasil kerja:</source>
        <translation>Hasil kerja saya:</translation>
    </message>
    <message>
        <source>My perilaku kerja:</source>
        <translation>Perilaku kerja saya:</translation>
    </message>
    <message>
        <source>Reflection:</source>
        <translation>Refleksi diri:</translation>
    </message>
    <message>
        <source>Save my self-assessment</source>
        <translation>Simpan penilaian diri</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Ditulis %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>A new language applies after SKP Desk is closed and opened again.</source>
        <translation>Bahasa baru berlaku setelah SKP Desk ditutup lalu dibuka kembali.</translation>
    </message>
</context>
<context>
    <name>SignedScanLabel</name>
    <message>
        <source>Open scan</source>
        <translation>Buka pindaian</translation>
    </message>
    <message>
        <source>Signed, scanned on %1</source>
        <translation>Ditandatangani, pindaian tanggal %1</translation>
    </message>
    <message>
        <source>No program on this computer opens %1.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka %1.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>Tandatangani secara digital</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>e.g. Approving the SKP (optional)</source>
        <translation>mis. Menyetujui SKP (opsional)</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12/.pfx):</source>
        <translation>Berkas &amp;kunci (.p12/.pfx):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Pilih berkas kunci</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Berkas kunci (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SkpCreatePage</name>
    <message>
        <source>Quantitative</source>
        <translation>Kuantitatif</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Kualitatif</translation>
    </message>
    <message>
        <source>&amp;Create SKP</source>
        <translation>Buat &amp;SKP</translation>
    </message>
    <message>
        <source>A new Draft with the RHK, indicators, expectations and attachment of the SKP of the year before</source>
        <translation>Draft baru berisi RHK, indikator, ekspektasi, dan lampiran dari SKP tahun sebelumnya</translation>
    </message>
    <message>
        <source>There is no SKP of %1 to copy; create the SKP instead.</source>
        <translation>Tidak ada SKP tahun %1 untuk disalin; buat SKP baru saja.</translation>
    </message>
    <message>
        <source>the employee has no supervisor</source>
        <translation>pegawai tidak punya atasan</translation>
    </message>
    <message>
        <source>the supervisor has no SKP for %1 yet</source>
        <translation>atasan belum punya SKP tahun %1</translation>
    </message>
    <message>
        <source>the supervisor&apos;s SKP for %1 has no RHK with that text</source>
        <translation>SKP %1 atasan tidak memuat RHK itu</translation>
    </message>
    <message numerus="yes">
        <source>%n copied RHK lost the supervisor&apos;s RHK they intervened; choose it again in each RHK (Edit…):</source>
        <translation>
            <numerusform>%n RHK hasil salinan kehilangan RHK atasan yang diintervensi; pilih lagi pada tiap RHK (Ubah…):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (was: %3; %4)</source>
        <translation>%1 %2 (sebelumnya: %3; %4)</translation>
    </message>
    <message>
        <source>Y&amp;ear</source>
        <translation>Ta&amp;hun</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>P&amp;endekatan</translation>
    </message>
    <message>
        <source>%1 has no SKP for %2 yet.</source>
        <translation>%1 belum memiliki SKP tahun %2.</translation>
    </message>
    <message>
        <source>C&amp;opy from last year (%1)</source>
        <translation>Salin &amp;dari tahun lalu (%1)</translation>
    </message>
</context>
<context>
    <name>SkpFeedback</name>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>Umpa&amp;n balik</translation>
    </message>
    <message>
        <source>Show the feedback on the selected RHK or work behaviour under the table</source>
        <translation>Tampilkan umpan balik untuk RHK atau perilaku kerja yang dipilih di bawah tabel</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>SkpHeaderView</name>
    <message>
        <source>Employee being appraised</source>
        <translation>Pegawai yang Dinilai</translation>
    </message>
    <message>
        <source>Performance appraiser (Pejabat Penilai Kinerja)</source>
        <translation>Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Appraiser&apos;s supervisor (Atasan Pejabat Penilai Kinerja)</source>
        <translation>Atasan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Rank/grade</source>
        <translation>Pangkat/Gol. Ruang</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Kuantitatif</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Kualitatif</translation>
    </message>
    <message>
        <source>A&amp;pproach:</source>
        <translation>P&amp;endekatan:</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>Show or hide the employee, the appraiser and the appraiser&apos;s supervisor in full</source>
        <translation>Tampilkan atau sembunyikan data lengkap pegawai, Pejabat Penilai Kinerja dan Atasan Pejabat Penilai Kinerja</translation>
    </message>
    <message>
        <source>%1 (%2) — appraiser: %3</source>
        <translation>%1 (%2) — penilai: %3</translation>
    </message>
    <message>
        <source>Appraisal period: %1 to %2</source>
        <translation>Periode penilaian: %1 s.d. %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>SkpHistoryPanel</name>
    <message>
        <source>Workflow steps</source>
        <translation>Langkah alur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — alasan: %2</translation>
    </message>
    <message>
        <source>Approved %1. %2</source>
        <translation>Disetujui %1. %2</translation>
    </message>
    <message>
        <source>Changes since the approval of %1:</source>
        <translation>Perubahan sejak disetujui %1:</translation>
    </message>
</context>
<context>
    <name>SkpState</name>
    <message>
        <source>Not yet created</source>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
</context>
<context>
    <name>SkpTabWidget</name>
    <message>
        <source>Year:</source>
        <translation>Tahun:</translation>
    </message>
    <message>
        <source>&amp;New SKP…</source>
        <translation>SKP &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Add RHK</source>
        <translation>Tambah RHK</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>There is a sync conflict in this SKP; what is shown is provisional until it is reviewed.</source>
        <translation>Ada konflik sinkronisasi pada SKP ini; yang ditampilkan bersifat sementara sampai ditinjau.</translation>
    </message>
    <message>
        <source>Rev&amp;iew…</source>
        <translation>T&amp;injau…</translation>
    </message>
    <message>
        <source>Choose an employee from the list on the left.</source>
        <translation>Pilih pegawai dari daftar di sebelah kiri.</translation>
    </message>
    <message>
        <source>&amp;Work results</source>
        <translation>Ha&amp;sil Kerja</translation>
    </message>
    <message>
        <source>Work &amp;behaviour</source>
        <translation>Pe&amp;rilaku Kerja</translation>
    </message>
    <message>
        <source>Atta&amp;chment</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Tidak ada yang dapat diurungkan</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Tidak ada yang dapat diulangi</translation>
    </message>
    <message>
        <source>Change approach</source>
        <translation>Ubah pendekatan</translation>
    </message>
    <message>
        <source>Return to Draft</source>
        <translation>Kembalikan ke Draft</translation>
    </message>
    <message>
        <source>&amp;Note for the employee</source>
        <translation>&amp;Catatan untuk pegawai</translation>
    </message>
    <message>
        <source>Reopen the approved SKP</source>
        <translation>Buka kembali SKP yang telah disetujui</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>SKP %1 of %2 submitted to %3.</source>
        <translation>SKP %1 milik %2 diajukan kepada %3.</translation>
    </message>
    <message>
        <source>SKP %1 of %2 approved.</source>
        <translation>SKP %1 milik %2 disetujui.</translation>
    </message>
    <message>
        <source>SKP %1 of %2 returned to Draft.</source>
        <translation>SKP %1 milik %2 dikembalikan ke Draft.</translation>
    </message>
    <message>
        <source>SKP %1 of %2 reopened as Draft.</source>
        <translation>SKP %1 milik %2 dibuka kembali sebagai Draft.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>S&amp;ynchronisation…</source>
        <translation>Si&amp;nkronisasi…</translation>
    </message>
    <message>
        <source>Exchange bundle files with the central copy or the laptops of the office</source>
        <translation>Bertukar berkas bundel dengan salinan pusat atau laptop kantor</translation>
    </message>
    <message>
        <source>&amp;Needs review</source>
        <translation>Perlu &amp;ditinjau</translation>
    </message>
    <message>
        <source>Sync conflicts waiting for a decision</source>
        <translation>Konflik sinkronisasi yang menunggu keputusan</translation>
    </message>
    <message>
        <source>This database file was copied or restored, so this computer now syncs under a new identity (fingerprint %1). Save its identity file (File › Synchronisation › Identity) and add it again on the central copy and the other laptops.</source>
        <translation>Berkas basis data ini disalin atau dipulihkan, jadi komputer ini sekarang bersinkronisasi dengan identitas baru (sidik kunci %1). Simpan berkas identitasnya (Berkas › Sinkronisasi › Identitas) dan tambahkan lagi di salinan pusat dan laptop lain.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n perlu ditinjau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) wait for a decision: click to review them.</source>
        <translation>
            <numerusform>%n konflik sinkronisasi menunggu keputusan: klik untuk meninjaunya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s identity…</source>
        <translation>Membaca identitas komputer ini…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>Identity and &amp;peers</source>
        <translation>Identitas dan &amp;mitra</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Laptop</translation>
    </message>
    <message>
        <source>the office&apos;s central copy</source>
        <translation>salinan pusat kantor</translation>
    </message>
    <message>
        <source>a laptop</source>
        <translation>laptop</translation>
    </message>
    <message>
        <source>This computer: %1 (%2), fingerprint %3.</source>
        <translation>Komputer ini: %1 (%2), sidik kunci %3.</translation>
    </message>
</context>
<context>
    <name>TeamEvaluationModel</name>
    <message>
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Diganti</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Rating hasil kerja</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Rating perilaku kerja</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Differs from the matrix (%1): %2</source>
        <translation>Berbeda dari matriks (%1): %2</translation>
    </message>
    <message>
        <source>From the organisation&apos;s performance (JPT rule)</source>
        <translation>Dari capaian kinerja organisasi (ketentuan JPT)</translation>
    </message>
</context>
<context>
    <name>TeamEvaluationWindow</name>
    <message>
        <source>Team assessment</source>
        <translation>Penilaian tim</translation>
    </message>
    <message>
        <source>&amp;My team (as pejabat penilai)</source>
        <translation>Tim &amp;saya (sebagai pejabat penilai)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation>Baca ulang (F5)</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Unit &amp;kerja:</translation>
    </message>
    <message>
        <source>Print &amp;distribution…</source>
        <translation>&amp;Cetak distribusi…</translation>
    </message>
    <message>
        <source>Print assessment &amp;forms…</source>
        <translation>Cetak &amp;formulir penilaian…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Double-click an employee (or press Enter) to open their Assessment tab in the main window.</source>
        <translation>Klik dua kali seorang pegawai (atau tekan Enter) untuk membuka tab Penilaian-nya di jendela utama.</translation>
    </message>
    <message>
        <source>Choose who you are (Settings › I am…) to see your team, or choose a unit.</source>
        <translation>Pilih siapa Anda (Pengaturan › Saya adalah…) untuk melihat tim Anda, atau pilih unit kerja.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Pilih unit kerja.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 employees, %4 with a predikat, %5 not rated yet.</source>
        <translation>%1 — %2: %3 pegawai, %4 sudah berpredikat, %5 belum dinilai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capaian kinerja organisasi:&lt;/b&gt; not set for this period (Assessment › Organisation predikat…).</source>
        <translation>&lt;b&gt;Capaian kinerja organisasi:&lt;/b&gt; belum ditetapkan untuk periode ini (Penilaian › Predikat kinerja organisasi…).</translation>
    </message>
    <message>
        <source>; unit %1</source>
        <translation>; unit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Capaian kinerja organisasi: %1&lt;/b&gt; (set by %2 on %3%4)</source>
        <translation>&lt;b&gt;Capaian kinerja organisasi: %1&lt;/b&gt; (ditetapkan oleh %2 pada %3%4)</translation>
    </message>
    <message>
        <source>Without a capaian kinerja organisasi the distribution is not checked.</source>
        <translation>Tanpa capaian kinerja organisasi, distribusi tidak diperiksa.</translation>
    </message>
    <message numerus="yes">
        <source>Distribution check: %n rule(s) not met</source>
        <translation>
            <numerusform>Pemeriksaan distribusi: %n aturan tidak terpenuhi</numerusform>
        </translation>
    </message>
    <message>
        <source>Distribution check: the predikat follow the pattern of a unit rated %1.</source>
        <translation>Pemeriksaan distribusi: predikat pegawai mengikuti pola capaian kinerja organisasi %1.</translation>
    </message>
    <message>
        <source>Print distribution</source>
        <translation>Cetak distribusi</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Sync conflict: review it in Needs review (File › Synchronisation).</source>
        <translation>Konflik sinkronisasi: tinjau di Perlu ditinjau (Berkas › Sinkronisasi).</translation>
    </message>
    <message>
        <source>has a sync conflict</source>
        <translation>ada konflik sinkronisasi</translation>
    </message>
    <message>
        <source>My direct reports</source>
        <translation>Bawahan langsung saya</translation>
    </message>
    <message>
        <source>SKP status</source>
        <translation>Status SKP</translation>
    </message>
    <message>
        <source>No longer active</source>
        <translation>Tidak aktif lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted</source>
        <translation>
            <numerusform>%n diajukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) in this unit and its sub-units</source>
        <translation>
            <numerusform>%n pegawai di unit ini dan sub-unitnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPanelWidget</name>
    <message>
        <source>Search by name or NIP (Ctrl+F)</source>
        <translation>Cari nama atau NIP (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search employees</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>No employee matches the search.</source>
        <translation>Tidak ada pegawai yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <source>Filter by SKP status</source>
        <translation>Saring menurut status SKP</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Tampilkan yang tidak aktif</translation>
    </message>
    <message>
        <source>Also list employees who retired or moved away</source>
        <translation>Tampilkan juga pegawai yang pensiun atau mutasi keluar</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Hasil %1 dari %2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>(confidential)</source>
        <translation>(rahasia)</translation>
    </message>
</context>
<context>
    <name>WaitingKeberatanDialog</name>
    <message>
        <source>Objections waiting for my decision</source>
        <translation>Keberatan menunggu keputusan saya</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>No objection waits for your decision.</source>
        <translation>Tidak ada keberatan yang menunggu keputusan Anda.</translation>
    </message>
    <message>
        <source>Double-click an objection to decide it.</source>
        <translation>Klik dua kali sebuah keberatan untuk memutuskannya.</translation>
    </message>
    <message>
        <source>%1 — %2, filed on %3</source>
        <translation>%1 — %2, diajukan %3</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>SKP Desk — Welcome</source>
        <translation>SKP Desk — Selamat datang</translation>
    </message>
    <message>
        <source>Welcome to SKP Desk</source>
        <translation>Selamat datang di SKP Desk</translation>
    </message>
    <message>
        <source>This database holds no office yet. How do you want to start?</source>
        <translation>Basis data ini belum berisi instansi. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Start a &amp;new office</source>
        <translation>Mulai instansi &amp;baru</translation>
    </message>
    <message>
        <source>Enter the office name and city, and your own data as the supervisor who uses this computer. You add your employees afterwards.</source>
        <translation>Isi nama dan kota instansi, serta data Anda sendiri sebagai pejabat penilai yang memakai komputer ini. Pegawai Anda ditambahkan sesudahnya.</translation>
    </message>
    <message>
        <source>&amp;Import the staff list</source>
        <translation>&amp;Impor daftar pegawai</translation>
    </message>
    <message>
        <source>Create the office, then read your employees from a CSV or Excel (.xlsx) file. A template with the right columns is available.</source>
        <translation>Buat instansi, lalu baca pegawai Anda dari berkas CSV atau Excel (.xlsx). Tersedia templat dengan kolom yang benar.</translation>
    </message>
    <message>
        <source>Open the &amp;demo office</source>
        <translation>Buka instansi &amp;contoh</translation>
    </message>
    <message numerus="yes">
        <source>Fill this database with an example office of %n employee(s) and their SKPs, to try SKP Desk out. For real work, use another database file.</source>
        <translation>
            <numerusform>Isi basis data ini dengan instansi contoh berisi %n pegawai beserta SKP-nya, untuk mencoba SKP Desk. Untuk pekerjaan sungguhan, gunakan berkas basis data lain.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Join the office from its central copy</source>
        <translation>Ber&amp;gabung ke kantor dari salinan pusatnya</translation>
    </message>
    <message>
        <source>For a laptop of an office that already uses SKP Desk: exchange identity files with the central copy and import the full copy it makes for you.</source>
        <translation>Untuk laptop di kantor yang sudah memakai SKP Desk: bertukar berkas identitas dengan salinan pusat, lalu impor salinan lengkap yang dibuatnya untuk Anda.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation>Membuat instansi contoh…</translation>
    </message>
    <message>
        <source>The demo office was not created. %1</source>
        <translation>Instansi contoh tidak dibuat. %1</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <source>S&amp;ubmit</source>
        <translation>A&amp;jukan</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Set&amp;ujui</translation>
    </message>
    <message>
        <source>R&amp;eturn…</source>
        <translation>&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Buka &amp;kembali…</translation>
    </message>
    <message>
        <source>Submit the SKP to the appraiser for approval</source>
        <translation>Ajukan SKP kepada Pejabat Penilai Kinerja untuk disetujui</translation>
    </message>
    <message>
        <source>Approve the SKP; it becomes read-only</source>
        <translation>Setujui SKP; setelah itu SKP hanya dapat dibaca</translation>
    </message>
    <message>
        <source>Return the SKP to Draft with a note for the employee</source>
        <translation>Kembalikan SKP ke Draft dengan catatan untuk pegawai</translation>
    </message>
    <message>
        <source>Reopen the approved SKP as Draft, giving the reason</source>
        <translation>Buka kembali SKP yang telah disetujui sebagai Draft, dengan alasannya</translation>
    </message>
    <message>
        <source>This SKP is approved and can only be read. To change it, reopen it as Draft (Reopen…, with a reason).</source>
        <translation>SKP ini telah disetujui dan hanya dapat dibaca. Untuk mengubahnya, buka kembali sebagai Draft (Buka kembali…, dengan alasan).</translation>
    </message>
    <message>
        <source>This SKP is submitted and can only be read until it is approved or returned to Draft (Return…, with a note).</source>
        <translation>SKP ini telah diajukan dan hanya dapat dibaca sampai disetujui atau dikembalikan ke Draft (Kembalikan…, dengan catatan).</translation>
    </message>
    <message>
        <source>Note of the last return or reopening: %1</source>
        <translation>Catatan pengembalian atau pembukaan kembali terakhir: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message>
        <source>Submit the SKP</source>
        <translation>Ajukan SKP</translation>
    </message>
    <message>
        <source>Approve the SKP</source>
        <translation>Setujui SKP</translation>
    </message>
    <message>
        <source>Return to Draft</source>
        <translation>Kembalikan ke Draft</translation>
    </message>
    <message>
        <source>Reopen the approved SKP</source>
        <translation>Buka kembali SKP yang telah disetujui</translation>
    </message>
    <message>
        <source>&amp;Note for the employee</source>
        <translation>&amp;Catatan untuk pegawai</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>You act as performance administrator on behalf of %1. Give the reason: it is recorded in the journal with your name.</source>
        <translation>Anda bertindak sebagai pengelola kinerja atas nama %1. Tuliskan alasannya: alasan itu dicatat di jurnal bersama nama Anda.</translation>
    </message>
    <message>
        <source>Reason for acting on &amp;behalf</source>
        <translation>Alasan bertindak atas &amp;nama</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>(no appraiser recorded)</source>
        <translation>(pejabat penilai tidak tercatat)</translation>
    </message>
    <message>
        <source>The SKP %2 of %1 is sent to the appraiser, %3, for approval. Until it is approved or returned it can only be read: no RHK, indicator or attachment can be changed.</source>
        <translation>SKP %2 milik %1 dikirim kepada pejabat penilai, %3, untuk disetujui. Sampai disetujui atau dikembalikan, SKP ini hanya dapat dibaca: RHK, indikator dan lampiran tidak dapat diubah.</translation>
    </message>
    <message>
        <source>The SKP %2 of %1 is approved and becomes read-only. Changing it later needs Reopen, with a reason that is kept.</source>
        <translation>SKP %2 milik %1 disetujui dan sesudah itu hanya dapat dibaca. Untuk mengubahnya kelak perlu Buka kembali, dengan alasan yang disimpan.</translation>
    </message>
    <message>
        <source>The SKP %2 of %1 goes back to Draft with your note, so that it can be revised and submitted again.</source>
        <translation>SKP %2 milik %1 kembali menjadi Draft dengan catatan Anda, agar dapat diperbaiki dan diajukan lagi.</translation>
    </message>
    <message>
        <source>The approved SKP %2 of %1 becomes Draft again; the reason is kept on the SKP and in the journal.</source>
        <translation>SKP %2 milik %1 yang telah disetujui menjadi Draft lagi; alasannya disimpan pada SKP dan di jurnal.</translation>
    </message>
</context>
<context>
    <name>gui_app</name>
    <message>
        <source>The program stopped because of an error; its technical report was written to the log file:</source>
        <translation>Program berhenti karena galat; laporan teknisnya ditulis ke berkas log:</translation>
    </message>
    <message>
        <source>The computer may have been switched off or the program stopped by force. The log file may tell more:</source>
        <translation>Mungkin komputer mati atau program dihentikan paksa. Keterangan lebih lanjut mungkin ada di berkas log:</translation>
    </message>
    <message>
        <source>SKP Desk did not close properly the last time (the session started %1). Changes saved before that are kept.</source>
        <translation>SKP Desk tidak ditutup dengan benar pada penggunaan sebelumnya (dimulai %1). Perubahan yang sudah tersimpan sebelum itu tetap ada.</translation>
    </message>
    <message>
        <source>The database was upgraded to the newest schema; the copy from before is %1</source>
        <translation>Basis data diperbarui ke versi skema terbaru; salinan sebelum pembaruan ada di %1</translation>
    </message>
    <message>
        <source>SKP Desk</source>
        <translation>SKP Desk</translation>
    </message>
</context>
<context>
    <name>when_text</name>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>%n minute(s) ago</source>
        <translation>%n menit yang lalu</translation>
    </message>
    <message>
        <source>%n hour(s) ago</source>
        <translation>%n jam yang lalu</translation>
    </message>
    <message>
        <source>%n day(s) ago</source>
        <translation>%n hari yang lalu</translation>
    </message>
</context>
</TS>
