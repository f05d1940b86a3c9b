# Organisation cues: what makes a name a company, a role of someone speaking for one, or a
# denier that is not a company (and so gets no record).

[roles]
# Titles of people who speak for an organisation; the organisation usually follows the title.
juru bicara
jubir
spokesperson
spokesman
direktur utama
dirut
wakil direktur utama
direktur
presiden direktur
direktur eksekutif
direktur pelaksana
executive director
wakil direktur
country director
presdir
wakil presiden direktur
komisaris utama
komisaris
chief executive officer
chief operating officer
chief financial officer
chief marketing officer
chief technology officer
chief legal officer
chief communications officer
chief content officer
chief commercial officer
chief business officer
chief digital officer
chief product officer
chief risk officer
chief strategy officer
chief information officer
chief investment officer
chief people officer
chief sustainability officer
ceo
coo
cfo
cmo
cto
founder
co-founder
pendiri
pemilik
corporate secretary
corporate secretary division head
sekretaris perusahaan
sekper
corporate communication
corporate communications
corporate communications team
social responsibility
external communications
external communication
communications
communication
public affairs
corporate affairs
external affairs
head of
corporate social responsibility
csr
advertising and promotion manager
promotion manager
marketing manager
marketing
marketing & communications
marketing and communications
vice presiden
head of corporate communication
vp corporate communication
vice president corporate communication
svp corporate communication
svp head corporate communication
evp corporate secretary
svp corporate secretary
gm corporate communication
general manager
manajer
manager
kepala
kepala teknik tambang
kepala cabang
kepala unit
kepala perwakilan
kepala divisi
kepala bagian
kepala humas
humas
public relations
customer care
customer service
head
country manager
managing director
director
government affairs
government relations
head of communications
presiden
president
vice president
vp
svp
evp
gm
senior manager
kuasa hukum
pengacara
perwakilan
perwakilan perusahaan
pengelola
manajemen
pihak manajemen

[departments]
# A department named between a title and its organisation ("Direktur Keuangan BSTX",
# "Direktur Niaga Lintang Air"): not part of the organisation's name.
niaga
keuangan
kepatuhan
pemasaran
penjualan
operasional
operasi
komersial
komunikasi
komunikasi korporat
korporat
hukum
legal
teknik
teknologi
teknologi informasi
produksi
sdm
sumber daya manusia
human capital
umum
ritel
bisnis
pengembangan bisnis
pengembangan usaha
perencanaan
strategi
manajemen risiko
risiko
investasi
keuangan dan manajemen risiko
hubungan investor
hubungan masyarakat
humas
layanan
pelayanan
jaringan
marketing
finance
operations
compliance
communications
corporate communication
corporate communications
corporate affairs
public relations
public policy
public affairs
government relations
external affairs
investor relations
sustainability

[honorifics]
# Titles written before a person's name ("dr Andreas Kusuma", "Ir. H. Budi"): not part of it.
dr
dr.
drg.
drg
drh.
ir.
ir
prof.
prof
h.
hj.
kh.
drs.
dra.

[org_prefixes]
# Words that open a company name or a reference to one.
PT
PT.
Perum
Perusahaan Umum
Persero
CV
Bank
Grup
Group
Maskapai
Operator
Aplikasi
Platform
Grup
Group
Terlapor
Pelapor
Tergugat
Penggugat
Emiten
Raksasa
# private hospitals and clinics are businesses; government ones are in [non_company]
RS
Rumah Sakit
Klinik
# bus companies (Perusahaan Otobus) are businesses
Perusahaan Otobus (PO)
Perusahaan Otobus

[org_prefixes_in_name]
# Organisation prefixes that stay part of the name as it is commonly written: "SPBU Losari"
# (a fuel station named by its place), "PO Haryanto" (a bus company named by its owner).
# The grouping key leaves them out, so "Perusahaan Otobus (PO) Haryanto" is the same business.
PO
SPBU

[org_suffixes]
# Words that close a company name.
Tbk
Tbk.
(Persero)
Persero
Inc
Inc.
Corp
Corp.
Corporation
Ltd
Ltd.
Group
Grup
Holdings
Berhad
Bhd
Bhd.
Airlines
Air
Airways
Motor
Motors
Indonesia
# football clubs are run by companies
FC

[org_nouns]
# Common nouns that refer to a company when followed by its name ("perusahaan X",
# "pihak X") or that stand for the company already named ("perseroan", "perusahaan").
perusahaan
perseroan
pihak
manajemen
pengelola
operator
operator seluler
maskapai
maskapai penerbangan
bank
emiten
produsen
platform
aplikasi
layanan
startup
raksasa teknologi
raksasa ritel
raksasa
grup
induk usaha
anak usaha
anak perusahaan
merek
brand
toko
restoran
pabrik
developer
pengembang

