-- 100,000 published entries of the PPID register (DIP) for bench/run-register.sh, generated once into a scratch file
-- (table SeedRows) and then copied row for row into the portal's ppid.db and the floor's floor.db, so both hold the
-- same data. Run with the portal's ppid.db attached as "portal" (its 39 agencies, seeded by the directory).
--   sqlite3 seed.db "ATTACH 'ppid.db' AS portal" ".read bench/register-seed.sql"
--
-- Shape: agencies skewed (the lower codes publish more: the smaller of two draws), categories 50 % berkala,
-- 30 % setiap saat, 20 % serta merta; published over ten years (2016-2025, oldest first); titles "<document type>
-- <subject> <place> Tahun <year>"; a summary of one or two sentences; three tags; every fifth entry (20,000) carries
-- document text of 20-45 sentences (about 2.5-6 KB). Words: "laporan" is common (titles, summaries and documents of
-- well over a third of the entries); "pesut" is rare (the summary of 12 entries and the document of 10).
PRAGMA temp_store=MEMORY;
PRAGMA cache_size=-200000;

CREATE TEMP TABLE DocTypes(n INTEGER PRIMARY KEY, t TEXT NOT NULL);
INSERT INTO DocTypes(t) VALUES
 ('Laporan Kinerja Instansi Pemerintah'), ('Laporan Realisasi Anggaran'), ('Laporan Keuangan'), ('Laporan Tahunan'),
 ('Laporan Hasil Pemeriksaan'), ('Laporan Penyelenggaraan Pemerintahan Daerah'), ('Rencana Strategis'), ('Rencana Kerja'),
 ('Rencana Kerja dan Anggaran'), ('Dokumen Pelaksanaan Anggaran'), ('Daftar Penerima Bantuan'), ('Data Statistik'),
 ('Profil'), ('Standar Operasional Prosedur'), ('Standar Pelayanan'), ('Peraturan Gubernur tentang'),
 ('Keputusan Kepala Dinas tentang'), ('Pengumuman Hasil Seleksi'), ('Rekapitulasi'), ('Hasil Evaluasi'),
 ('Daftar Aset'), ('Kerangka Acuan Kerja'), ('Notulen Rapat Koordinasi'), ('Surat Edaran tentang');

CREATE TEMP TABLE Subjects(n INTEGER PRIMARY KEY, t TEXT NOT NULL);
INSERT INTO Subjects(t) VALUES
 ('Pelayanan Kesehatan Dasar'), ('Pembangunan Jalan Provinsi'), ('Perizinan Berusaha'), ('Pengelolaan Sampah'),
 ('Kualitas Air Sungai'), ('Penanggulangan Bencana Banjir'), ('Beasiswa Kaltim Tuntas'), ('Bantuan Sosial Lansia'),
 ('Ketahanan Pangan'), ('Perkebunan Kelapa Sawit'), ('Reklamasi Lahan Bekas Tambang'), ('Transportasi Sungai'),
 ('Pariwisata Bahari'), ('Usaha Mikro Kecil dan Menengah'), ('Penempatan Tenaga Kerja Lokal'), ('Pengadaan Barang dan Jasa'),
 ('Sistem Pemerintahan Berbasis Elektronik'), ('Jaringan Internet Desa'), ('Penurunan Angka Stunting'), ('Rehabilitasi Hutan Mangrove'),
 ('Perikanan Tangkap'), ('Penyuluhan Pertanian'), ('Pemadam Kebakaran'), ('Keselamatan Lalu Lintas'),
 ('Sarana Olahraga'), ('Perlindungan Anak'), ('Rumah Tidak Layak Huni'), ('Pendapatan Asli Daerah'),
 ('Pajak Kendaraan Bermotor'), ('Daerah Penyangga Ibu Kota Nusantara');

CREATE TEMP TABLE Places(n INTEGER PRIMARY KEY, t TEXT NOT NULL);
INSERT INTO Places(t) VALUES
 ('Kota Samarinda'), ('Kota Balikpapan'), ('Kota Bontang'), ('Kabupaten Kutai Kartanegara'), ('Kabupaten Kutai Timur'),
 ('Kabupaten Kutai Barat'), ('Kabupaten Berau'), ('Kabupaten Paser'), ('Kabupaten Penajam Paser Utara'), ('Kabupaten Mahakam Ulu');

