// Everyday Malay vocabulary, most frequent first (see malay.ts for how the lists were compiled).
import { entries } from './entries.ts';

export const malayCommonWords = entries(`
saya aku kamu awak engkau kau anda dia ia beliau kami kita mereka ini itu sini situ sana yang dan atau
tetapi tapi dengan untuk bagi dari daripada kepada pada di ke dalam luar atas bawah depan belakang tepi
antara sebelum selepas semasa ketika apabila bila kalau jika supaya agar kerana sebab oleh maka lalu
kemudian sudah telah belum masih sedang akan boleh dapat mahu nak hendak ingin perlu mesti harus patut
tidak tak bukan jangan usah ada tiada juga pun lagi sahaja saja hanya cuma sangat amat terlalu paling
lebih kurang agak semua segala setiap tiap banyak ramai sedikit beberapa para sesuatu seseorang sendiri
bersama apa siapa mana bagaimana kenapa mengapa berapa apakah siapakah adakah ya betul salah baik buruk
okey begitu begini macam seperti sama serupa lain pula memang sungguh benar hampir sentiasa selalu
kadang jarang pernah baru lama dulu dahulu nanti kini sekarang tadi esok semalam kelmarin lusa hari
malam pagi petang tengahari siang senja pukul jam minit saat detik masa waktu tahun bulan minggu
makan minum tidur bangun duduk berdiri jalan berjalan lari berlari pergi datang balik pulang masuk
keluar naik turun buka tutup ambil beri bawa hantar terima beli jual bayar cari jumpa tengok lihat
nampak dengar cakap kata bercakap tanya bertanya jawab tulis menulis baca membaca belajar ajar mengajar
kerja bekerja main bermain nyanyi menyanyi tari menari masak memasak basuh cuci mandi pakai tukar
simpan letak buang pegang tolong bantu sayang suka benci marah takut sedih gembira seronok rindu ingat
lupa tahu kenal faham fikir rasa percaya harap tunggu mula habis siap sampai tiba hilang jatuh terbang
berenang memandu pandu tunggang tolak tarik potong ikat guna cuba buat membuat jadi menjadi menang
kalah hidup mati lahir kahwin nikah tinggal pindah mendengar melihat mencari membeli menjual membayar
memberi menerima menunggu menolong membantu bercinta berjuang berdoa berehat bercuti berkahwin bermimpi
berniaga bertani bersukan berkelah berkhemah bersalam berjaya berusaha bersabar berdiam bergerak
rumah kereta motor motosikal basikal bas teksi kapal pesawat kapalterbang keretapi lorong lebuhraya
jambatan sekolah kelas guru cikgu murid pelajar ustaz ustazah kawan sahabat teman orang manusia lelaki
perempuan budak kanak bayi anak keluarga kampung bandar negeri negara dunia tanah air api angin laut
sungai tasik gunung bukit hutan pokok bunga daun buah pantai pulau langit bintang matahari awan hujan
ribut petir kilat pelangi embun salji kabus ombak pasir batu kayu besi emas perak tembaga berlian
permata intan mutiara wang duit ringgit sen harga gaji pejabat kedai pasar restoran kantin hospital
klinik masjid surau gereja kuil tokong istana muzium perpustakaan universiti kolej taman padang stadium
dewan balai polis bomba tentera askar doktor jururawat peguam hakim pemandu petani nelayan peniaga
pekerja pegawai kerani tukang pensyarah pengetua buku pen pensel kertas meja kerusi pintu tingkap lampu
kipas televisyen radio telefon komputer internet kunci beg kasut baju seluar kain tudung songkok
kopiah samping sampin cermin kepala rambut muka mata hidung mulut telinga tangan kaki hati jantung
badan perut darah tulang gigi lidah bibir pipi dahi leher bahu jari kuku kulit nyawa jiwa roh akal
fikiran perasaan semangat impian cita harapan rahsia kenangan cerita lagu muzik filem gambar warna nama
alamat nombor huruf perkataan bahasa melayu inggeris cina india arab jawi rumi besar kecil panjang
pendek tinggi rendah lebar sempit tebal nipis berat ringan cepat lambat laju perlahan muda tua cantik
lawa hensem kacak comel hodoh bersih kotor panas sejuk dingin hangat basah kering terang gelap manis
masam masin pahit pedas sedap lazat kenyang lapar dahaga penat letih sakit sihat kuat lemah pandai
bijak bodoh rajin malas kaya miskin murah mahal senang susah mudah sukar jauh dekat penuh kosong tenang
aman damai bahagia setia jujur ikhlas sabar berani garang lembut keras halus kasar wangi busuk sunyi
bising indah permai mulia suci merdeka bebas selamat bahaya kehidupan kejayaan kebahagiaan kesihatan
keselamatan kebersihan kemerdekaan kasih pengalaman pendidikan pengetahuan perjalanan persahabatan
percintaan perkahwinan pekerjaan perniagaan pertanian perikanan pelancongan perubatan pembangunan
kemajuan kecantikan keindahan kesabaran kejujuran keikhlasan kesetiaan kebebasan keadilan kebenaran
kedamaian keamanan kemakmuran perpaduan kesatuan kekuatan kemenangan perjuangan pengorbanan
kesungguhan keazaman kepercayaan kerjasama tanggungjawab amanah integriti disiplin cemerlang gemilang
terbilang hebat terbaik juara wira pahlawan hulubalang laksamana panglima srikandi pendekar jaguh
bintang idola raja ratu permaisuri puteri putera baginda tuanku rakyat bangsa agama tanahair ibunda
pusaka warisan budaya adat resam tradisi silat pencaksilat gendang rebana kompang wau gasing congkak
batik songket tenun ukiran seni syair pantun gurindam seloka hikayat sajak puisi novel komik kartun
sukan bola bolasepak badminton takraw sepaktakraw hoki ragbi renang lumba larian maraton catur
dam karom boling golf tenis ping pingpong futsal gol jaringan pasukan kelab perlawanan kejohanan piala
pingat johan naib tempat permainan pertandingan latihan jurulatih pemain penyokong kipas penonton
padi sawah kebun ladang getah sawit kelapa durian pisang tebu jagung ubi keledek kacang cili bawang
halia kunyit serai lengkuas lada garam gula minyak santan tepung beras telur susu mentega keju roti
kek biskut coklat aiskrim gula gulagula jem madu kicap sos cuka sayur sayuran bayam kangkung kobis
sawi terung timun tomato lobak kentang labu peria kacangpanjang bendi petai jering ulam pucuk
pinggan mangkuk cawan gelas sudu garpu pisau periuk kuali dapur peti petisejuk almari katil tilam
bantal selimut langsir permaidani tandas bilik ruang tamu anjung beranda halaman pagar bumbung lantai
dinding tangga rumput longkang parit jalanraya simpang lampuisyarat kereta kancil proton perodua
saga wira iswara persona preve perdana waja satria gen myvi axia bezza alza aruz ativa viva kelisa
kembara rusa kenari honda toyota nissan yamaha suzuki kapcai lesen insurans cukaijalan petrol minyak
stesen tol parking letak kenderaan pemanduan trafik kemalangan saman denda penjara mahkamah undang
peraturan perlembagaan kuasa kerajaan pilihanraya undi calon parti politik pemimpin ketua menteri
perdana presiden naib pengerusi setiausaha bendahari ahli jawatankuasa mesyuarat persatuan pertubuhan
koperasi syarikat kilang pelabuhan lapangan terbang feri jeti pasaraya kedaikopi warung gerai medan
selera kafe kopitiam mamak pasarmalam pasartani bazar bazaarramadan kenduri majlis jamuan rumahterbuka
perkahwinan pertunangan tunang pengantin bersanding persandingan akad hantaran mas kahwin maskahwin
kad jemputan tetamu jiran penduduk masyarakat komuniti gotongroyong rukun tetangga tetangga kawasan
taman perumahan flat kondominium apartmen pangsapuri banglo teres berkembar kuarters asrama rumahsewa
sewa pinjaman hutang simpanan tabung tabunghaji asb amanahsaham bank akaun kad kredit debit wang
tunai cek pindahan bayaran bil elektrik air telefon internet wifi data talian nombor kod pin kata
katakunci katalaluan laluan masuk daftar log logmasuk akaun pengguna nama rahsia peribadi maklumat
sistem aplikasi laman sesawang portal emel mesej pesanan whatsapp telegram facebook instagram tiktok
twitter youtube google shopee lazada grab foodpanda touchngo tng maybank cimb rhb bankislam bsn
publicbank ambank affin hongleong muamalat agrobank alrajhi kwsp perkeso tabung mara felda felcra
risda petronas tnb telekom unifi celcom maxis digi umobile yes astro rtm tv berita harian utusan
kosmo metro sinar bernama
mengambil membawa menghantar menerima memakai menukar menyimpan meletak membuang memegang memasak
mencuci membasuh mengemas menyapu mengecat membaiki memotong mengikat menjahit menggosok menyiram
menanam menuai memetik memancing menjala menoreh mengayuh mendaki menyelam mengembara melancong
mendaftar memohon melulus meluluskan mengesahkan menandatangani mencetak menaip mengira menyemak
menyusun merancang mengurus memimpin mengetuai mentadbir melapor melaporkan memaklumkan menghubungi
menelefon menjawab bertemu berjumpa berbual berbincang bermesyuarat berkongsi bertukar berpindah
bersara berhenti bersiap bersedia berlatih bertanding berlumba bersorak bertepuk bertenang bersyukur
bergembira bersedih menangis ketawa tersenyum senyum gelak tangis jerit bisik panggil ajak suruh larang
izin setuju bantah tolak pilih undi sokong lawan kalahkan menangkan hadiah ganjaran kejutan keputusan
peperiksaan ujian soalan jawapan markah gred sijil ijazah diploma sarjana doktorfalsafah biasiswa
yuran kelas tadika sekolahrendah sekolahmenengah asrama matrikulasi upsr spm stpm muet ipta ipts
tingkatan darjah cuti cutisekolah cutiumum hujungminggu harikelepasan pagiitu tengahmalam dinihari
awalpagi lewat awal tepat segera nanti kejap sekejap lama lamanya sebentar seketika selamanya buatselamanya
pokokkelapa pokokgetah pokokdurian bunga mawarmerah kebunbunga halamanrumah tamanbunga tamanpermainan
kolamrenang pusatbeli pusatbandar bandarbaru kampungbaru kampunghalaman balikkampung kampungku
desa dusun pekan kota kotaraya ibukota ibunegeri jajahan wilayah benua samudra tanjung teluk selat
tasik paya lembah gua air laut tepi pantai pasirputih pasirmas batuputih bukitbiru gununghijau
lautbiru langitbiru bulanbintang bintangkejora matahariterbit mataharitenggelam
jurutera arkitek akauntan juruaudit jurubank juruwang juruteknik jurukamera jurugambar juruterbang
pramugari pramugara kelasi nakhoda pelaut posmen penghantar pengawal jaga tukangkebun tukangmasak
tukangjahit tukangrumah mekanik pembantu setiausaha pengurus penyelia eksekutif kerani pemandu
polis trafik imigresen kastam bomba penyelamat hospital wad kecemasan ambulans ubat vaksin demam
selsema batuk sakitkepala sakitperut kencingmanis darahtinggi jantung buahpinggang paruparu
otak saraf otot urat tulangbelakang lutut siku pergelangan tapak telapak ibujari kelingking
`);
