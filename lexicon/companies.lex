# Companies and brands: `Canonical | alias | alias`. General knowledge of firms that often
# appear in Indonesian news; a company in no list is still found through organisation cues.
# Names match case-sensitively (they are proper nouns). A product under a parent lists the
# parent last with `parent:` (e.g. `WhatsApp | parent:Meta`).

[companies]
# Banks and finance
BRI | Bank Rakyat Indonesia | Bank BRI | BRI Life
BCA | Bank Central Asia | Bank BCA
BNI | Bank Negara Indonesia | Bank BNI
Bank Mandiri | Mandiri | Livin' by Mandiri
BSI | Bank Syariah Indonesia | Bank BSI
BTN | Bank Tabungan Negara | Bank BTN
CIMB Niaga | Bank CIMB Niaga
Bank Danamon | Danamon
Bank Permata | PermataBank
OCBC NISP | Bank OCBC NISP | OCBC
Maybank Indonesia | Maybank
Bank Mega
Bank Panin | Panin Bank
Bank Muamalat | Muamalat
Bank DKI
Bank BJB | BJB
Bank Jatim
Bank Jago
Allo Bank
SeaBank
Jenius
Prudential | Prudential Indonesia
Allianz | Allianz Indonesia
AIA | AIA Financial
Manulife | Manulife Indonesia
Jiwasraya | Asuransi Jiwasraya
Asabri
Taspen
Akulaku
Kredivo
OVO
GoPay
LinkAja
ShopeePay
Ajaib
Bibit
Indodax
Pintu
# Telecoms and internet
Telkomsel | PT Telekomunikasi Selular
Telkom | Telkom Indonesia | PT Telekomunikasi Indonesia | Telkom Group
IndiHome
Indosat Ooredoo Hutchison | Indosat | Indosat Ooredoo | IOH | IM3
XL Axiata | XL | XLSmart | Axis
Smartfren
Hutchison 3 Indonesia
Biznet
First Media
MyRepublic
# Platforms and technology
Google | Alphabet
Meta | Meta Platforms
Facebook | parent:Meta
Instagram | parent:Meta
WhatsApp | parent:Meta
Twitter
TikTok | Tik Tok | ByteDance
YouTube
Telegram
WeChat | Tencent
Zoom | Zoom Video Communications
Microsoft
Apple
Amazon | Amazon Web Services | AWS
Netflix
Spotify
LinkedIn
Snapchat
Signal
Line
Yahoo
OpenAI
Nvidia
Intel
Oracle
IBM
Cisco
Shopee | Sea Group
Tokopedia
Bukalapak
Lazada
Blibli
JD.ID
Zalora
Sociolla
Gojek
GoTo | GoTo Gojek Tokopedia
Grab
Maxim
inDrive
Uber
Traveloka
Tiket.com
Ruangguru | Ruang Raya Indonesia
Halodoc
Alodokter
eFishery
Xiaomi
Samsung | Samsung Electronics
Huawei
Oppo
Vivo
Realme
Lenovo
Asus
Acer
Sony
Erajaya
Alibaba
Lazada Indonesia
Agoda
Booking.com
Airbnb
# State-owned and energy
Pertamina | PT Pertamina (Persero)
PLN | Perusahaan Listrik Negara | PT PLN (Persero)
PGN | Perusahaan Gas Negara | PGAS
Krakatau Steel
Antam | Aneka Tambang
Bukit Asam | PTBA
PT Timah
Inalum
MIND ID
Elnusa
Pupuk Indonesia
Pupuk Kaltim
Petrokimia Gresik
Semen Indonesia
Bio Farma
Kimia Farma
Indofarma
Jasa Marga
Waskita Karya | Waskita
Wijaya Karya | WIKA
Adhi Karya | Adhi
Hutama Karya
PT PP
Angkasa Pura I | Angkasa Pura 1
Angkasa Pura II | Angkasa Pura 2
InJourney
AirNav Indonesia | AirNav
KAI | Kereta Api Indonesia | PT KAI
KCIC | Kereta Cepat Indonesia China
Pelindo
Pos Indonesia
Bulog
ID Food
Freeport Indonesia | Freeport | PTFI | Freeport-McMoRan
Vale Indonesia | Vale
Amman Mineral
Adaro | Adaro Energy
Indika Energy
Medco | Medco Energi
Bumi Resources
Chevron
Shell | Shell Indonesia
BP | BP-AKR
ExxonMobil
TotalEnergies
Petronas
Vivo Energy
# Transport
Garuda Indonesia | Garuda
Citilink | Citilink Indonesia
Lion Air | Lion Group | Lion Air Group
Batik Air
Wings Air
Super Air Jet
Sriwijaya Air | Sriwijaya Air Group
Nam Air
Indonesia AirAsia | AirAsia | AirAsia Indonesia
Pelita Air
Susi Air
TransNusa
Singapore Airlines
Malaysia Airlines
Blue Bird | Bluebird
# Consumer goods, food and retail
Unilever | Unilever Indonesia
Indofood | Indofood Sukses Makmur
Wings Group
Mayora | Mayora Indah | PT Mayora Indah Tbk
Danone | Danone Indonesia | Danone-AQUA | Aqua
Nestle | Nestlé
Coca-Cola
Le Minerale
Sido Muncul
Kalbe Farma | Kalbe
Mie Gacoan | Pesta Pora Abadi
McDonald's | McDonald's Indonesia
KFC | KFC Indonesia | Fast Food Indonesia
Starbucks | Starbucks Indonesia | MAP Boga Adiperkasa | Map Boga Adiperkasa | MAPB
Burger King
Pizza Hut
Alfamart | Sumber Alfaria Trijaya
Indomaret | Indomarco Prismatama
Matahari | Matahari Department Store
Transmart
Hypermart
Ace Hardware
IKEA
Uniqlo
Nike
Adidas
Gudang Garam
Sampoerna | HM Sampoerna
Djarum
Sinar Mas | Grup Sinar Mas | Sinarmas
Golden Agri Resources | GAR
Asia Pulp and Paper | APP
Wilmar | Grup Wilmar | Wilmar Group
Musim Mas
Apical
Dow Chemical | Dow
Bayer
Pfizer
AstraZeneca
Sinovac
Moderna
# Automotive
Astra | Astra International
Astra Honda Motor | AHM
Toyota | Toyota Astra Motor
Honda
Yamaha
Suzuki
Daihatsu
Mitsubishi
Hyundai
Wuling | Wuling Motors
BYD
Tesla
Chery
VinFast
# Property and conglomerates
Lippo | Lippo Karawaci | Lippo Group | Grup Lippo
Ciputra
Agung Podomoro
Summarecon
Pakuwon
Sinar Mas Land
Meikarta
MNC Group | MNC
Emtek
Djarum Group
Salim Group
CT Corp
