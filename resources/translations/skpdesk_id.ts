<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>One &amp;combined PDF instead of one file per employee</source>
        <translation>Satu PDF &amp;gabungan, bukan satu berkas per pegawai</translation>
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
    <name>IdentityDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Siapa Anda?</translation>
    </message>
    <message>
        <source>Choose yourself from the list: the supervisor who uses SKP Desk on this computer. Your direct reports are then listed first.</source>
        <translation>Pilih diri Anda dari daftar: pejabat penilai yang memakai SKP Desk di komputer ini. Bawahan langsung Anda kemudian ditampilkan paling atas.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
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
        <source>&amp;Switch between list and workspace</source>
        <translation>&amp;Pindah antara daftar dan ruang kerja</translation>
    </message>
    <message>
        <source>&amp;Cascade…</source>
        <translation>&amp;Kaskade…</translation>
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
        <source>About SKP Desk</source>
        <translation>Tentang SKP Desk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SKP Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Performance planning and appraisal of civil servants (PermenPANRB 6/2022) for supervisors, without internet.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SKP Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Perencanaan dan penilaian kinerja pegawai ASN (PermenPANRB 6/2022) untuk Pejabat Penilai Kinerja, tanpa internet.&lt;/p&gt;&lt;p&gt;Basis data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
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
        <source>Add &amp;RHK…</source>
        <translation>Tambah &amp;RHK…</translation>
    </message>
    <message>
        <source>Add &amp;indicator…</source>
        <translation>Tambah &amp;indikator…</translation>
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
        <source>(not chosen)</source>
        <translation>(belum dipilih)</translation>
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
        <translation>&amp;Buat SKP</translation>
    </message>
    <message>
        <source>A new Draft with the RHK, indicators, expectations and attachment of the SKP of the year before</source>
        <translation>Draft baru berisi RHK, indikator, ekspektasi, dan lampiran dari SKP tahun sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>&amp;Pendekatan</translation>
    </message>
    <message>
        <source>%1 has no SKP for %2 yet.</source>
        <translation>%1 belum memiliki SKP tahun %2.</translation>
    </message>
    <message>
        <source>Cop&amp;y from last year (%1)</source>
        <translation>&amp;Salin dari tahun lalu (%1)</translation>
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
        <translation>&amp;Pendekatan:</translation>
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
    <name>SkpTabWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
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
        <source>Choose an employee from the list on the left.</source>
        <translation>Pilih pegawai dari daftar di sebelah kiri.</translation>
    </message>
    <message>
        <source>&amp;Work results</source>
        <translation>&amp;Hasil Kerja</translation>
    </message>
    <message>
        <source>Work &amp;behaviour</source>
        <translation>&amp;Perilaku Kerja</translation>
    </message>
    <message>
        <source>Atta&amp;chment</source>
        <translation>&amp;Lampiran</translation>
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
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>My direct reports</source>
        <translation>Bawahan langsung saya</translation>
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
    <message numerus="yes">
        <source>%n employee(s) found</source>
        <translation>
            <numerusform>%n pegawai ditemukan</numerusform>
        </translation>
    </message>
    <message>
        <source>No employee matches the search.</source>
        <translation>Tidak ada pegawai yang cocok dengan pencarian.</translation>
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
        <source>&amp;Submit</source>
        <translation>&amp;Ajukan</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>&amp;Kembalikan…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Buka kembali…</translation>
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
    <name>fields</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title before the name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Title after the name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>ASN type</source>
        <translation>Jenis ASN</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
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
        <source>Functional position level</source>
        <translation>Jenjang jabatan fungsional</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Supervisor&apos;s NIP</source>
        <translation>NIP atasan</translation>
    </message>
    <message>
        <source>NIP of the appraiser&apos;s supervisor</source>
        <translation>NIP atasan pejabat penilai</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama instansi</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Start of the appraisal period</source>
        <translation>Awal periode penilaian</translation>
    </message>
    <message>
        <source>End of the appraisal period</source>
        <translation>Akhir periode penilaian</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Planned work result (RHK)</source>
        <translation>Rencana hasil kerja (RHK)</translation>
    </message>
    <message>
        <source>RHK type</source>
        <translation>Jenis RHK</translation>
    </message>
    <message>
        <source>Leader&apos;s RHK that is intervened</source>
        <translation>RHK pimpinan yang diintervensi</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektif</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Penugasan dari</translation>
    </message>
    <message>
        <source>Individual performance indicator</source>
        <translation>Indikator kinerja individu</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspek</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Target unit</source>
        <translation>Satuan target</translation>
    </message>
    <message>
        <source>Work behaviour</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <source>Behaviour guide</source>
        <translation>Panduan perilaku</translation>
    </message>
    <message>
        <source>Behaviour guide 1</source>
        <translation>Panduan perilaku 1</translation>
    </message>
    <message>
        <source>Behaviour guide 2</source>
        <translation>Panduan perilaku 2</translation>
    </message>
    <message>
        <source>Behaviour guide 3</source>
        <translation>Panduan perilaku 3</translation>
    </message>
    <message>
        <source>Leader&apos;s specific expectation</source>
        <translation>Ekspektasi khusus pimpinan</translation>
    </message>
    <message>
        <source>Attachment item</source>
        <translation>Butir lampiran</translation>
    </message>
    <message>
        <source>Attachment section</source>
        <translation>Bagian lampiran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Baris judul</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Jumlah entri</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Jumlah pegawai</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Setting value</source>
        <translation>Nilai pengaturan</translation>
    </message>
    <message>
        <source>Document code</source>
        <translation>Kode dokumen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
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
    <name>message_labels</name>
    <message>
        <source>it is not UTF-8 text (save it again as &quot;CSV UTF-8&quot;)</source>
        <translation>bukan teks UTF-8 (simpan ulang sebagai &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>its content is damaged or not in the expected format</source>
        <translation>isinya rusak atau bukan format yang diharapkan</translation>
    </message>
    <message>
        <source>the operating system refused to open it</source>
        <translation>sistem operasi menolak membukanya</translation>
    </message>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>diajukan</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>dikembalikan</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>dibuka kembali</translation>
    </message>
    <message>
        <source>there is no main RHK (RHK Utama) yet</source>
        <translation>belum ada RHK Utama</translation>
    </message>
    <message>
        <source>RHK {rhk} has no indicator yet</source>
        <translation>RHK {rhk} belum memiliki indikator</translation>
    </message>
    <message>
        <source>indicator {indicator} of RHK {rhk} has no target yet</source>
        <translation>indikator {indicator} pada RHK {rhk} belum memiliki target</translation>
    </message>
    <message>
        <source>indicator {indicator} of RHK {rhk} has no aspect yet</source>
        <translation>indikator {indicator} pada RHK {rhk} belum memiliki aspek</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} wajib diisi.</translation>
    </message>
    <message>
        <source>{field} may contain digits only (entered &quot;{value}&quot;).</source>
        <translation>{field} hanya boleh berisi angka (tertulis &quot;{value}&quot;).</translation>
    </message>
    <message>
        <source>{field} may contain digits only.</source>
        <translation>{field} hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>{field} may contain only letters and digits, without spaces or punctuation (entered &quot;{value}&quot;).</source>
        <translation>{field} hanya boleh berisi huruf dan angka tanpa spasi atau tanda baca (tertulis &quot;{value}&quot;).</translation>
    </message>
    <message>
        <source>{field} must have 18 digits ({length} entered).</source>
        <translation>{field} harus 18 digit (terisi {length} digit).</translation>
    </message>
    <message>
        <source>{field} must have 18 digits.</source>
        <translation>{field} harus 18 digit.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the first 8 digits ({birth}) must be a real date of birth (YYYYMMDD).</source>
        <translation>{field} {value} tidak valid: 8 digit pertama ({birth}) harus tanggal lahir yang benar (TTTTBBHH).</translation>
    </message>
    <message>
        <source>{field} is not valid: the first 8 digits must be a real date of birth (YYYYMMDD).</source>
        <translation>{field} tidak valid: 8 digit pertama harus tanggal lahir yang benar (TTTTBBHH).</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the appointment (TMT) part ({tmt}) is not a real year and month.</source>
        <translation>{field} {value} tidak valid: bagian TMT pengangkatan ({tmt}) bukan tahun/bulan yang benar.</translation>
    </message>
    <message>
        <source>{field} is not valid: the appointment (TMT) part is not a real year and month.</source>
        <translation>{field} tidak valid: bagian TMT pengangkatan bukan tahun/bulan yang benar.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the appointment (TMT, {tmt}) cannot be before the date of birth ({birth}).</source>
        <translation>{field} {value} tidak valid: TMT pengangkatan ({tmt}) tidak boleh sebelum tanggal lahir ({birth}).</translation>
    </message>
    <message>
        <source>{field} is not valid: the appointment (TMT) cannot be before the date of birth.</source>
        <translation>{field} tidak valid: TMT pengangkatan tidak boleh sebelum tanggal lahir.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: digit 15 (sex) must be 1 or 2, not {digit}.</source>
        <translation>{field} {value} tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2, bukan {digit}.</translation>
    </message>
    <message>
        <source>{field} is not valid: digit 15 (sex) must be 1 or 2.</source>
        <translation>{field} tidak valid: digit ke-15 (jenis kelamin) harus 1 atau 2.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the sequence number (last 3 digits) cannot be {sequence}.</source>
        <translation>{field} {value} tidak valid: nomor urut (3 digit terakhir) tidak boleh {sequence}.</translation>
    </message>
    <message>
        <source>{field} is not valid: the sequence number (last 3 digits) cannot be 000.</source>
        <translation>{field} tidak valid: nomor urut (3 digit terakhir) tidak boleh 000.</translation>
    </message>
    <message>
        <source>{field} {value} is not a PPPK number: digit 13 must be 2 (entered {digit}).</source>
        <translation>{field} {value} bukan NI PPPK: digit ke-13 harus 2 (tertulis {digit}).</translation>
    </message>
    <message>
        <source>{field} is not a PPPK number: digit 13 must be 2.</source>
        <translation>{field} bukan NI PPPK: digit ke-13 harus 2.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: digit 14 (PPPK intake) cannot be {digit}.</source>
        <translation>{field} {value} tidak valid: digit ke-14 (angkatan PPPK) tidak boleh {digit}.</translation>
    </message>
    <message>
        <source>{field} is not valid: digit 14 (PPPK intake) cannot be 0.</source>
        <translation>{field} tidak valid: digit ke-14 (angkatan PPPK) tidak boleh 0.</translation>
    </message>
    <message>
        <source>{field} {value} is a {found} number, but this employee is {expected}.</source>
        <translation>{field} {value} adalah nomor {found}, padahal jenis ASN pegawai ini {expected}.</translation>
    </message>
    <message>
        <source>{field} does not match the employee&apos;s ASN type (PNS or PPPK).</source>
        <translation>{field} tidak sesuai dengan jenis ASN pegawai (PNS atau PPPK).</translation>
    </message>
    <message>
        <source>{field} {value} is already used by {name}.</source>
        <translation>{field} {value} sudah dipakai oleh {name}.</translation>
    </message>
    <message>
        <source>{field} is already used by another employee.</source>
        <translation>{field} sudah dipakai oleh pegawai lain.</translation>
    </message>
    <message>
        <source>{field} {value} appears {times} times in the file (rows {rows}).</source>
        <translation>{field} {value} muncul {times} kali di berkas (baris {rows}).</translation>
    </message>
    <message>
        <source>{field} {value} appears more than once in the file (rows {rows}).</source>
        <translation>{field} {value} muncul lebih dari sekali di berkas (baris {rows}).</translation>
    </message>
    <message>
        <source>There are {count} employees without a NIP named {value}; it is not clear which one is meant.</source>
        <translation>Ada {count} pegawai tanpa NIP bernama {value}; tidak jelas yang dimaksud.</translation>
    </message>
    <message>
        <source>{field} must be left empty for this employee (&quot;{value}&quot;).</source>
        <translation>{field} tidak boleh diisi untuk pegawai ini (&quot;{value}&quot;).</translation>
    </message>
    <message>
        <source>{field} must be left empty for this employee.</source>
        <translation>{field} tidak boleh diisi untuk pegawai ini.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not known; valid choices: {allowed}.</source>
        <translation>{field} &quot;{value}&quot; tidak dikenal; pilihan yang sah: {allowed}.</translation>
    </message>
    <message>
        <source>{field} holds a choice that is not known.</source>
        <translation>{field} berisi pilihan yang tidak dikenal.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is only filled in for functional positions; leave it empty for other position types.</source>
        <translation>{field} &quot;{value}&quot; hanya diisi untuk jabatan fungsional; kosongkan untuk jenis jabatan lain.</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters ({length} entered).</source>
        <translation>{field} terlalu panjang: paling banyak {max} karakter (terisi {length}).</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field} terlalu panjang.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not a valid date (format YYYY-MM-DD, e.g. 2025-01-31).</source>
        <translation>{field} &quot;{value}&quot; bukan tanggal yang benar (format TTTT-BB-HH, mis. 2025-01-31).</translation>
    </message>
    <message>
        <source>{field} is not a valid date (format YYYY-MM-DD).</source>
        <translation>{field} bukan tanggal yang benar (format TTTT-BB-HH).</translation>
    </message>
    <message>
        <source>{field} must be a number (entered &quot;{value}&quot;).</source>
        <translation>{field} harus berupa angka (tertulis &quot;{value}&quot;).</translation>
    </message>
    <message>
        <source>{field} must be a valid number.</source>
        <translation>{field} harus berupa angka yang sah.</translation>
    </message>
    <message>
        <source>{field} must be a number from {min} to {max} (entered &quot;{value}&quot;).</source>
        <translation>{field} harus angka dari {min} sampai {max} (tertulis &quot;{value}&quot;).</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not known for {asn_type}; valid examples: III/a for PNS, IX for PPPK.</source>
        <translation>{field} &quot;{value}&quot; tidak dikenal untuk {asn_type}; contoh yang sah: III/a untuk PNS, IX untuk PPPK.</translation>
    </message>
    <message>
        <source>{field} is not known; valid examples: III/a for PNS, IX for PPPK.</source>
        <translation>{field} tidak dikenal; contoh yang sah: III/a untuk PNS, IX untuk PPPK.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; does not apply to {asn_type}.</source>
        <translation>{field} &quot;{value}&quot; tidak berlaku untuk {asn_type}.</translation>
    </message>
    <message>
        <source>{field} does not apply to this employee&apos;s ASN type.</source>
        <translation>{field} tidak berlaku untuk jenis ASN pegawai ini.</translation>
    </message>
    <message>
        <source>{field} must be left empty for non-ASN (entered &quot;{value}&quot;).</source>
        <translation>{field} harus dikosongkan untuk Non-ASN (tertulis &quot;{value}&quot;).</translation>
    </message>
    <message>
        <source>{field} is not known.</source>
        <translation>{field} tidak dikenal.</translation>
    </message>
    <message>
        <source>The office has already been created in this database; it is set up only once per database.</source>
        <translation>Instansi sudah dibuat di basis data ini; init hanya dijalankan sekali per basis data.</translation>
    </message>
    <message>
        <source>The office has already been created in this database.</source>
        <translation>Instansi sudah dibuat di basis data ini.</translation>
    </message>
    <message>
        <source>No office has been created yet in database {path}.</source>
        <translation>Instansi belum dibuat di basis data {path}.</translation>
    </message>
    <message>
        <source>No office has been created yet in this database.</source>
        <translation>Instansi belum dibuat di basis data ini.</translation>
    </message>
    <message>
        <source>Database {path} does not exist yet.</source>
        <translation>Basis data {path} belum ada.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; was not found.</source>
        <translation>{field} &quot;{value}&quot; tidak ditemukan.</translation>
    </message>
    <message>
        <source>{field} was not found.</source>
        <translation>{field} tidak ditemukan.</translation>
    </message>
    <message>
        <source>No employee with {field} {value} was found.</source>
        <translation>Pegawai dengan {field} {value} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The employee was not found.</source>
        <translation>Pegawai tidak ditemukan.</translation>
    </message>
    <message>
        <source>{field} {value} is not in the list of employees.</source>
        <translation>{field} {value} tidak ditemukan di daftar pegawai.</translation>
    </message>
    <message>
        <source>{field} is not in the list of employees.</source>
        <translation>{field} tidak ditemukan di daftar pegawai.</translation>
    </message>
    <message>
        <source>{field} cannot be the employee&apos;s own NIP.</source>
        <translation>{field} tidak boleh NIP pegawai itu sendiri.</translation>
    </message>
    <message>
        <source>{field}: this supervisor makes the chain of supervisors go round in a circle (an employee would supervise their own supervisor).</source>
        <translation>{field}: atasan ini membuat rantai atasan berputar (pegawai menjadi atasan dari atasannya sendiri).</translation>
    </message>
    <message>
        <source>{field}: this supervisor makes the chain of supervisors go round in a circle.</source>
        <translation>{field}: atasan ini membuat rantai atasan berputar.</translation>
    </message>
    <message>
        <source>{field} {value} makes the chain of supervisors go round in a circle: {cycle}.</source>
        <translation>{field} {value} membuat rantai atasan berputar: {cycle}.</translation>
    </message>
    <message>
        <source>SKP not found ({value}).</source>
        <translation>SKP tidak ditemukan ({value}).</translation>
    </message>
    <message>
        <source>SKP not found.</source>
        <translation>SKP tidak ditemukan.</translation>
    </message>
    <message>
        <source>This employee has no SKP for {value} yet.</source>
        <translation>SKP tahun {value} belum ada untuk pegawai ini.</translation>
    </message>
    <message>
        <source>This employee already has an SKP for {year} (period {start} to {end}) whose period overlaps.</source>
        <translation>Pegawai ini sudah memiliki SKP tahun {year} (periode {start} s.d. {end}) yang periodenya bertumpang tindih.</translation>
    </message>
    <message>
        <source>This employee already has an SKP whose period overlaps.</source>
        <translation>Pegawai ini sudah memiliki SKP dengan periode yang bertumpang tindih.</translation>
    </message>
    <message>
        <source>{name} is not an ASN (non-ASN), so no SKP is made for them.</source>
        <translation>{name} bukan ASN (Non-ASN), sehingga tidak dibuatkan SKP.</translation>
    </message>
    <message>
        <source>No SKP is made for non-ASN employees.</source>
        <translation>Pegawai Non-ASN tidak dibuatkan SKP.</translation>
    </message>
    <message>
        <source>The appraisal period {start} to {end} is not valid: the start must come before the end and both must lie in {year}.</source>
        <translation>Periode penilaian {start} s.d. {end} tidak sah: awal harus sebelum akhir dan keduanya di dalam tahun {year}.</translation>
    </message>
    <message>
        <source>The appraisal period is not valid: the start must come before the end and both must lie in the SKP year.</source>
        <translation>Periode penilaian tidak sah: awal harus sebelum akhir dan keduanya di tahun SKP.</translation>
    </message>
    <message>
        <source>An SKP with status {status} cannot be changed; return it or reopen it as Draft first.</source>
        <translation>SKP berstatus {status} tidak dapat diubah; kembalikan atau buka kembali menjadi Draft terlebih dahulu.</translation>
    </message>
    <message>
        <source>This SKP cannot be changed because it is not a Draft.</source>
        <translation>SKP ini tidak dapat diubah karena bukan Draft.</translation>
    </message>
    <message>
        <source>An SKP with status {status} cannot be {action}; only an SKP with status {source} can be {action}.</source>
        <translation>SKP berstatus {status} tidak dapat {action}; hanya SKP berstatus {source} yang dapat {action}.</translation>
    </message>
    <message>
        <source>This change of the SKP status is not allowed.</source>
        <translation>Perubahan status SKP ini tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>{field} is required when an SKP is {action} (the reason is recorded on the SKP and in the journal).</source>
        <translation>{field} wajib diisi saat SKP {action} (alasan dicatat pada SKP dan jurnal).</translation>
    </message>
    <message>
        <source>{field} is required for this change of status.</source>
        <translation>{field} wajib diisi untuk perubahan status ini.</translation>
    </message>
    <message>
        <source>The SKP is not complete, so it cannot be submitted yet: {problems}.</source>
        <translation>SKP belum lengkap sehingga belum dapat diajukan: {problems}.</translation>
    </message>
    <message>
        <source>The SKP is not complete, so it cannot be submitted yet.</source>
        <translation>SKP belum lengkap sehingga belum dapat diajukan.</translation>
    </message>
    <message>
        <source>There is no SKP for {year} to copy.</source>
        <translation>Tidak ada SKP tahun {year} untuk disalin.</translation>
    </message>
    <message>
        <source>There is no SKP of a previous year to copy.</source>
        <translation>Tidak ada SKP tahun sebelumnya untuk disalin.</translation>
    </message>
    <message>
        <source>{field} was not found ({value}).</source>
        <translation>{field} tidak ditemukan ({value}).</translation>
    </message>
    <message>
        <source>RHK not found.</source>
        <translation>RHK tidak ditemukan.</translation>
    </message>
    <message>
        <source>This RHK is still intervened by {count} RHK of subordinates; remove those links first.</source>
        <translation>RHK ini masih diintervensi oleh {count} RHK bawahan; lepaskan tautan itu terlebih dahulu.</translation>
    </message>
    <message>
        <source>This RHK is still intervened by RHK of subordinates.</source>
        <translation>RHK ini masih diintervensi oleh RHK bawahan.</translation>
    </message>
    <message>
        <source>{field} must be a main RHK (RHK Utama) of the direct supervisor&apos;s SKP of the same year.</source>
        <translation>{field} harus RHK Utama dari SKP atasan langsung pada tahun yang sama.</translation>
    </message>
    <message>
        <source>An additional RHK (RHK Tambahan) does not intervene a leader&apos;s RHK; leave {field} empty.</source>
        <translation>RHK Tambahan tidak mengintervensi RHK pimpinan; kosongkan {field}.</translation>
    </message>
    <message>
        <source>An additional RHK (RHK Tambahan) does not intervene a leader&apos;s RHK.</source>
        <translation>RHK Tambahan tidak mengintervensi RHK pimpinan.</translation>
    </message>
    <message>
        <source>{field} is only filled in on the SKP of a senior executive (JPT).</source>
        <translation>{field} hanya diisi pada SKP Jabatan Pimpinan Tinggi (JPT).</translation>
    </message>
    <message>
        <source>Indicator not found.</source>
        <translation>Indikator tidak ditemukan.</translation>
    </message>
    <message>
        <source>{field} must be chosen (Quantity, Quality, Time or Cost) on a quantitative JA/JF SKP.</source>
        <translation>{field} wajib dipilih (Kuantitas, Kualitas, Waktu atau Biaya) pada SKP JA/JF kuantitatif.</translation>
    </message>
    <message>
        <source>{field} must be chosen on a quantitative JA/JF SKP.</source>
        <translation>{field} wajib dipilih pada SKP JA/JF kuantitatif.</translation>
    </message>
    <message>
        <source>{field} is only filled in on a quantitative JA/JF SKP; this SKP is {form} {approach}.</source>
        <translation>{field} hanya diisi pada SKP JA/JF kuantitatif; SKP ini {form} {approach}.</translation>
    </message>
    <message>
        <source>{field} is only filled in on a quantitative JA/JF SKP.</source>
        <translation>{field} hanya diisi pada SKP JA/JF kuantitatif.</translation>
    </message>
    <message>
        <source>Attachment item not found.</source>
        <translation>Butir lampiran tidak ditemukan.</translation>
    </message>
    <message>
        <source>{field} (core value) was not found ({value}).</source>
        <translation>{field} (core value) tidak ditemukan ({value}).</translation>
    </message>
    <message>
        <source>Work behaviour (core value) not found.</source>
        <translation>Perilaku kerja (core value) tidak ditemukan.</translation>
    </message>
    <message>
        <source>{field} {value} is not known: this database holds no printed SKP with this code.</source>
        <translation>{field} {value} tidak dikenal: tidak ada cetakan SKP dengan kode ini di basis data ini.</translation>
    </message>
    <message>
        <source>{field} is not known: this database holds no printed SKP with this code.</source>
        <translation>{field} tidak dikenal: tidak ada cetakan SKP dengan kode ini di basis data ini.</translation>
    </message>
    <message>
        <source>{field} &quot;{value}&quot; is not an SKP Desk document code (it looks like SKP-XXXXX-XXXXX and is printed in the footer of every page).</source>
        <translation>{field} &quot;{value}&quot; bukan kode dokumen SKP Desk (bentuknya SKP-XXXXX-XXXXX, tertera di kaki setiap halaman cetakan).</translation>
    </message>
    <message>
        <source>The staff file was refused: {count} problems found; nothing was saved.</source>
        <translation>Berkas pegawai ditolak: {count} masalah ditemukan; tidak ada data yang disimpan.</translation>
    </message>
    <message>
        <source>The staff file was refused; nothing was saved.</source>
        <translation>Berkas pegawai ditolak; tidak ada data yang disimpan.</translation>
    </message>
    <message>
        <source>{field} {path} was not found.</source>
        <translation>{field} {path} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The file format &quot;{value}&quot; is not supported; use a {allowed} file.</source>
        <translation>Format berkas &quot;{value}&quot; tidak didukung; gunakan berkas {allowed}.</translation>
    </message>
    <message>
        <source>The file format is not supported; use an .xlsx or .csv file.</source>
        <translation>Format berkas tidak didukung; gunakan berkas .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>{field} {path} cannot be read: {reason}.</source>
        <translation>{field} {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>{field} cannot be read.</source>
        <translation>{field} tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>{field} {path} cannot be written ({detail}); check that the folder exists and that no other program has the file open.</source>
        <translation>{field} {path} tidak dapat ditulis ({detail}); periksa apakah folder ada dan berkas tidak sedang dibuka aplikasi lain.</translation>
    </message>
    <message>
        <source>{field} cannot be written; check that the folder exists and that no other program has the file open.</source>
        <translation>{field} tidak dapat ditulis; periksa apakah folder ada dan berkas tidak sedang dibuka aplikasi lain.</translation>
    </message>
    <message>
        <source>Required columns are missing from the file&apos;s header row: {missing}.</source>
        <translation>Kolom wajib tidak ada di baris judul berkas: {missing}.</translation>
    </message>
    <message>
        <source>Some required columns are missing from the file&apos;s header row (row 1).</source>
        <translation>Ada kolom wajib yang tidak ada di baris judul berkas (baris 1).</translation>
    </message>
    <message>
        <source>Database {path} was made by a newer version of SKP Desk (schema {revision}); update this program before opening it.</source>
        <translation>Basis data {path} dibuat oleh versi SKP Desk yang lebih baru (skema {revision}); perbarui aplikasi ini sebelum membukanya.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of SKP Desk; update this program.</source>
        <translation>Basis data ini dibuat oleh versi SKP Desk yang lebih baru; perbarui aplikasi ini.</translation>
    </message>
    <message>
        <source>File {path} is not a readable SKP Desk database (SQLite).</source>
        <translation>Berkas {path} bukan basis data SKP Desk (SQLite) yang dapat dibaca.</translation>
    </message>
    <message>
        <source>This file is not a readable SKP Desk database (SQLite).</source>
        <translation>Berkas ini bukan basis data SKP Desk (SQLite) yang dapat dibaca.</translation>
    </message>
    <message>
        <source>Demo data is only created in an empty database, and this database already holds data; choose a new file.</source>
        <translation>Data contoh hanya dibuat pada basis data kosong, sedangkan basis data ini sudah berisi data; gunakan --db dengan berkas baru.</translation>
    </message>
    <message>
        <source>Demo data is only created in an empty database; choose a new file.</source>
        <translation>Data contoh hanya dibuat pada basis data kosong; gunakan --db dengan berkas baru.</translation>
    </message>
    <message>
        <source>File {path} is not an SKP Desk database (it is another program&apos;s SQLite file); the file was not changed.</source>
        <translation>Berkas {path} bukan basis data SKP Desk (berkas SQLite milik aplikasi lain); berkas tidak diubah.</translation>
    </message>
    <message>
        <source>This file is not an SKP Desk database; the file was not changed.</source>
        <translation>Berkas ini bukan basis data SKP Desk; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>File {path} is empty and holds no SKP Desk database; the file was not changed.</source>
        <translation>Berkas {path} kosong, belum berisi basis data SKP Desk; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>File {path} is not an SKP Desk database: it is not SQLite (another kind of file, or its beginning is damaged); the file was not changed.</source>
        <translation>Berkas {path} bukan basis data SKP Desk: isinya bukan SQLite (berkas jenis lain, atau bagian awalnya rusak); berkas tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is a folder, not an SKP Desk database file.</source>
        <translation>{path} adalah folder, bukan berkas basis data SKP Desk.</translation>
    </message>
    <message>
        <source>File {path} cannot be read ({detail}).</source>
        <translation>Berkas {path} tidak dapat dibaca ({detail}).</translation>
    </message>
    <message>
        <source>Database {path} is damaged: its beginning or its list of tables cannot be read; the file was not changed. Restore it from a backup copy (for example in the backups folder beside it).</source>
        <translation>Basis data {path} rusak: bagian awal atau daftar tabelnya tidak dapat dibaca; berkas tidak diubah. Pulihkan dari salinan cadangan (mis. di folder backups di sebelahnya).</translation>
    </message>
    <message>
        <source>This database is damaged; the file was not changed. Restore it from a backup copy.</source>
        <translation>Basis data ini rusak; berkas tidak diubah. Pulihkan dari salinan cadangan.</translation>
    </message>
    <message>
        <source>Database {path} is damaged ({detail}); nothing was changed. Run &quot;skpdesk check&quot; for details and restore it from a backup copy (for example in the backups folder beside it).</source>
        <translation>Basis data {path} rusak ({detail}); tidak ada yang diubah. Jalankan &quot;skpdesk check&quot; untuk rinciannya dan pulihkan dari salinan cadangan (mis. di folder backups di sebelahnya).</translation>
    </message>
    <message>
        <source>Database {path} is locked by another process (not SKP Desk, for example another program that has the file open); nothing was changed. Close that program or wait, then try again.</source>
        <translation>Basis data {path} sedang dikunci oleh proses lain (bukan SKP Desk, mis. aplikasi lain yang membuka berkas ini); tidak ada yang diubah. Tutup aplikasi itu atau tunggu, lalu ulangi.</translation>
    </message>
    <message>
        <source>The database is locked by another process; nothing was changed. Wait, then try again.</source>
        <translation>Basis data sedang dikunci oleh proses lain; tidak ada yang diubah. Tunggu, lalu ulangi.</translation>
    </message>
    <message>
        <source>Database {path} is being written by {actor} (process {pid} on computer {host}) since {since}; nothing was changed. Wait until it finishes, then try again.</source>
        <translation>Basis data {path} sedang dipakai untuk menulis oleh {actor} (proses {pid} di komputer {host}) sejak {since}; tidak ada yang diubah. Tunggu sampai selesai, lalu ulangi.</translation>
    </message>
    <message>
        <source>The disk is full: {path} cannot be written; nothing was changed. Free some disk space, then try again.</source>
        <translation>Disk penuh: {path} tidak dapat ditulis; tidak ada yang diubah. Kosongkan ruang disk, lalu ulangi.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some disk space, then try again.</source>
        <translation>Disk penuh; tidak ada yang diubah. Kosongkan ruang disk, lalu ulangi.</translation>
    </message>
    <message>
        <source>Folder {path} cannot be written ({detail}); nothing was changed. Check the folder&apos;s permissions or choose another database location.</source>
        <translation>Folder {path} tidak dapat ditulisi ({detail}); tidak ada yang diubah. Periksa izin folder atau pilih lokasi basis data lain.</translation>
    </message>
    <message>
        <source>The database folder cannot be written; nothing was changed. Check the folder&apos;s permissions or choose another location.</source>
        <translation>Folder basis data tidak dapat ditulisi; tidak ada yang diubah. Periksa izin folder atau pilih lokasi lain.</translation>
    </message>
    <message>
        <source>The disk failed to read or write {path} (disk full, medium removed, or a damaged disk); nothing was changed. Check the free space and the disk, then try again.</source>
        <translation>Disk gagal membaca atau menulis {path} (disk penuh, media dicabut, atau disk rusak); tidak ada yang diubah. Periksa ruang kosong dan disknya, lalu ulangi.</translation>
    </message>
    <message>
        <source>The disk failed to read or write the database (disk full, medium removed, or a damaged disk); nothing was changed. Check the free space and the disk, then try again.</source>
        <translation>Disk gagal membaca atau menulis basis data (disk penuh, media dicabut, atau disk rusak); tidak ada yang diubah. Periksa ruang kosong dan disknya, lalu ulangi.</translation>
    </message>
    <message>
        <source>The backup copy before the schema upgrade cannot be made in {path} ({detail}); the database was not upgraded and not changed. Free some disk space or check the folder&apos;s permissions, then open it again.</source>
        <translation>Salinan cadangan sebelum pembaruan skema tidak dapat dibuat di {path} ({detail}); basis data tidak diperbarui dan tidak diubah. Kosongkan ruang disk atau periksa izin folder, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The backup copy before the schema upgrade cannot be made; the database was not upgraded and not changed.</source>
        <translation>Salinan cadangan sebelum pembaruan skema tidak dapat dibuat; basis data tidak diperbarui dan tidak diubah.</translation>
    </message>
    <message>
        <source>The data of pegawai {name} was changed elsewhere since it was opened; this change was not saved. Reload the data, then make the change again.</source>
        <translation>Data pegawai {name} telah diubah di tempat lain sejak dibuka; perubahan ini tidak disimpan. Muat ulang datanya, lalu ulangi perubahan.</translation>
    </message>
    <message>
        <source>This data was changed elsewhere since it was opened; this change was not saved. Reload, then try again.</source>
        <translation>Data ini telah diubah di tempat lain sejak dibuka; perubahan ini tidak disimpan. Muat ulang, lalu ulangi.</translation>
    </message>
    <message>
        <source>The data of pegawai {name} was changed by {actor} since it was opened; this change was not saved. Reload the data, then make the change again.</source>
        <translation>Data pegawai {name} telah diubah oleh {actor} sejak dibuka; perubahan ini tidak disimpan. Muat ulang datanya, lalu ulangi perubahan.</translation>
    </message>
    <message>
        <source>Database {path} can only be read (the file, its folder or its medium cannot be written), so changes cannot be saved; nothing was changed. Check the file&apos;s permissions or copy the database to a writable folder.</source>
        <translation>Basis data {path} hanya dapat dibaca (berkas, folder atau medianya tidak dapat ditulis), sehingga perubahan tidak dapat disimpan; tidak ada yang diubah. Periksa izin berkas atau salin basis data ke folder yang dapat ditulis.</translation>
    </message>
    <message>
        <source>The database can only be read, so changes cannot be saved; nothing was changed.</source>
        <translation>Basis data hanya dapat dibaca, sehingga perubahan tidak dapat disimpan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Database {path} can only be read (the file, its folder or its medium cannot be written), so the printed document codes cannot be recorded; no PDF was made. Check the file&apos;s permissions or copy the database to a writable folder.</source>
        <translation>Basis data {path} hanya dapat dibaca (berkas, folder atau medianya tidak dapat ditulis), sehingga kode dokumen cetakan tidak dapat dicatat; tidak ada PDF yang dibuat. Periksa izin berkas atau salin basis data ke folder yang dapat ditulis.</translation>
    </message>
    <message>
        <source>The logo file {value} is too large: {size_kb} KB, at most {max_kb} KB.</source>
        <translation>Berkas logo {value} terlalu besar: {size_kb} KB, paling besar {max_kb} KB.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most 2 MB.</source>
        <translation>Berkas logo terlalu besar: paling besar 2 MB.</translation>
    </message>
    <message>
        <source>The logo image {value} is {width}×{height} pixels; at most {max_side}×{max_side} pixels (the logo is printed small, 1000 pixels are enough).</source>
        <translation>Gambar logo {value} berukuran {width}×{height} piksel; paling besar {max_side}×{max_side} piksel (logo dicetak kecil, 1000 piksel sudah cukup).</translation>
    </message>
    <message>
        <source>The logo image has too many pixels.</source>
        <translation>Gambar logo terlalu besar ukurannya dalam piksel.</translation>
    </message>
    <message>
        <source>The logo file {value} is not a complete {format} image: it is damaged or holds other data ({detail}).</source>
        <translation>Berkas logo {value} bukan gambar {format} yang utuh: isinya rusak atau berisi data lain ({detail}).</translation>
    </message>
    <message>
        <source>The logo file is not a complete PNG or JPEG image: it is damaged or holds other data.</source>
        <translation>Berkas logo bukan gambar PNG atau JPEG yang utuh: isinya rusak atau berisi data lain.</translation>
    </message>
    <message>
        <source>{field} contains an invisible control character ({char}) at position {position}; control characters and text direction overrides are not allowed.</source>
        <translation>{field} berisi karakter kendali yang tidak terlihat ({char}) pada posisi {position}; karakter kendali dan pengatur arah teks tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>{field} contains an invisible control character; control characters and text direction overrides are not allowed.</source>
        <translation>{field} berisi karakter kendali yang tidak terlihat; karakter kendali dan pengatur arah teks tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the birth date ({birth}) is before {min_year}; the 18-digit NIP exists since 2008 and no serving ASN was born before {min_year}.</source>
        <translation>{field} {value} tidak valid: tanggal lahir ({birth}) sebelum tahun {min_year}; NIP 18 digit baru ada sejak 2008, tidak ada ASN aktif yang lahir sebelum {min_year}.</translation>
    </message>
    <message>
        <source>{field} is not valid: the birth date in the NIP is too early.</source>
        <translation>{field} tidak valid: tanggal lahir di dalam NIP terlalu awal.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the age at appointment ({tmt}) would be {age} years, which is not plausible.</source>
        <translation>{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) {age} tahun, tidak masuk akal.</translation>
    </message>
    <message>
        <source>{field} is not valid: the age at appointment is not plausible.</source>
        <translation>{field} tidak valid: usia pada TMT pengangkatan tidak masuk akal.</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the age at appointment ({tmt}) would be only {age} years, but a CPNS/PPPK is at least {min_age} (born {birth}).</source>
        <translation>{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) baru {age} tahun, padahal CPNS/PPPK paling muda {min_age} tahun (lahir {birth}).</translation>
    </message>
    <message>
        <source>{field} {value} is not valid: the age at appointment ({tmt}) would be {age} years, more than the limit of {max_age} (born {birth}).</source>
        <translation>{field} {value} tidak valid: usia pada TMT pengangkatan ({tmt}) sudah {age} tahun, lebih dari batas {max_age} tahun (lahir {birth}).</translation>
    </message>
    <message>
        <source>{field} {path} is too large: {size_bytes}; at most {limit_bytes}.</source>
        <translation>{field} {path} terlalu besar: {size_bytes}; paling besar {limit_bytes}.</translation>
    </message>
    <message>
        <source>{field} is too large to import.</source>
        <translation>{field} terlalu besar untuk diimpor.</translation>
    </message>
    <message>
        <source>{field} {path} is too large: the XLSX unpacks to {size_bytes}; at most {limit_bytes}.</source>
        <translation>{field} {path} terlalu besar: isi XLSX setelah dibuka {size_bytes}; paling besar {limit_bytes}.</translation>
    </message>
    <message>
        <source>{field} {path} is not plausible: part {part} inside the XLSX is {size_bytes}; at most {limit_bytes}.</source>
        <translation>{field} {path} tidak wajar: bagian {part} di dalam XLSX berukuran {size_bytes}; paling besar {limit_bytes}.</translation>
    </message>
    <message>
        <source>{field} {path} is not plausible: the XLSX holds {count} parts; at most {limit}.</source>
        <translation>{field} {path} tidak wajar: XLSX berisi {count} bagian; paling banyak {limit}.</translation>
    </message>
    <message>
        <source>{field} {path} holds more than {limit} data rows (stopped at row {row}); split it into several files.</source>
        <translation>{field} {path} berisi lebih dari {limit} baris data (terhenti di baris {row}); bagi berkas menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{field} holds too many data rows.</source>
        <translation>{field} berisi terlalu banyak baris data.</translation>
    </message>
    <message>
        <source>{field} {path}: the worksheet goes past row {limit}, Excel&apos;s limit.</source>
        <translation>{field} {path}: lembar kerja melewati baris {limit}, batas Excel.</translation>
    </message>
    <message>
        <source>{field} {path} holds more than {limit} data rows; split it into several files.</source>
        <translation>{field} {path} berisi lebih dari {limit} baris data; bagi berkas menjadi beberapa berkas.</translation>
    </message>
    <message>
        <source>{field} {path}: row {row} is too wide.</source>
        <translation>{field} {path}: baris {row} terlalu lebar.</translation>
    </message>
    <message>
        <source>{field}: a row is too wide.</source>
        <translation>{field}: ada baris yang terlalu lebar.</translation>
    </message>
    <message>
        <source>{field} {path}: row {row} has {count} columns; at most {limit}.</source>
        <translation>{field} {path}: baris {row} berisi {count} kolom; paling banyak {limit}.</translation>
    </message>
    <message>
        <source>{field} {path}: row {row} is longer than {limit} characters.</source>
        <translation>{field} {path}: baris {row} lebih panjang dari {limit} karakter.</translation>
    </message>
    <message>
        <source>{field} {path}: worksheet row no. {row} has more than {limit} cells.</source>
        <translation>{field} {path}: baris ke-{row} lembar kerja berisi lebih dari {limit} sel.</translation>
    </message>
    <message>
        <source>{field} {path}: the cell in row {row}, column {column} holds {length} characters; at most {limit}.</source>
        <translation>{field} {path}: sel di baris {row}, kolom {column} berisi {length} karakter; paling banyak {limit}.</translation>
    </message>
    <message>
        <source>{field}: a cell is too long.</source>
        <translation>{field}: ada sel yang terlalu panjang.</translation>
    </message>
    <message>
        <source>{field} {path}: the cell starting in row {row} is longer than {limit} characters.</source>
        <translation>{field} {path}: sel yang dimulai di baris {row} lebih panjang dari {limit} karakter.</translation>
    </message>
    <message>
        <source>The data is not valid ({code}).</source>
        <translation>Data tidak sah ({code}).</translation>
    </message>
</context>
</TS>
