# Cues of denial, speech and rumour. One word or phrase per line; matching ignores case and
# treats any run of spaces as one. See src/lexicon.rs for the format.

[denial_verbs]
# Verbs and nouns that by themselves state a denial.
membantah
bantah
dibantah
bantahan
membantahnya
menyanggah
sanggah
disanggah
sanggahan
menepis
tepis
ditepis
menyangkal
sangkal
disangkal
menampik
tampik
ditampik
menolak tudingan
menolak tuduhan
menolak anggapan
menolak kabar
menolak isu
membantah keras
memastikan tidak
menegaskan tidak
menjamin tidak
menegaskan bahwa tidak
memastikan bahwa tidak
menegaskan bukan
menyatakan bukan
membantah kabar
dibantah oleh
denied
deny
denies
# Setting a report straight ("clarifying away"): the verb with the report as its object.
meluruskan kabar
meluruskan informasi
meluruskan isu
meluruskan berita
meluruskan pemberitaan
meluruskan tudingan
meluruskan tuduhan
luruskan kabar
luruskan informasi
luruskan isu
mengklarifikasi kabar
mengklarifikasi informasi
mengklarifikasi isu
mengklarifikasi berita
mengklarifikasi pemberitaan
mengklarifikasi tudingan
mengklarifikasi tuduhan
klarifikasi kabar
klarifikasi isu

[same_as_cues]
# Saying the same as a denying company ("juga menyampaikan hal serupa") is a denial too.
hal serupa
hal senada
hal yang sama
pernyataan serupa
pernyataan senada
bantahan serupa
bantahan senada
sanggahan serupa
sanggahan senada

[denial_phrases]
# Phrases that call an allegation false, wherever a company's statement uses them.
tidak benar
tidaklah benar
tak benar
tidak betul
tak betul
tidak berdasar
tak berdasar
tidak mendasar
hoaks
hoax
kabar bohong
berita bohong
informasi palsu
kabar palsu
tidak sesuai fakta
tidak sesuai dengan fakta
tidak seperti yang dikabarkan
tidak seperti yang diberitakan
tidak seperti yang dituduhkan
tidak seperti yang disebutkan
tidak seperti yang beredar
tak seperti yang dikabarkan
tak seperti yang diberitakan

[quote_phrases]
# Phrases that make a company's own quote a clear denial (too common in the reporter's
# voice to count there).
tidak pernah
tak pernah
sama sekali tidak
bukan milik
bukan berasal
bukan produk
bukan bagian dari
bukan karyawan
bukan pegawai
bukan akun resmi
bukan situs resmi
bukan dari kami
tidak terlibat
tidak ada kebocoran
data nasabah aman
data pelanggan aman
data pengguna aman
tetap aman
aman dikonsumsi
fitnah
kesalahpahaman
sebuah kesalahan
keliru
menyesatkan

[quote_soft_phrases]
# In a company's quote these set the record straight; they rank a quote, never make a record.
meluruskan
luruskan
klarifikasi
mengklarifikasi
kabar yang beredar
informasi yang beredar
tidak tepat
tidak akurat

[negations]
# Negation inside a company's own quote marks the quote as a denial.
tidak
tak
bukan
belum
tiada
nggak
enggak
gak
ngga
tidaklah
bukanlah
hoaks
hoax
keliru
salah
kesalahan
not
never
no

[degree_words]
# After a negation they hedge a degree ("tidak terlalu bergantung") or add to what was said
# ("tidak hanya"): no denial.
terlalu
begitu
seberapa
terlampau
sepenuhnya
# "tidak hanya itu, kami juga ...": not only, and more
hanya
sekadar
sekedar
cuma

[decline_cues]
# Declining to comment or confirming is not a denial.
tidak akan berspekulasi
tidak ingin berspekulasi
tidak mau berspekulasi
enggan berspekulasi
tidak dapat mengomentari
tidak bisa mengomentari
menolak berkomentar
menolak memberikan komentar
menolak menjawab
enggan berkomentar
belum memberikan tanggapan
belum menanggapi
tidak menanggapi
tidak segera menanggapi
belum bisa dipastikan
no comment
tanpa komentar
tidak mau berkomentar
tidak ingin berkomentar
belum mau berkomentar
belum bersedia berkomentar
tidak bersedia berkomentar
enggan menanggapi
enggan menjawab
tidak mau menanggapi
belum mau menanggapi
# a decision not yet taken answers nothing
belum memutuskan
belum menentukan
belum mengambil keputusan
membenarkan
mengakui

[fronted_phrases]
# Words that open an adverbial phrase before the subject ("Melalui akun Instagram resminya,
# Elmo menyatakan ..."): the phrase up to its comma is not part of the subject.
melalui
lewat
dalam
saat
ketika
kepada
pada
menanggapi
menjawab
terkait
mengenai
soal
atas
usai
setelah
sebelumnya
sementara itu
di sisi lain
di tempat terpisah
secara terpisah
adapun
namun
sedangkan