CREATE TEMP TABLE TagWords(n INTEGER PRIMARY KEY, t TEXT NOT NULL);
INSERT INTO TagWords(t) VALUES
 ('anggaran'), ('kinerja'), ('lkjip'), ('renstra'), ('renja'), ('dpa'), ('apbd'), ('statistik'), ('bansos'), ('kesehatan'),
 ('pendidikan'), ('infrastruktur'), ('jalan'), ('jembatan'), ('lingkungan'), ('sampah'), ('air'), ('banjir'), ('tambang'), ('sawit'),
 ('pangan'), ('perikanan'), ('pariwisata'), ('umkm'), ('perizinan'), ('pengadaan'), ('spbe'), ('internet'), ('stunting'), ('mangrove'),
 ('transportasi'), ('kebakaran'), ('olahraga'), ('anak'), ('perumahan'), ('pajak'), ('pad'), ('ikn'), ('sop'), ('regulasi');

CREATE TEMP TABLE SummaryTails(n INTEGER PRIMARY KEY, t TEXT NOT NULL);
INSERT INTO SummaryTails(t) VALUES
 (''), (''), (''), (''),
 (' Memuat capaian indikator kinerja utama dan rencana tindak lanjut.'),
 (' Dilengkapi tabel realisasi per triwulan dan penjelasan selisih anggaran.'),
 (' Disampaikan sebagai bahan laporan pertanggungjawaban kepada DPRD.'),
 (' Berisi daftar kegiatan, lokasi, volume pekerjaan dan penyedia jasa.'),
 (' Mencakup hasil survei kepuasan masyarakat terhadap layanan publik.'),
 (' Ditetapkan setelah konsultasi publik dengan pemangku kepentingan.'),
 (' Termasuk rekomendasi perbaikan dari hasil pemantauan lapangan.'),
 (' Diperbarui setiap tahun sesuai ketentuan keterbukaan informasi publik.');

