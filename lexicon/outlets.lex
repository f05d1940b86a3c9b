# News outlets: `Canonical | other names | host names`. The canonical name is the short name
# the outlet is commonly written with. Regional editions whose name carries the parent's
# (`Antaranews Kepri`, `Tribun Timur`, `SuaraSumut.id`) are aliases of the parent (see also
# [outlet_families]); sister brands with a name of their own (HaiBunda, Matamata.com) are
# entries of their own. Host names (`antaranews.com`) map a page address to the outlet.
# Names are matched case-insensitively in dateline, header and copyright slots and as written
# (or in capitals) elsewhere; dots, hyphens and spaces are ignored (`TRIBUN-TIMUR.COM`).

[outlets]
# --- National wire and state media
ANTARA | Antara | ANTARA News | Antaranews | Antaranews.com | Kantor Berita Antara | Perum LKBN Antara | LKBN Antara | Antara Bali | Antaranews Bali | ANTARA News Bali | Antaranews Kepri | ANTARA News Sumatera Utara | Antara Sumut | Antara Jatim | Antara Jateng | Antara Jabar | Antara Megapolitan | antaranews.com | antarafoto.com
RRI | Radio Republik Indonesia | rri.co.id
TVRI | tvri.go.id
Indonesia.go.id | indonesia.go.id
InfoPublik | infopublik.id