[association_heads]
# Words that open the name of an association or other body of members; a business word
# later in the same name ("Perhimpunan Hotel dan Restoran Indonesia") names no company.
perhimpunan
asosiasi
ikatan
himpunan
persatuan
gabungan
paguyuban
serikat
federasi
konfederasi
kamar dagang
forum
yayasan
komunitas

[subsidiary_nouns]
# "Anak usaha X" names a company of X's, not X: as a subject it denies for the subsidiary its
# apposition names ("Anak usaha Grup X, PT Y, membantah"), or for none named.
anak usaha
anak usahanya
anak perusahaan
unit usaha
cucu usaha
perusahaan afiliasi

[same_entity_nouns]
# In an apposition right after a company ("PT X, produsen Roti Y, ..."), these nouns name the
# same business by another name (its brand, app or product line): one denier, not two.
# "anak usaha" and "induk usaha" are other companies and are not listed.
produsen
pemilik
pemilik merek
pengelola
operator
pembuat
pengembang
penerbit
penyedia
pemegang merek
perusahaan di balik

[parent_nouns]
# A parent named before its brand and its own name in apposition ("Induk usaha Wings Air,
# Lion Air Group, memastikan ..."): the parent speaks for the brand as one business.
induk usaha
induk perusahaan
perusahaan induk

[country_names]
# Countries (and their common short forms) after an organisation noun are nationalities, not
# names: "dua perusahaan perkebunan kelapa sawit Malaysia membantah".
Malaysia
Singapura
Singapore
Brunei
Thailand
Vietnam
Filipina
Kamboja
Myanmar
Laos
China
Tiongkok
Cina
Jepang
Korea
Korea Selatan
Korsel
Taiwan
Hong Kong
India
Australia
Selandia Baru
Amerika
Amerika Serikat
AS
Kanada
Inggris
Jerman
Prancis
Perancis
Belanda
Swiss
Swedia
Norwegia
Denmark
Italia
Spanyol
Rusia
Turki
Arab Saudi
Uni Emirat Arab
Qatar
Indonesia
Eropa
Asia

[org_generic_nouns]
# Organisation nouns that also stand for people or places: they mark a company only when the
# name follows at once ("pihak Tokopedia"), never across describing words.
pihak
manajemen
pengelola
layanan
toko

[platforms]
# Messaging and social platforms: after a medium noun ("grup WhatsApp", "akun Twitter
# resminya", "pesan WhatsApp") they name where something was said, not who said it.
WhatsApp
Twitter
X
Instagram
Facebook
TikTok
YouTube
Telegram
LINE
Threads
LinkedIn

[medium_nouns]
# Nouns for a place of posting or messaging, before a platform's name.
akun
grup
group
pesan
pesan berantai
kanal
channel
aplikasi
unggahan
postingan
status
story
siaran langsung
media sosial
lewat
via
melalui