CREATE TEMP TABLE Sentences(n INTEGER PRIMARY KEY, t TEXT NOT NULL);
INSERT INTO Sentences(t) VALUES
 ('Pemerintah Provinsi Kalimantan Timur menetapkan target kinerja sebagaimana tercantum dalam dokumen perencanaan pembangunan daerah.'),
 ('Laporan ini disusun berdasarkan data yang dihimpun dari perangkat daerah kabupaten dan kota se-Kalimantan Timur.'),
 ('Realisasi anggaran sampai dengan akhir triwulan keempat lebih tinggi dibandingkan dengan periode yang sama tahun sebelumnya.'),
 ('Kegiatan dilaksanakan melalui mekanisme swakelola dan kontrak dengan penyedia barang dan jasa sesuai peraturan perundang-undangan.'),
 ('Tim teknis melakukan verifikasi lapangan terhadap seluruh usulan yang masuk melalui musyawarah perencanaan pembangunan.'),
 ('Hasil evaluasi menunjukkan bahwa sebagian besar indikator telah tercapai, sedangkan indikator lainnya memerlukan perhatian khusus.'),
 ('Kendala utama yang dihadapi adalah keterbatasan akses transportasi ke wilayah pedalaman dan perbatasan.'),
 ('Koordinasi lintas sektor dilakukan bersama Badan Perencanaan Pembangunan Daerah dan instansi vertikal terkait.'),
 ('Data jumlah penerima manfaat dipadankan dengan data terpadu kesejahteraan sosial yang dikelola kementerian.'),
 ('Anggaran bersumber dari Anggaran Pendapatan dan Belanja Daerah serta dana transfer dari pemerintah pusat.'),
 ('Pengawasan pelaksanaan kegiatan dilakukan oleh inspektorat daerah dan diperiksa oleh Badan Pemeriksa Keuangan.'),
 ('Masyarakat dapat menyampaikan keberatan atau pengaduan melalui layanan PPID dan kanal aspirasi yang tersedia.'),
 ('Capaian indeks kepuasan masyarakat terhadap pelayanan publik berada pada kategori baik.'),
 ('Rencana tindak lanjut meliputi peningkatan kapasitas sumber daya manusia dan penguatan sistem informasi.'),
 ('Pembangunan jalan dan jembatan diprioritaskan untuk membuka keterisolasian desa dan mendukung distribusi hasil pertanian.'),
 ('Program ini sejalan dengan visi pembangunan daerah untuk mewujudkan Kalimantan Timur yang berdaulat dan sejahtera.'),
 ('Laporan keuangan telah direviu oleh aparat pengawas intern pemerintah sebelum disampaikan kepada pemeriksa.'),
 ('Penyaluran bantuan dilakukan secara nontunai melalui rekening bank milik pemerintah daerah.'),
 ('Jumlah fasilitas pelayanan kesehatan yang terakreditasi meningkat dibandingkan tahun sebelumnya.'),
 ('Pengelolaan sampah dilakukan dengan pendekatan pengurangan dari sumber, pemilahan dan daur ulang di tingkat rumah tangga.'),
 ('Kualitas air sungai dipantau secara berkala pada titik sampling yang ditetapkan di hulu dan hilir.'),
 ('Kegiatan reklamasi dan pascatambang diawasi bersama inspektur tambang dan dinas lingkungan hidup.'),
 ('Sebagian pekerjaan fisik mengalami keterlambatan karena curah hujan tinggi dan banjir di beberapa ruas jalan.'),
 ('Seluruh dokumen pendukung tersedia untuk dilihat di kantor PPID pembantu pada hari dan jam kerja.'),
 ('Peningkatan pendapatan asli daerah didorong melalui digitalisasi pembayaran pajak dan retribusi daerah.'),
 ('Pelatihan teknis diberikan kepada aparatur desa agar mampu mengelola data dan informasi secara mandiri.'),
 ('Laporan capaian disampaikan setiap triwulan kepada gubernur melalui sekretaris daerah.'),
 ('Penetapan lokasi kegiatan memperhatikan tingkat kemiskinan, angka stunting dan ketersediaan infrastruktur dasar.'),
 ('Sinergi dengan pemerintah kabupaten dan kota diperkuat melalui penandatanganan nota kesepahaman.'),
 ('Penyusunan standar pelayanan melibatkan perwakilan masyarakat, akademisi dan organisasi kemasyarakatan.'),
 ('Realisasi fisik kegiatan telah mencapai seratus persen dan seluruh aset telah dicatat dalam kartu inventaris barang.'),
 ('Pemutakhiran data dilakukan melalui aplikasi yang terintegrasi dengan sistem pemerintahan berbasis elektronik.'),
 ('Kegiatan penanaman kembali hutan mangrove dilaksanakan bersama kelompok tani hutan dan masyarakat pesisir.'),
 ('Nelayan tradisional menerima bantuan alat tangkap ramah lingkungan dan pelatihan pengolahan hasil perikanan.'),
 ('Pendampingan usaha mikro meliputi perizinan, sertifikasi halal, pemasaran digital dan akses permodalan.'),
 ('Penerimaan tenaga kerja mengutamakan penduduk lokal sesuai peraturan daerah tentang ketenagakerjaan.'),
 ('Dalam rangka mendukung Ibu Kota Nusantara, pemerintah provinsi menyiapkan daerah penyangga dan jaringan logistik.'),
 ('Uji petik dilakukan terhadap sampel dokumen pertanggungjawaban untuk memastikan kesesuaian dengan ketentuan.'),
 ('Pemadam kebakaran siaga selama musim kemarau untuk mencegah kebakaran hutan dan lahan.'),
 ('Tingkat fatalitas kecelakaan lalu lintas menurun setelah pemasangan rambu dan perbaikan penerangan jalan umum.'),
 ('Rehabilitasi rumah tidak layak huni dilaksanakan dengan pola padat karya melibatkan warga setempat.'),
 ('Perlindungan anak dan perempuan korban kekerasan dilayani oleh unit pelaksana teknis daerah.'),
 ('Sarana olahraga yang dibangun dapat dimanfaatkan masyarakat umum tanpa dipungut biaya.'),
 ('Laporan pelaksanaan kegiatan dilengkapi dokumentasi foto sebelum, selama dan sesudah pekerjaan.'),
 ('Rincian belanja pegawai, belanja barang dan jasa serta belanja modal disajikan dalam lampiran.'),
 ('Indikator kinerja utama diukur setiap semester dan hasilnya diumumkan pada laman resmi perangkat daerah.'),
 ('Penyuluh pertanian lapangan mendampingi kelompok tani dalam penerapan teknologi budidaya padi dan jagung.'),
 ('Ketersediaan pangan dinilai cukup, namun harga beberapa komoditas berfluktuasi menjelang hari besar keagamaan.'),
 ('Angkutan sungai menjadi moda utama bagi masyarakat di hulu Sungai Mahakam.'),
 ('Pelayanan perizinan berusaha dilaksanakan secara elektronik melalui sistem perizinan berbasis risiko.');

CREATE TEMP TABLE SeedAgencies AS SELECT row_number() OVER (ORDER BY Code) AS n, Id, Code, Name FROM portal.Agencies;