# --- National online portals
Kompas.com | KOMPAS.com | Kompas | Harian Kompas | KompasTekno | Kompas Tekno | KompasMoney | KompasRegional | KompasTravel | KompasBola | KompasOtomotif | KompasLifestyle | KompasHealth | KompasEdukasi | Kompas Cyber Media | kompas.com | kompas.id
Kompas TV | KompasTV | kompas.tv
Liputan6.com | Liputan6 | Liputan 6 | Tekno Liputan6.com | Health Liputan6.com | Health-Liputan6.com | Bisnis Liputan6.com | Showbiz Liputan6.com | Citizen6 | liputan6.com
Kontan | KONTAN.CO.ID | Kontan.co.id | Harian Kontan | kontan.co.id
Tribunnews | Tribunnews.com | TRIBUNNEWS.COM | Tribun | Tribun Timur | Tribun-Timur.com | Tribun Jabar | Tribun Jateng | Tribun Jatim | TribunJakarta | Tribun Medan | Tribun Bali | Tribun Kaltim | Tribun Manado | Tribun Pekanbaru | Tribun Batam | Tribun Lampung | Tribun Jogja | Tribun Solo | Tribun Banten | Tribun Bogor | Tribun Sumsel | Tribun Padang | Tribun Pontianak | Tribun Kaltara | Tribun Papua | Tribun Wow | TribunWow | tribunnews.com
Republika | REPUBLIKA.CO.ID | Republika.co.id | Harian Republika | Republika Online | republika.co.id | republika.id
Suara.com | Suara | Suara.Com | SuaraSumut.id | SuaraJogja.id | SuaraJatim.id | SuaraJabar.id | SuaraBatam.id | SuaraBali.id | SuaraKalbar.id | SuaraSulsel.id | SuaraBanten.id | SuaraLampung.id | SuaraRiau.id | SuaraSurakarta.id | SuaraJakarta.id | SuaraBogor.id | SuaraBekaci.id | SuaraMalang.id | SuaraSumbar.id | SuaraKaltim.id | suara.com
Matamata.com | Matamata | matamata.com
Dewiku.com | Dewiku | dewiku.com
Guideku.com | Guideku | guideku.com
HiTekno.com | HiTekno | hitekno.com
Mobimoto.com | Mobimoto | mobimoto.com
Himedik.com | Himedik | himedik.com
detikcom | detik.com | Detik | detik | detiknews | detikfinance | detikinet | detikoto | detiksport | detikhealth | detiktravel | detikhot | detikedu | detikNews | detikFinance | detikInet | detikHealth | detikOto | detikSport | detikTravel | detikHot | detikFood | detikEdu | detikJateng | detikJatim | detikJabar | detikBali | detikSumut | detikSulsel | detikSumbagsel | detikKalimantan | detikProperti | detikHikmah | detikINET | detikNEWS | detikFINANCE | detikOTO | detikSPORT | detik.com
HaiBunda | haibunda.com
Wolipop | wolipop.detik.com
CNN Indonesia | CNNIndonesia.com | CNNIndonesia | cnnindonesia.com
CNBC Indonesia | CNBCIndonesia.com | CNBCIndonesia | CNBC Indonesia Research | CNBC Indonesia TV | cnbcindonesia.com
Tempo | TEMPO.CO | Tempo.co | Koran Tempo | Majalah Tempo | tempo.co | tempo.id
Okezone | Okezone.com | okezone | Okezone News | okezone.com
Sindonews | SINDOnews | SINDOnews.com | Sindonews.com | Koran Sindo | KORAN SINDO | Sindo | sindonews.com
iNews | iNews.id | iNewsID | iNews Portal | inews.id
MNC Portal | MNC Portal Indonesia | MNCPortal
JPNN | JPNN.com | jpnn.com
JawaPos.com | Jawa Pos | JawaPos | Harian Jawa Pos | jawapos.com
VIVA | VIVAnews | VIVA.co.id | VIVAnews.com | Vivanews | viva.co.id | vivanews.com
IDN Times | IDNTimes | IDNTimes.com | idntimes.com
Popbela | Popbela.com | popbela.com
Popmama | Popmama.com | popmama.com
Tirto | Tirto.id | tirto.id
Kumparan | kumparan | kumparan.com | kumparanBISNIS | kumparanTECH | kumparanNEWS | kumparanOTO | kumparanSPORT | kumparanWOMAN | kumparanMOM | kumparanFOOD | kumparanTRAVEL | kumparanHITS | kumparanSAINS
Merdeka.com | Merdeka | merdeka.com
Bisnis.com | Bisnis | Bisnis Indonesia | Harian Bisnis Indonesia | JIBI | Bisnis Indonesia Group | bisnis.com
Solopos | Solopos.com | SOLOPOS.com | Harian Solopos | solopos.com
Harian Jogja | Harianjogja.com | Harianjogja | Harian Jogja.com | harianjogja.com
Katadata | Katadata.co.id | katadata.co.id
Medcom.id | Medcom | medcom.id
Metro TV | MetroTV | Metro TV News | metrotvnews.com
Media Indonesia | Mediaindonesia.com | mediaindonesia.com
The Jakarta Post | Jakarta Post | thejakartapost.com
Jakarta Globe | jakartaglobe.id
Koran Jakarta | koran-jakarta.com
Beritasatu | BeritaSatu.com | Berita Satu | beritasatu.com
Investor Daily | Investor.id | investor.id
Bloomberg Technoz | bloombergtechnoz.com
Gatra | Gatra.com | gatra.com
Suara Merdeka | SuaraMerdeka.com | suaramerdeka.com
Suara Pembaruan | suarapembaruan.com
Suara Surabaya | Suarasurabaya.net | suarasurabaya.net
Suara Karya | suarakarya.id
Suara NTB | suarantb.com
Suara Pemred | suarapemredkalbar.com
Pikiran Rakyat | Pikiran-Rakyat.com | pikiran-rakyat.com
Jabar Ekspres | JabarEkspres | jabarekspres.com
Pasundan Ekspres | PASUNDAN EKSPRES | pasundan.jabarekspres.com | pasundanekspres.id
Radar Banten | RADARBANTEN.CO.ID | Radarbanten.co.id | radarbanten.co.id
Radar Bogor | radarbogor.id
Radar Surabaya | radarsurabaya.jawapos.com
Radar Jogja | radarjogja.jawapos.com
Radar Cirebon | radarcirebon.com
Radar Lampung | radarlampung.co.id
Radar Tegal | radartegal.com
Radar Malang | radarmalang.jawapos.com
Radar Bekasi | radarbekasi.id
Radar Solo | radarsolo.jawapos.com
Radar Semarang | radarsemarang.jawapos.com
Radar Bali | radarbali.jawapos.com
Radar Madura | radarmadura.jawapos.com
Radar Sulbar | radarsulbar.co.id
Radar Kediri | radarkediri.jawapos.com
Sumatera Ekspres | Sumeks | Sumeks.co | sumeks.co
Riau Pos | riaupos.jawapos.com
Riau24 | RIAU24.COM | Riau24.com | riau24.com
Riau Online | riauonline.co.id
GoRiau | GoRiau.com | goriau.com
Batam Pos | batampos.co.id
Kaltim Post | kaltimpost.jawapos.com
Fajar.co.id | Harian Fajar | FAJAR.CO.ID | fajar.co.id
Waspada | Waspada.id | waspada.id
Analisa | Harian Analisa | analisadaily.com
Sumut Pos | sumutpos.jawapos.com
Medan Bisnis | medanbisnisdaily.com
Haluan | Harian Haluan | harianhaluan.com
Padang Ekspres | padek.jawapos.com
Lampung Post | lampost.co
Serambi Indonesia | serambinews.com
Bali Post | balipost.com
Pos Kupang | kupang.tribunnews.com
Manado Post | manadopost.jawapos.com
Cenderawasih Pos | cenderawasihpos.jawapos.com
Banjarmasin Post | banjarmasinpost.co.id
Pontianak Post | pontianakpost.jawapos.com
Kedaulatan Rakyat | KR Jogja | krjogja.com
Jogja Post | jogjapost.com
Pos Kota | poskota.co.id
Warta Kota | Wartakotalive | Wartakotalive.com | wartakota.tribunnews.com
Rakyat Merdeka | RM.id | rm.id
RMOL | Kantor Berita Politik RMOL | RMOL.id | rmol.id
Simbur | Simbur Sumatera | simbursumatera.com
IKNPOS | IKNPOS.ID | iknpos.id
Disway | Disway.id | disway.id
Harian Terbit | harianterbit.com
Jurnas | Jurnal Nasional | jurnas.com
Indopos | indopos.co.id
Neraca | neraca.co.id
Infobank | Infobanknews | infobanknews.com
Warta Ekonomi | wartaekonomi.co.id
Investor Trust | investortrust.id
Bareksa | bareksa.com
IQPlus | iqplus.info
Emitennews | EmitenNews.com | emitennews.com
IDX Channel | IDXChannel | idxchannel.com
Dunia Energi | dunia-energi.com
SWA | SWA.co.id | swa.co.id
Marketeers | marketeers.com
Trenasia | TrenAsia.com | trenasia.com
Validnews | validnews.id
Alinea | Alinea.id | alinea.id
Hops | hops.id
Narasi | narasi.tv
Mojok | mojok.co
Asumsi | asumsi.co
Opini.id | opini.id
Era.id | era.id
Akurat | Akurat.co | akurat.co
Law-Justice | law-justice.co
Inilah.com | Inilah | inilah.com
Teropong Senayan | teropongsenayan.com
Genpi | Genpi.co | genpi.co
Hukumonline | hukumonline.com
Tagar | Tagar.id | tagar.id
Uzone | Uzone.id | uzone.id
Selular | Selular.id | selular.id
Telset | Telset.id | telset.id
Gadgetren | gadgetren.com
Dailysocial | DailySocial.id | dailysocial.id
Tek.id | tek.id
Jagat Review | jagatreview.com
Teknoia | teknoia.com
Otomotifnet | otomotifnet.gridoto.com
GridOto | GridOto.com | gridoto.com
Grid.id | Grid | grid.id
IDEAonline | IDEA Online | idea.grid.id
Nakita | Nakita.id | nakita.grid.id
Majalah Bobo | Bobo.id | bobo.grid.id
Tabloid Nova | Nova.id | nova.grid.id
Intisari | Intisari Online | intisari.grid.id
National Geographic Indonesia | nationalgeographic.grid.id
HAI Online | hai.grid.id
Sonora | Sonora.id | sonora.id
Motorplus | motorplus-online.com
Otosia | otosia.com
Oto.com | oto.com
Carmudi | carmudi.co.id
Kapanlagi | KapanLagi.com | kapanlagi.com
Fimela | Fimela.com | fimela.com
Bola.com | bola.com
Bola.net | bola.net
Brilio | Brilio.net | brilio.net
Dream | Dream.co.id | dream.co.id
Vemale | vemale.com
Hipwee | hipwee.com
Bolasport | BolaSport.com | bolasport.com
Kompasiana | kompasiana.com
Langit7 | LANGIT7.ID | Langit7.id | langit7.id
Optika.id | Optika | optika.id
Kabar24 | kabar24.bisnis.com
Ayobandung | AyoBandung.com | ayobandung.com
Ayo Semarang | ayosemarang.com
PRFM News | prfmnews.id
Jabar Publisher | jabarpublisher.com
Kilat | kilat.com
Jatimnet | jatimnet.com
Times Indonesia | TIMES Indonesia | timesindonesia.co.id
Beritajatim | Beritajatim.com | beritajatim.com
Surya.co.id | Harian Surya | surya.co.id
Memorandum | memorandum.co.id
Harian Bhirawa | harianbhirawa.co.id
Malang Post | malang-post.com
Gudeg.net | gudeg.net
Tugu Jogja | tugujogja.com
Kabar Medan | kabarmedan.com
Mistar | mistar.id
Jambi Independent | jambi-independent.co.id
Bengkulu Ekspress | bengkuluekspress.com
Palembang Pos | palpos.disway.id
Sriwijaya Post | Sripoku | palembang.tribunnews.com
Kabar Banten | kabar-banten.com
BantenNews | bantennews.co.id
Lombok Post | lombokpost.jawapos.com
Timor Express | timexkupang.jawapos.com
Kendari Pos | kendaripos.fajar.co.id
Makassar Terkini | makassarterkini.id
Rakyat Sulsel | rakyatsulsel.fajar.co.id
Gorontalo Post | gopos.id
Papua Post | papuapost.co.id
Jubi | jubi.id | jubi.co.id
Kabar Papua | kabarpapua.co
Ambon Ekspres | ambonekspres.fajar.co.id
Kaltim Today | kaltimtoday.co
Prokal | prokal.co
Samarinda Pos | sapos.co.id
Suara Kalbar | suarakalbar.co.id
Kalbar Online | kalbaronline.com
Radar Sampit | radarsampit.jawapos.com
Babel Pos | babelpos.disway.id
Bangka Pos | bangka.tribunnews.com
Batamnews | batamnews.co.id
Ulasan | ulasan.co
Haluan Kepri | haluankepri.com
Tanjungpinang Pos | tanjungpinangpos.id