[non_company]
# Deniers that are not companies: government, police, regulators, parliament, parties,
# universities, NGOs, associations. A name starting with or equal to one of these is not a
# company.
Kementerian
Kemenkominfo
Kominfo
Komdigi
Kemenperin
Kemenkeu
Kemendag
Kemenhub
Kemenkes
Kemensos
Kemendikbud
Kemenag
Kemenkumham
Kemenlu
Kemenpan
Kementan
Kemenparekraf
Kemenko
Kementrian
Menteri
Menko
Wamen
Wakil Menteri
Menkominfo
Menkeu
Mendag
Menhub
Menkes
Menteri BUMN
Staf Khusus
Stafsus
Presiden Joko Widodo
Presiden Jokowi
Presiden Prabowo
Istana
Wapres
Wakil Presiden
Pemerintah
Pemkot
Pemkab
Pemprov
Pemda
Gubernur
Bupati
Wali Kota
Walikota
Camat
Lurah
Kepala Desa
DPR
DPRD
DPD
MPR
Komisi
Fraksi
Partai
Polri
Mabes Polri
Polda
Polres
Polresta
Polsek
Polisi
Kepolisian
Kapolri
Kapolda
Kapolres
Kapolsek
Kabid Humas
Kadiv Humas
Bareskrim
Densus
TNI
Kodam
Kejaksaan
Kejagung
Kejati
Kejari
Jaksa
Mahkamah
Pengadilan
Hakim
KPK
KPU
Bawaslu
BPK
BPKP
Ombudsman
KPPU
BPOM
Badan POM
OJK
Otoritas Jasa Keuangan
Bank Indonesia
BI
LPS
BSSN
BPS
BNN
BNPB
BMKG
Basarnas
BKPM
Bappenas
BPJS
BP2MI
Satgas
Satpol PP
Otoritas Bandara
Dinas
Disdik
Dinkes
Badan
Lembaga
Direktorat
Ditjen
Dirjen
Inspektorat
Kantor Staf Presiden
KSP
MUI
NU
PBNU
Muhammadiyah
Universitas
Rektor
Apindo
Kadin
KSPI
GIMNI
YLKI
Asosiasi
Serikat
Persatuan
Himpunan
Ikatan
Forum
Koalisi
LSM
Yayasan
ICW
Komnas HAM
Komnas
Tim Kampanye
Tim Pemenangan
Tim Gabungan
Tim Pencari Fakta
Badan Pemenangan
Timses
Gabungan
Perhimpunan
Perkumpulan
Kamar Dagang
Konfederasi
Federasi
Aliansi
Gerakan
Komunitas
Paguyuban
Dewan Pers
Dewan Perwakilan
Majelis
Kongres
Panitia
Panja
Pansus
Ormas
Relawan
Kelompok Tani
Organisasi
Kedutaan
Kedubes
Konsulat
Gedung Putih
PBB
WHO
FIFA
PSSI
KONI
KPI
KPAI
LPSK
BRIN
LIPI
BPN
BNPT
BIN
Bakamla
Kemhan
Kemenhan
Kemenkop
Kemendes
Kemenpora
Kemen
Dishub
Diskominfo
Disdukcapil
Disnaker
Dispenda
Bapenda
Setda
Sekda
Pangdam
Kodim
Korem
Danrem
Brimob
Polrestabes
Kapolrestabes
Kabareskrim
Kepresidenan
Bea Cukai
Ditjen Bea dan Cukai
Imigrasi
Ditjen Imigrasi
DJP
Ditjen Pajak
Direktorat Jenderal Pajak
Kantor Pajak
Samsat
Lapas
Rutan
Kanwil
RSUD
Disperindag
Disperindagkop
Disnakertrans
Disdukcapil
Dispar
Disbudpar
DPMPTSP
LLDikti
BPBD
BBPOM
Balai Besar
hasil survei
lembaga survei
lembaga riset
hasil riset
hasil penelitian
Rumah Sakit Umum Daerah
Rumah Sakit Umum Pusat
Rumah Sakit Umum
RS Bhayangkara
Rumah Sakit Bhayangkara
PN
PTUN
Pengadilan Negeri
Pengadilan Niaga
Pengadilan Tinggi
DLH
Bappeda
Bapenda
Satpol PP
RSUP
Puskesmas
Puspen
Kapuspen
Dispen
Dispenad
Sekretariat
Kabinet
Kemenkumham
Kemendagri
Kemendikbudristek
Kemenristek
KemenPUPR
Kementerian PUPR
Kemenaker
Kemnaker
Kemenlhk
KLHK
KKP
ESDM
Kementerian ESDM
Kemenkes RI
Polda Metro Jaya
Kepala Daerah
Pemerintah Daerah
DPRD DKI
Satuan Tugas
Gugus Tugas
Jenderal
Direktur Jenderal
PPATK
BPKN
BPJPH
Bapanas
BPH Migas
SKK Migas
Bapeten
BPOM RI
KSSK
BP Batam
Otorita
PDIP
PDI Perjuangan
Golkar
Gerindra
PKS
NasDem
PKB
PPP
Perindo
Hanura
Bursa Efek Indonesia
BEI

[function_words]
# Capitalised at a sentence start but never part of a name.
Senada
Serupa
Sebaliknya
Terpisah
Namun
Tetapi
Tapi
Sebelumnya
Sementara
Sementara itu
Sedangkan
Selain
Selain itu
Menurut
Dalam
Dari
Di
Ke
Pada
Oleh
Untuk
Dengan
Bagi
Atas
Soal
Terkait
Mengenai
Menanggapi
Merespons
Sehubungan
Berdasarkan
Adapun
Kemudian
Lalu
Bahkan
Juga
Pun
Saat
Ketika
Setelah
Sebelum
Usai
Selama
Sejak
Hingga
Sampai
Jika
Kalau
Apabila
Meski
Meskipun
Walau
Karena
Sehingga
Maka
Hal
Itu
Ini
Tersebut
Ia
Dia
Beliau
Mereka
Kami
Kita
Anda
Para
Sang
Seorang
Sebuah
Yang
Tak
Tidak
Bukan
Hasilnya
Akhirnya
Kini
Saat ini
Baca
Baca Juga
Saksikan
Advertisement
Editor
Pewarta
Reporter
Penulis
Foto
Ilustrasi
Video
Berita
Kabar
Informasi
Isu
Senin
Selasa
Rabu
Kamis
Jumat
Jum'at
Sabtu
Minggu
Ahad
Tim
Perusahaan
Perseroan
Manajemen
Pihak
Operator
Maskapai
Bank
Raksasa
Aplikasi
Platform
Grup
Group
Terlapor
Pelapor
Tergugat
Penggugat

