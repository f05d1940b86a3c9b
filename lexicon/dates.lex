# Names and cues for the date rules (src/extract/date.rs), matched case-insensitively.
#
# [months] and [weekdays]: `number | name | name ...` (months 1-12; weekdays 1 = Monday ... 7 =
# Sunday). A user file may add a line with the same number to add spellings.

[months]
1 | januari | jan | january
2 | februari | pebruari | feb | febr | february
3 | maret | mar | march
4 | april | apr
5 | mei | may
6 | juni | jun | june
7 | juli | jul | july
8 | agustus | agu | agt | ags | agust | aug | august
9 | september | sep | sept
10 | oktober | okt | oct | october
11 | november | nov | nop | nopember
12 | desember | des | dec | december

[weekdays]
1 | senin | monday
2 | selasa | tuesday
3 | rabu | wednesday
4 | kamis | thursday
5 | jumat | jum'at | jum’at | jumaat | friday
6 | sabtu | saturday
7 | minggu | ahad | sunday

# Words just before a date that make it the edge of a period or another time than "when it was
# said": such a date is not a statement date and its year is not the article's year.
[date_period_cues]
sejak
semenjak
since
hingga
sampai
sampai dengan
s.d.
s/d
until
sebelum
setelah
sesudah
mulai
batas
berlaku
periode
per

# Words before a date that tie it to a statement (besides the speech and denial verbs of
# cues.lex).
[date_statement_cues]
tertanggal
dikatakan
disampaikan
diungkapkan
dijelaskan
ditegaskan
menurut
dikutip
dilansir
diterima
dihubungi
dikonfirmasi
ditemui
diwawancarai
keterangan
pernyataan
rilis
siaran pers
postingan
unggahan

# A word just before a date that makes it the time of an event ("lumpuh pada Selasa (3/4)"),
# not the attribution of a statement ("kata X, Selasa (3/4)").
[date_event_cues]
pada
on

# A word right after a date that puts it in the past of the story ("Jumat (23/2) lalu", "pada
# 14 Agustus 2013 lalu"): unless a speech verb just precedes it ("kata Budi, Senin (3/4)
# lalu"), such a day is the time of what is denied, not of the denial. [date_past_units] may
# stand between the date and the cue ("Jumat (23/2) pekan lalu").
[date_past_cues]
lalu

[date_past_units]
pekan
minggu

# Words that may stand, besides capitalised names, between a speech verb and the date of the
# saying ("kata dia kepada wartawan di Medan, Senin (5/6) lalu").
[date_attribution_words]
dia
ia
beliau
mereka
kami
kepada
pada
di
saat
ketika
usai
seusai
dalam
melalui
via
wartawan
media
awak
redaksi
keterangan
keterangannya
tertulis
resmi
pers
pesan
singkat
dihubungi
dikonfirmasi
ditemui

# A paragraph starting with (or, when short, containing) one of these is a link to other news:
# its dates belong to other articles.
[date_link_cues]
baca juga
baca:
lihat juga
simak juga
berita terkait
artikel terkait
berita lainnya
terpopuler
rekomendasi
terkini

# A label that may stand alone before the publication date on its line ("Diterbitkan:
# 05/02/2025", "Published 2025-02-05T10:00").
[date_publication_labels]
diterbitkan
dipublikasikan
dipublikasi
dipublish
terbit
tayang
dimuat
diunggah
published
posted
publikasi
tanggal
tgl

# Words before a time that mark the line as an update, not the first publication.
[date_update_cues]
diperbarui
diupdate
update
updated