# --- International wires and outlets (usually only cited)
Reuters | reuters.com
AP | Associated Press | The Associated Press | apnews.com
AFP | Agence France-Presse | afp.com
Bloomberg | bloomberg.com
Xinhua | xinhuanet.com
Kyodo | Kyodo News | kyodonews.net
Yonhap | yonhapnews.co.kr
dpa | Deutsche Presse-Agentur
Anadolu | Anadolu Agency | aa.com.tr
EPA | European Pressphoto Agency
Getty Images | gettyimages.com
Shutterstock | shutterstock.com
iStock | iStockphoto | istockphoto.com
BBC | BBC News | BBC Indonesia | bbc.com | bbc.co.uk
CNN | cnn.com
CNBC | cnbc.com
VOA | VOA Indonesia | Voice of America | voaindonesia.com
DW | Deutsche Welle | DW Indonesia | dw.com
The Guardian | Guardian | theguardian.com
The New York Times | New York Times | NYT | nytimes.com
The Wall Street Journal | Wall Street Journal | WSJ | wsj.com
Financial Times | FT | ft.com
The Washington Post | Washington Post | washingtonpost.com
Forbes | forbes.com
TechCrunch | Tech Crunch | techcrunch.com
The Verge | theverge.com
Engadget | engadget.com
Android Central | androidcentral.com
GSM Arena | GSMArena | gsmarena.com
Nikkei | Nikkei Asia | asia.nikkei.com
South China Morning Post | SCMP | scmp.com
The Straits Times | Straits Times | straitstimes.com
Channel NewsAsia | CNA | channelnewsasia.com
NDTV | ndtv.com
Al Jazeera | aljazeera.com
Yahoo News | Yahoo | yahoo.com
Business Insider | businessinsider.com
The Star | thestar.com.my
Tuoi Tre | tuoitre.vn