[person_titles]
# Forms of address that open a person's name ("Ibu HT", "Pak Budi"): what follows is a person.
Ibu
Bu
Bapak
Pak
Saudara
Saudari
Sdr
Sdr.
Tuan
Nyonya
Ny.
Mbak
Mas
Bang
Kak

[given_names]
# Common Indonesian given names. A name opening with one, found only after a title ("asisten
# manajer Achmad Haris"), is a person, not an organisation; a cue (PT, a lexicon company)
# overrides it.
Achmad
Ahmad
Akhmad
Muhammad
Mohammad
Mochammad
Mohamad
Muhamad
Moh
Mohd
Abdul
Abdullah
Agus
Agung
Adi
Adhi
Aditya
Agustinus
Alexander
Ali
Andi
Andri
Andre
Andreas
Anton
Antonius
Ari
Arief
Arif
Aris
Asep
Bambang
Bayu
Benny
Budi
Cahyo
Dani
Danang
Dedi
Dedy
Deddy
Dendi
Denny
Dian
Dimas
Djoko
Doni
Dony
Edi
Edy
Eddy
Eko
Endang
Erick
Erik
Fajar
Fahmi
Faisal
Ferry
Fransiskus
Gatot
Gunawan
Hadi
Hari
Haris
Harun
Hasan
Hendra
Hendro
Heri
Herry
Hery
Ibnu
Imam
Indra
Irfan
Irwan
Iwan
Joko
Jono
Johan
Joni
Kurniawan
Lukman
Made
Nyoman
Ketut
Wayan
Gede
Putu
Komang
Mulyadi
Nanang
Nur
Nurul
Rahmat
Rachmat
Rudi
Rudy
Rizal
Rizki
Rizky
Robert
Rony
Roni
Sahat
Samsul
Setiawan
Slamet
Sugeng
Suharto
Sukarno
Supriyadi
Surya
Susanto
Sutrisno
Syaiful
Taufik
Teguh
Tommy
Tony
Toni
Triyono
Untung
Wahyu
Wawan
Widodo
Wisnu
Yoga
Yohanes
Yudi
Yusuf
Zainal
Ayu
Ani
Anita
Ade
Bunga
Citra
Desi
Dewi
Diah
Dina
Eka
Elisabeth
Endah
Erna
Fitri
Fitria
Indah
Intan
Kartika
Lestari
Lina
Linda
Maria
Mega
Melati
Nia
Novi
Nurhayati
Puspita
Putri
Ratna
Rina
Rini
Rita
Sari
Siti
Sri
Suci
Tri
Tuti
Wati
Wulan
Yanti
Yuli
Yulia
Yuni

[person_nouns]
# Nouns that introduce a person's name and nothing else ("penyanyi Ayu Larasati"): the name is
# a person wherever it recurs, even after a role ("Manajer Ayu").
penyanyi
biduan
biduanita
artis
aktor
aktris
selebritas
selebriti
selebgram
pesinetron
presenter
pembawa acara
komedian
musisi
musikus
seniman
vokalis
gitaris
pelawak
penyiar
kreator konten
konten kreator
pedangdut
rapper
youtuber
influencer
atlet
pebulu tangkis
pesepak bola
pesepakbola
petenis
petinju
pembalap
pengusaha
sosialita
sutradara
suaminya
istrinya
sang suami
sang istri
mendiang
almarhum
almarhumah

[representative_nouns]
# Who speaks for a person ("manajemen Ayu, PT Bintang Cahaya Manajemen"): the organisation
# after them represents that person, and what it denies is about the person.
manajemen
pihak manajemen
manajer
agensi
kuasa hukum
tim kuasa hukum
pengacara

[non_company_people]
# People who speak for themselves, not for a company; as the head of a denier they give no
# record even when a company is named after them ("warga sekitar pabrik PT X membantah").
warga
korban
keluarga korban
konsumen
nasabah
pelanggan
penumpang
pengguna
masyarakat
keluarga
buruh
pekerja
serikat pekerja
karyawan
pegawai
mantan
mahasiswa
siswa
aktivis
pengamat
ahli
analis
ekonom
pakar
peneliti
netizen
warganet
politikus
politisi
anggota dewan
legislator
tersangka
terdakwa
saksi
pelaku
pedagang
petani
nelayan
sopir
pengemudi
mitra pengemudi
artis
selebgram
influencer
tokoh
ulama
guru
dosen
pasien
orang tua
penghuni
pembeli
investor
pemegang saham
kreditur
debitur
