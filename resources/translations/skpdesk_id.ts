<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>The data is not valid ({code}).</source>
        <translation>Data tidak sah ({code}).</translation>
    </message>
</context>
</TS>