# Prefixes that name an outlet family: a name written in a dateline, header, copyright or
# byline slot that starts with one of them (and is no outlet of its own above) is a regional
# edition or channel of the family: `Tribun-Timur.com`, `SuaraSumut.id`, `ANTARA News Bali`.
# Format: `prefix => Canonical`.
[outlet_families]
Antara => ANTARA
Antaranews => ANTARA
Tribun => Tribunnews
Suara => Suara.com
detik => detikcom
Kompas => Kompas.com
Liputan6 => Liputan6.com
Okezone => Okezone
Sindonews => Sindonews
Sindo => Sindonews
iNews => iNews
Republika => Republika
Tempo => Tempo
Kontan => Kontan
Kumparan => Kumparan
Bisnis => Bisnis.com
Solopos => Solopos
Harianjogja => Harian Jogja
JawaPos => JawaPos.com
Jawa Pos => JawaPos.com
CNNIndonesia => CNN Indonesia
CNBCIndonesia => CNBC Indonesia
IDNTimes => IDN Times
Viva => VIVA
Merdeka => Merdeka.com
Medcom => Medcom.id
Grid => Grid.id
RMOL => RMOL
Pikiran Rakyat => Pikiran Rakyat

# Channel words: the rest of a family member's name after the family's prefix must be a
# place (`SuaraRiau.id`), one of these (`detikINET`, `KompasRegional`), one of these then a
# place (`Tribun News Bogor`), or a place then a compass word; a look-alike site
# (`Suaramediaindonesia.com`) is then an outlet of its own. A channel word before a known
# address (`Health-Liputan6.com`) names the same outlet.
[outlet_edition_words]
news
berita
regional
daerah
nasional
nusantara
metro
megapolitan
jabodetabek
bisnis
ekonomi
ekbis
money
finance
finansial
market
tekno
tech
techno
inet
health
sehat
style
lifestyle
travel
seleb
celebrity
hot
showbiz
oto
otomotif
sport
sports
bola
edu
edukasi
food
properti
hikmah
global
internasional
foto
video
tv
online
radar
wow
hype

# Section rubrics that open a dateline in a place's stead (`NASIONAL, BALINEWS.ID –`):
# written in capitals they are never the outlet, and the name after their comma is.
[outlet_rubrics]
Nasional
Nusantara
Regional
Daerah
Metro
Metropolitan
Megapolitan
Ekonomi
Ekbis
Bisnis
Keuangan
Finansial
Perbankan
Energi
Properti
Industri
Agribisnis
Hukum
Hukrim
Kriminal
Peristiwa
Politik
Parlemen
Pemerintahan
Pemilu
Pilkada
Internasional
Dunia
Olahraga
Sport
Sepakbola
Pendidikan
Kesehatan
Teknologi
Tekno
Otomotif
Hiburan
Seleb
Selebriti
Gaya Hidup
Lifestyle
Wisata
Pariwisata
Travel
Kuliner
Opini
Religi
Sosial
Budaya
Lingkungan

# Wires with reporters of their own in the regions: a release received by them
# (`siaran pers yang diterima Antara Bali`) is their own reporting, so they publish it.
[outlet_domestic_wires]
ANTARA