[counter_cues]
# Verbs by which a company confirms the report, apologises for it or accuses someone: such a
# company gives no record on weak evidence alone (a negation in its reported speech or
# quote). "mengakui" is left out: companies admit a part while denying the rest.
membenarkan
meminta maaf
memohon maaf
minta maaf
mohon maaf
menuding
menuduh
mempolisikan
menggugat
mensomasi
melayangkan somasi
melayangkan gugatan
melayangkan laporan
melaporkannya
menuntut ganti rugi
menempuh jalur hukum
mengakui adanya
mengakui kelalaian
mengakui kesalahan
mengakui kekeliruan

[speech_verbs]
# Verbs of saying that attribute a quote to a speaker; -nya forms are matched too.
memastikan
menjamin
mengaku
menekankan
mengimbau
kata
ujar
tulis
jelas
ungkap
tegas
sambung
tutur
papar
terang
imbuh
tambah
ucap
lanjut
ungkapnya
sebut
pungkas
beber
tukas
kilah
bantah
sangkal
tepis
tampik
sanggah
paparnya
demikian bunyi
bunyi pernyataan
bunyi keterangan
mengatakan
menyatakan
menegaskan
menjelaskan
mengungkapkan
menyebutkan
menyebut
menuturkan
memaparkan
menerangkan
menambahkan
mengklaim
menulis
mengatakan bahwa
menyampaikan
membantah
menepis
menampik
said
mengklarifikasi
membuat klarifikasi
memberikan klarifikasi
memberi klarifikasi
mengeluarkan klarifikasi
membuat pernyataan
mengeluarkan pernyataan
memberikan keterangan
berkilah
elak
mengelak
dalih
berdalih

[opinion_verbs]
# Verbs of judging, suspecting or demanding: like speech verbs they end a clause's subject
# ("Nanda berpendapat bahwa PT X diduga lalai" is Nanda's view, not PT X speaking), but they
# attribute no quote. Used where a pronoun quote looks back for its speaker.
berpendapat
menilai
menduga
menuding
menuduh
mendesak
meminta
mengkritik
menyoroti
mempertanyakan
menyesalkan
mengeluhkan
menyayangkan

[speech_prepositions]
# Introduce a speaker before a quote or reported statement.
menurut
kata
dalam keterangan
dalam pernyataan

[statement_nouns]
# A company's own written statement named as the speaker ("...," tulis siaran pers tersebut):
# the company in focus speaks.
pernyataan perusahaan
pernyataan resmi
pernyataan tertulis
siaran pers
keterangan resmi
keterangan tertulis
rilis resmi
rilis

[assertive_verbs]
# Reporting verbs that assert against something: the negation they report ("menegaskan tidak
# pernah menjual data") denies even in an article without rumour words, unless it states a
# plan (see plan_words). Neutral verbs (mengatakan, menyatakan) need rumour words.
menegaskan
memastikan
menjamin
mengklaim

[assertive_verb_roots]
# The bare forms of the assertive verbs that a speaker uses of himself ("Perlu kami tegaskan
# bahwa ... tidak"): in a company's own quote, such a negation denies.
tegaskan
pastikan
jamin
klaim

[plan_words]
# After the negation of a reported statement these make it a plan, an ability or an
# assurance ("memastikan tidak akan menaikkan harga", "memastikan stok aman"), everyday
# business news: such a statement denies only in an article with rumour words.
akan
perlu
bisa
dapat
mau
ingin
berencana
aman

[own_report_words]
# Words after "laporan" that make it the company's own report ("laporan keuangan", "laporan
# kuartal III"), which states no claim to answer.
keuangan
kuartal
tahunan
kinerja
triwulan
semester
berkelanjutan

[context_cues]
laporan
dilaporkan
diberitakan
pemberitaan
keluhan
dikeluhkan
protes
diprotes
petisi
gugatan
menggugat
somasi
tuntutan
sorotan
disorot
kritik
dikritik
mempertanyakan
dipertanyakan
heboh
polemik
kontroversi
mencuat
tersebar
unggahan
temuan
investigasi
penyelidikan
diselidiki
kasus
skandal
anggapan
tuding
# Rumour and accusation words. In an article that holds none of these (nor a denial verb or
# phrase), a negation in a company's quote, "hal senada" or a negation reported with a neutral
# verb is everyday speech, not a denial. Also part of the cheap first pass over a corpus.
# ("Laporan" opening a byline, "Laporan wartawan X", does not count.)
kabar
isu
isunya
rumor
gosip
desas-desus
spekulasi
tudingan
tuduhan
dituding
dituduh
menuding
menuduh
dikabarkan
diisukan
diisyukan
beredar
viral
klarifikasi
mengklarifikasi
meluruskan
dugaan
diduga
dicurigai
disebut-sebut

[rumour_cues]
# Words that introduce the claim being denied.
dikabarkan
dituding
dituduh
tudingan
tuduhan
diduga
dugaan
isu
isyu
isunya
kabar
rumor
laporan
disebut
disebut-sebut
diklaim
klaim
mengklaim
menuding
menuduh
viral
beredar
informasi
berita
pemberitaan
kecurigaan
sangkaan
anggapan

[denial_speech_verbs]
# Speech verbs that say the words they attribute deny something ("...," kilahnya; "...,"
# bantah X): such a quote from a company is its denial, whatever its words.
kilah
berkilah
bantah
membantah
sangkal
menyangkal
tepis
menepis
tampik
menampik
sanggah
menyanggah
elak
mengelak
dalih
berdalih