-- One row per entry, every draw made once here (random() is drawn per row of this table).
CREATE TEMP TABLE Draws AS
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 100000)
SELECT i,
       1 + min((random() & 2147483647) % (SELECT count(*) FROM SeedAgencies), (random() & 2147483647) % (SELECT count(*) FROM SeedAgencies)) AS agency,
       CASE WHEN (random() & 2147483647) % 10 < 5 THEN 'Berkala' WHEN (random() & 2147483647) % 3 < 2 THEN 'SetiapSaat' ELSE 'SertaMerta' END AS category,
       1 + (random() & 2147483647) % (SELECT count(*) FROM DocTypes) AS doctype,
       1 + (random() & 2147483647) % (SELECT count(*) FROM Subjects) AS subject,
       1 + (random() & 2147483647) % (SELECT count(*) FROM Places) AS place,
       1 + (random() & 2147483647) % (SELECT count(*) FROM TagWords) AS tag1,
       1 + (random() & 2147483647) % (SELECT count(*) FROM TagWords) AS tag2,
       1 + (random() & 2147483647) % (SELECT count(*) FROM TagWords) AS tag3,
       1 + (random() & 2147483647) % (SELECT count(*) FROM SummaryTails) AS tail,
       random() & 1 AS yearBack,
       strftime('%Y-%m-%d %H:%M:%f', '2016-01-01', '+' || (i * 3150 + (random() & 2147483647) % 3000) || ' seconds') AS publishedAt,
       CASE WHEN i % 5 = 0 THEN 20 + (random() & 2147483647) % 26 ELSE 0 END AS sentences
FROM c;

-- The sentences of each document, drawn per (entry, position).
CREATE TEMP TABLE Picks AS
WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < 45)
SELECT d.i, k.k, 1 + (random() & 2147483647) % (SELECT count(*) FROM Sentences) AS sentence
FROM Draws d JOIN k ON k.k <= d.sentences;

CREATE TEMP TABLE Documents AS
SELECT i, group_concat(t, ' ') AS text FROM (SELECT p.i, s.t FROM Picks p JOIN Sentences s ON s.n = p.sentence ORDER BY p.i, p.k) GROUP BY i;

CREATE TABLE SeedRows AS
SELECT d.i,
       printf('%08X-5EED-7000-8000-%012X', d.i, d.i) AS EntryId,
       a.Id AS AgencyId, a.Code AS AgencyCode, a.Name AS AgencyName,
       printf('DIP/%d/%s/%04d', CAST(substr(d.publishedAt, 1, 4) AS INTEGER) - d.yearBack, a.Code,
              row_number() OVER (PARTITION BY d.agency, CAST(substr(d.publishedAt, 1, 4) AS INTEGER) - d.yearBack ORDER BY d.i)) AS Number,
       d.category AS Category,
       CAST(substr(d.publishedAt, 1, 4) AS INTEGER) - d.yearBack AS Year,
       dt.t || ' ' || su.t || ' ' || pl.t || ' Tahun ' || (CAST(substr(d.publishedAt, 1, 4) AS INTEGER) - d.yearBack) AS Title,
       'Ringkasan ' || lower(dt.t) || ' bidang ' || lower(su.t) || ' di ' || pl.t || ' yang disusun oleh ' || a.Name || ' untuk tahun anggaran '
           || (CAST(substr(d.publishedAt, 1, 4) AS INTEGER) - d.yearBack) || '.' || st.t
           || CASE WHEN d.i % 8192 = 17 THEN ' Termasuk pemantauan populasi pesut di perairan Sungai Mahakam.' ELSE '' END AS Summary,
       t1.t || ' ' || t2.t || ' ' || t3.t AS Tags,
       CASE WHEN doc.text IS NULL THEN ''
            ELSE dt.t || ' ' || su.t || ' ' || pl.t || char(10) || 'Nomor register ' || d.i || '. ' || doc.text
                 || CASE WHEN (d.i / 5) % 1999 = 11 THEN ' Tim peneliti mencatat kemunculan pesut di sekitar Muara Kaman dan Kota Bangun.' ELSE '' END
       END AS DocumentText,
       d.publishedAt AS PublishedAt,
       d.publishedAt AS UpdatedAt
FROM Draws d
JOIN SeedAgencies a ON a.n = d.agency
JOIN DocTypes dt ON dt.n = d.doctype
JOIN Subjects su ON su.n = d.subject
JOIN Places pl ON pl.n = d.place
JOIN TagWords t1 ON t1.n = d.tag1
JOIN TagWords t2 ON t2.n = d.tag2
JOIN TagWords t3 ON t3.n = d.tag3
JOIN SummaryTails st ON st.n = d.tail
LEFT JOIN Documents doc ON doc.i = d.i
ORDER BY d.i;