# Outlets that count only from a dateline, header, copyright line or byline: wires and photo
# agencies sell copy and photos to every outlet, and foreign outlets are mostly quoted, so a
# photo credit or an interview mention naming them does not reveal the publisher.
[outlet_cited_only]
ANTARA
Reuters
AP
AFP
Bloomberg
Xinhua
Kyodo
Yonhap
dpa
Anadolu
EPA
Getty Images
Shutterstock
iStock
BBC
CNN
CNBC
VOA
DW
The Guardian
The New York Times
The Wall Street Journal
Financial Times
The Washington Post
Forbes
TechCrunch
The Verge
Engadget
Android Central
GSM Arena
Nikkei
South China Morning Post
The Straits Times
Channel NewsAsia
NDTV
Al Jazeera
Yahoo News
Business Insider
The Star
Tuoi Tre

# Words before a name that make it a cited source, not the publisher.
[outlet_cited_cues]
dikutip dari
mengutip dari
mengutip
dilansir dari
dilansir
melansir
seperti dilansir
sebagaimana dilansir
seperti dikutip
sebagaimana dikutip
dikutip
diberitakan
seperti diberitakan
dilaporkan
seperti dilaporkan
menurut laporan
menurut
via
diolah dari
bersumber dari
sumber
sumber berita
rep

# Cues before a name that the outlet's own reporter was told something: `kepada Bisnis`,
# `saat dihubungi KONTAN`, `keterangan yang diterima VIVAnews`.
[outlet_credit_cues]
kepada
dihubungi
saat dihubungi
ketika dihubungi
dikonfirmasi
saat dikonfirmasi
diterima
ditemui
saat ditemui
dijumpai
diwawancarai
wawancara dengan
wawancara khusus dengan
wawancara eksklusif dengan
berbincang dengan
bincang-bincang dengan
menjawab pertanyaan
# a syndicated page's note of where the copy first ran (the page's own network)
telah tayang di
sudah tayang di
telah terbit di

# Words that a dateline slot may hold that are no outlet: weekdays, labels, common places.
[outlet_not_names]
Senin
Selasa
Rabu
Kamis
Jumat
Jum'at
Sabtu
Minggu
Ahad
Foto
Video
Update
Breaking News
Ilustrasi
Infografis
Headline
Eksklusif
Berita
Baca Juga
Advertisement
Iklan
Editor
Reporter
Penulis
Pewarta
Redaksi
Sumber
Istimewa
Dok
Dokumentasi
Google News
# platforms and stock-photo sites named in photo credits (`Foto: instagram.com/akun`)
Google
Instagram
Facebook
Twitter
YouTube
TikTok
WhatsApp
Pixabay
Unsplash
Freepik
Pexels
Canva
Wikipedia
Wikimedia
Wikimedia Commons

# Places that open datelines (`JAKARTA, KOMPAS.com -`, `Denpasar (Antara Bali) -`). A place
# is never taken for an outlet; an unknown outlet name is trusted only after a known place.
[dateline_places]
Jakarta
Jakarta Pusat
Jakarta Selatan
Jakarta Barat
Jakarta Timur
Jakarta Utara
Bandung
Surabaya
Medan
Semarang
Yogyakarta
Jogja
Yogya
Solo
Surakarta
Makassar
Palembang
Denpasar
Bali
Batam
Pekanbaru
Padang
Banda Aceh
Aceh
Lhokseumawe
Jambi
Bengkulu
Bandar Lampung
Lampung
Pangkalpinang
Tanjungpinang
Serang
Tangerang
Tangerang Selatan
Bekasi
Depok
Bogor
Cirebon
Tasikmalaya
Sukabumi
Karawang
Purwakarta
Subang
Garut
Cianjur
Malang
Kediri
Madiun
Jember
Banyuwangi
Sidoarjo
Gresik
Mojokerto
Pasuruan
Probolinggo
Blitar
Tulungagung
Magelang
Klaten
Sleman
Bantul
Gunungkidul
Kulon Progo
Purwokerto
Tegal
Pekalongan
Kudus
Cilacap
Pontianak
Singkawang
Palangka Raya
Banjarmasin
Balikpapan
Samarinda
Tarakan
Manado
Gorontalo
Palu
Kendari
Mamuju
Ambon
Ternate
Jayapura
Timika
Sorong
Manokwari
Merauke
Kupang
Mataram
Lombok
Labuan Bajo
Sumbawa
Bima
Nusa Dua
Badung
Gianyar
Singaraja
Pati
Rembang
Wonosobo
Temanggung
Sragen
Boyolali
Wonogiri
Karanganyar
Sukoharjo
Ngawi
Ponorogo
Lamongan
Tuban
Bojonegoro
Sumenep
Pamekasan
Bangkalan
Cilegon
Pandeglang
Lebak
Indramayu
Kuningan
Majalengka
Sumedang
Ciamis
Banjar
Pangandaran
Nunukan
Berau
Kutai Kartanegara
Bontang
Sampit
Ketapang
Sintang
Mempawah
Dumai
Bukittinggi
Payakumbuh
Pariaman
Solok
Sibolga
Pematangsiantar
Binjai
Tebing Tinggi
Deli Serdang
Lubuklinggau
Prabumulih
Baturaja
Muara Enim
Metro
Kotabumi
Sabang
Langsa
Meulaboh
Nabire
Biak
Wamena
Fakfak
Tual
Maumere
Ende
Atambua
Parepare
Palopo
Bone
Gowa
Maros
Luwuk
Poso
Tolitoli
Kotamobagu
Bitung
Tomohon
Singapura
Kuala Lumpur
Hong Kong
Beijing
Shanghai
Tokyo
Seoul
Bangkok
Hanoi
Manila
Sydney
Canberra
Melbourne
London
Paris
Berlin
Brussels
Jenewa
Moskow
Washington
New York
San Francisco
Los Angeles
Dubai
Riyadh
Mekkah
Madinah
Kairo
Doha
Istanbul
Ankara
Teheran
New Delhi
Mumbai
Taipei
Wellington
Amsterdam
Roma
Madrid
Gaza
Yerusalem
Tel Aviv
Kyiv
Kiev
Ottawa
Brasilia

# Provinces (38) and their dateline short forms
Nanggroe Aceh Darussalam
NAD
Sumatera Utara
Sumut
Sumatera Barat
Sumbar
Riau
Kepulauan Riau
Kepri
Sumatera Selatan
Sumsel
Kepulauan Bangka Belitung
Bangka Belitung
Babel
DKI Jakarta
DKI
Jawa Barat
Jabar
Banten
Jawa Tengah
Jateng
DI Yogyakarta
Daerah Istimewa Yogyakarta
DIY
Jawa Timur
Jatim
Nusa Tenggara Barat
NTB
Nusa Tenggara Timur
NTT
Kalimantan Barat
Kalbar
Kalimantan Tengah
Kalteng
Kalimantan Selatan
Kalsel
Kalimantan Timur
Kaltim
Kalimantan Utara
Kaltara
Sulawesi Utara
Sulut
Sulawesi Tengah
Sulteng
Sulawesi Barat
Sulbar
Sulawesi Selatan
Sulsel
Sulawesi Tenggara
Sultra
Maluku
Maluku Utara
Malut
Papua
Papua Barat
Pabar
Papua Selatan
Papua Tengah
Papua Pegunungan
Papua Barat Daya
# Aceh
Aceh Barat
Aceh Barat Daya
Abdya
Aceh Besar
Aceh Jaya
Aceh Selatan
Aceh Singkil
Aceh Tamiang
Aceh Tengah
Aceh Tenggara
Aceh Timur
Aceh Utara
Bener Meriah
Bireuen
Gayo Lues
Nagan Raya
Pidie
Pidie Jaya
Simeulue
Subulussalam
# Sumatera Utara
Asahan
Batu Bara
Dairi
Humbang Hasundutan
Humbahas
Karo
Labuhanbatu
Labuhanbatu Selatan
Labusel
Labuhanbatu Utara
Labura
Langkat
Mandailing Natal
Madina
Nias
Nias Barat
Nias Selatan
Nias Utara
Padang Lawas
Palas
Padang Lawas Utara
Paluta
Pakpak Bharat
Samosir
Serdang Bedagai
Sergai
Simalungun
Tapanuli Selatan
Tapsel
Tapanuli Tengah
Tapteng
Tapanuli Utara
Taput
Toba
Toba Samosir
Tobasa
Gunungsitoli
Padangsidimpuan
Padang Sidempuan
Siantar
Tanjungbalai
# Sumatera Barat
Agam
Dharmasraya
Kepulauan Mentawai
Mentawai
Lima Puluh Kota
Padang Pariaman
Pasaman
Pasaman Barat
Pasbar
Pesisir Selatan
Pessel
Sijunjung
Solok Selatan
Tanah Datar
Padang Panjang
Sawahlunto
# Riau
Bengkalis
Indragiri Hilir
Inhil
Indragiri Hulu
Inhu
Kampar
Kepulauan Meranti
Meranti
Kuantan Singingi
Kuansing
Pelalawan
Rokan Hilir
Rohil
Rokan Hulu
Rohul
Siak
# Kepulauan Riau
Bintan
Karimun
Kepulauan Anambas
Anambas
Lingga
Natuna
# Jambi
Batanghari
Bungo
Kerinci
Merangin
Muaro Jambi
Sarolangun
Tanjung Jabung Barat
Tanjabbar
Tanjung Jabung Timur
Tanjabtim
Tebo
Sungai Penuh
# Sumatera Selatan
Banyuasin
Empat Lawang
Lahat
Musi Banyuasin
Muba
Musi Rawas
Musi Rawas Utara
Muratara
Ogan Ilir
Ogan Komering Ilir
OKI
Ogan Komering Ulu
OKU
Ogan Komering Ulu Selatan
OKU Selatan
Ogan Komering Ulu Timur
OKU Timur
Penukal Abab Lematang Ilir
PALI
Pagar Alam
# Kepulauan Bangka Belitung
Bangka
Bangka Barat
Bangka Selatan
Bangka Tengah
Belitung
Belitung Timur
Beltim
# Bengkulu
Bengkulu Selatan
Bengkulu Tengah
Bengkulu Utara
Kaur
Kepahiang
Lebong
Mukomuko
Rejang Lebong
Seluma
# Lampung
Lampung Barat
Lampung Selatan
Lampung Tengah
Lampung Timur
Lampung Utara
Mesuji
Pesawaran
Pesisir Barat
Pringsewu
Tanggamus
Tulang Bawang
Tulang Bawang Barat
Way Kanan
# DKI Jakarta
Kepulauan Seribu
Jakbar
Jakpus
Jaksel
Jaktim
Jakut
# Jawa Barat
Bandung Barat
Cimahi
# Banten
Tangsel
# Jawa Tengah
Banjarnegara
Banyumas
Batang
Blora
Brebes
Demak
Grobogan
Jepara
Kebumen
Kendal
Pemalang
Purbalingga
Purworejo
Salatiga
# Jawa Timur
Bondowoso
Jombang
Lumajang
Magetan
Nganjuk
Pacitan
Sampang
Situbondo
Trenggalek
Batu
# Bali
Bangli
Buleleng
Jembrana
Karangasem
Klungkung
Tabanan
# Nusa Tenggara Barat
Dompu
Lombok Barat
Lombok Tengah
Lombok Timur
Lombok Utara
Sumbawa Barat
# Nusa Tenggara Timur
Alor
Belu
Flores Timur
Flotim
Lembata
Malaka
Manggarai
Manggarai Barat
Mabar
Manggarai Timur
Nagekeo
Ngada
Rote Ndao
Sabu Raijua
Sikka
Sumba Barat
Sumba Barat Daya
Sumba Tengah
Sumba Timur
Timor Tengah Selatan
TTS
Timor Tengah Utara
TTU
# Kalimantan Barat
Bengkayang
Kapuas Hulu
Kayong Utara
Kubu Raya
Landak
Melawi
Sambas
Sanggau
Sekadau
# Kalimantan Tengah
Barito Selatan
Barito Timur
Barito Utara
Gunung Mas
Kapuas
Katingan
Kotawaringin Barat
Kobar
Kotawaringin Timur
Kotim
Lamandau
Murung Raya
Pulang Pisau
Seruyan
Sukamara
# Kalimantan Selatan
Balangan
Barito Kuala
Batola
Hulu Sungai Selatan
Hulu Sungai Tengah
Hulu Sungai Utara
Kotabaru
Tabalong
Tanah Bumbu
Tanah Laut
Tapin
Banjarbaru
# Kalimantan Timur
Kutai Barat
Kubar
Kukar
Kutai Timur
Kutim
Mahakam Ulu
Mahakam Hulu
Mahulu
Paser
Penajam Paser Utara
PPU
# Kalimantan Utara
Bulungan
Malinau
Tana Tidung
# Sulawesi Utara
Bolaang Mongondow
Bolmong
Bolaang Mongondow Selatan
Bolsel
Bolaang Mongondow Timur
Boltim
Bolaang Mongondow Utara
Bolmut
Kepulauan Sangihe
Sangihe
Kepulauan Siau Tagulandang Biaro
Siau Tagulandang Biaro
Sitaro
Kepulauan Talaud
Talaud
Minahasa
Minahasa Selatan
Minsel
Minahasa Tenggara
Minahasa Utara
Minut
# Gorontalo
Boalemo
Bone Bolango
Gorontalo Utara
Pohuwato
# Sulawesi Tengah
Banggai
Banggai Kepulauan
Banggai Laut
Buol
Donggala
Morowali
Morowali Utara
Morut
Parigi Moutong
Parimo
Sigi
Tojo Una-Una
Touna
# Sulawesi Barat
Majene
Mamasa
Mamuju Tengah
Pasangkayu
Mamuju Utara
Polewali Mandar
Polman
# Sulawesi Selatan
Bantaeng
Barru
Bulukumba
Enrekang
Jeneponto
Kepulauan Selayar
Selayar
Luwu
Luwu Timur
Lutim
Luwu Utara
Lutra
Pangkajene dan Kepulauan
Pangkep
Pinrang
Sidenreng Rappang
Sidrap
Sinjai
Soppeng
Takalar
Tana Toraja
Toraja Utara
Toraja
Wajo
# Sulawesi Tenggara
Bombana
Buton
Buton Selatan
Buton Tengah
Buton Utara
Kolaka
Kolaka Timur
Koltim
Kolaka Utara
Kolut
Konawe
Konawe Kepulauan
Konkep
Konawe Selatan
Konsel
Konawe Utara
Konut
Muna
Muna Barat
Wakatobi
Baubau
# Maluku
Buru
Buru Selatan
Kepulauan Aru
Kepulauan Tanimbar
Tanimbar
Maluku Tenggara Barat
Maluku Barat Daya
Maluku Tengah
Maluku Tenggara
Seram Bagian Barat
Seram Bagian Timur
# Maluku Utara
Halmahera Barat
Halmahera Tengah
Halmahera Timur
Halmahera Selatan
Halmahera Utara
Halmahera
Kepulauan Sula
Pulau Morotai
Morotai
Pulau Taliabu
Tidore Kepulauan
Tidore
# Papua
Biak Numfor
Keerom
Kepulauan Yapen
Mamberamo Raya
Sarmi
Supiori
Waropen
# Papua Barat
Kaimana
Manokwari Selatan
Pegunungan Arfak
Teluk Bintuni
Teluk Wondama
# Papua Barat Daya
Maybrat
Raja Ampat
Sorong Selatan
Tambrauw
# Papua Selatan
Asmat
Boven Digoel
Mappi
# Papua Tengah
Deiyai
Dogiyai
Intan Jaya
Mimika
Paniai
Puncak
Puncak Jaya
# Papua Pegunungan
Jayawijaya
Lanny Jaya
Mamberamo Tengah
Nduga
Pegunungan Bintang
Tolikara
Yahukimo
Yalimo
# Towns that open datelines (regency seats, districts, islands, industrial and tourist areas)
Takengon
Sigli
Lhoksukon
Kutacane
Tapaktuan
Calang
Blangkejeren
Kualasimpang
Kisaran
Rantauprapat
Stabat
Kabanjahe
Berastagi
Sidikalang
Balige
Tarutung
Pangururan
Doloksanggul
Parapat
Lubuk Pakam
Kualanamu
Panyabungan
Sipirok
Sei Rampah
Pangkalan Brandan
Lubuk Basung
Batusangkar
Painan
Lubuk Sikaping
Bagansiapiapi
Bangkinang
Tembilahan
Rengat
Pangkalan Kerinci
Selatpanjang
Teluk Kuantan
Pasir Pengaraian
Duri
Tanjung Balai Karimun
Ranai
Tarempa
Lagoi
Muara Bulian
Muara Bungo
Muara Tebo
Bangko
Kuala Tungkal
Sekayu
Kayuagung
Indralaya
Muaradua
Sungailiat
Muntok
Mentok
Toboali
Koba
Tanjung Pandan
Manggar
Curup
Arga Makmur
Manna
Kalianda
Bakauheni
Gunung Sugih
Liwa
Krui
Menggala
Cikarang
Cibinong
Soreang
Ngamprah
Lembang
Cileungsi
Palabuhanratu
Pelabuhan Ratu
Singaparna
Jatinangor
Kertajati
Cibubur
Rangkasbitung
Tigaraksa
Serpong
Ciputat
Anyer
Merak
Ungaran
Purwodadi
Slawi
Mungkid
Borobudur
Cepu
Kartasura
Karimunjawa
Wates
Wonosari
Kepanjen
Bangil
Kraksaan
Madura
Bromo
Ubud
Kuta
Sanur
Seminyak
Canggu
Jimbaran
Nusa Penida
Kintamani
Amlapura
Semarapura
Mangupura
Negara
Gilimanuk
Praya
Selong
Gerung
Taliwang
Mandalika
Senggigi
Ruteng
Bajawa
Larantuka
Lewoleba
Kalabahi
Waingapu
Waikabubak
Tambolaka
Soe
Kefamenanu
Flores
Sumba
Timor
Putussibau
Ngabang
Sungai Raya
Entikong
Pangkalan Bun
Kuala Kapuas
Muara Teweh
Buntok
Kasongan
Martapura
Kandangan
Barabai
Amuntai
Batulicin
Pelaihari
Sangatta
Tenggarong
Tanjung Redeb
Sendawar
Tanah Grogot
Penajam
Ibu Kota Nusantara
IKN
Tanjung Selor
Sebatik
Tondano
Amurang
Airmadidi
Tahuna
Likupang
Limboto
Marisa
Bungku
Kolonodale
Ampana
Parigi
Bahodopi
Polewali
Watampone
Sungguminasa
Sengkang
Makale
Rantepao
Malili
Masamba
Sorowako
Raha
Unaaha
Pasarwajo
Wangi-Wangi
Masohi
Namlea
Dobo
Saumlaki
Langgur
Sofifi
Weda
Labuha
Tobelo
Jailolo
Sanana
Obi
Sentani
Serui
Wasior
Bintuni
Waisai
Teminabuan
Agats
Tanah Merah
Tembagapura
Enarotali
Sugapa
Ilaga
Oksibil
Dekai
Kenyam
Karubaga
# Foreign capitals and cities
Putrajaya
Johor Bahru
Bandar Seri Begawan
Dili
Phnom Penh
Vientiane
Yangon
Naypyidaw
Ho Chi Minh
Osaka
Busan
Washington DC
Den Haag
Brussel
Wina
Davos
Vatikan
Jeddah
Abu Dhabi
