// Words people build passwords from: endearments, family, faith and greetings, numbers and dates,
// colours, animals, food, nature, Kelantanese dialect and popular phrases (see malay.ts).
import { entries } from './entries.ts';

export const malayEndearments = entries(`
sayang sayangku sayangkamu sayangawak sayangsaya sayangmu sayangdia cinta cintaku cintakamu cintamu
cintahati kasih kasihku kekasih kekasihku buahhati buahhatiku intanpayung permataku manja manjaku
tersayang tercinta terindah rindu rinduku rindukamu rindusangat sayangmama sayangabah sayangibu
sayangayah sayangadik sayangabang sayangbaby sayangselamanya jantunghati belahanjiwa jiwaku nyawaku
cayang cayangku ayang ayangku bucuk bucukku busukku comelku manisku dinda kanda adinda kekanda
abang abg adik kakak akak bang ayg baby babe darling honey sweetie love lovely loveyou iloveyou
akusayangkamu akucintakamu sayangkauselamanya selamanya hubby wifey suamiku isteriku suami isteri
teman temanku sahabatku kawanku bff bestfriend bestie geng kawanbaik sehidupsemati sampaibila
`);

export const malayFamily = entries(`
ayah abah bapa bapak ibu emak mak mama papa umi ummi abi walid ayahanda bonda ibunda anakanda atuk tok
wan opah nenek nek tokwan tokma cucu cicit anakku pakcik makcik paksu maksu pakngah makngah paklong
maklong pakteh makteh pakndak makndak pakcu makcu sepupu saudara mentua menantu ipar biras famili
keluargaku ayahku ibuku emakku abahku mamaku papaku adikku abangku kakakku anakanak
`);

export const malayFaith = entries(`
allah muhammad rasulullah nabi islam iman ihsan quran alquran solat sembahyang puasa zakat haji umrah
mekah makkah madinah kaabah syurga jannah akhirat rezeki berkat barakah doa zikir selawat tasbih
tahmid takbir bismillah alhamdulillah subhanallah allahuakbar astaghfirullah insyaallah inshaallah
insyallah mashaallah masyaallah lailahaillallah assalamualaikum salam waalaikumsalam syukur tawakal
taqwa hidayah rahmat ramadan ramadhan syawal aidilfitri aidiladha hariraya raya lebaran maulidur
maulid israk mikraj nuzul qurban korban jumaat selamatpagi selamatpetang selamatmalam selamatdatang
selamatjalan terimakasih tahniah maaf maafzahirbatin jumpalagi amin aamiin ameen sunnah hadis fardu
wajib halal haram dosa pahala kiblat imam bilal siak tahfiz pondok madrasah ustaz tazkirah ceramah
`);

export const malayNumbersAndDates = entries(`
kosong sifar satu dua tiga empat lima enam tujuh lapan sembilan sepuluh sebelas duabelas tigabelas
empatbelas limabelas enambelas tujuhbelas lapanbelas sembilanbelas duapuluh tigapuluh empatpuluh
limapuluh enampuluh tujuhpuluh lapanpuluh sembilanpuluh seratus duaratus tigaratus limaratus seribu
duaribu sepuluhribu seratusribu sejuta sebilion pertama kedua ketiga keempat kelima keenam ketujuh
kelapan kesembilan kesepuluh satuduatiga januari februari mac april mei jun julai ogos september
oktober november disember jan feb apr jul ogo sep okt nov dis muharram safar rabiulawal rabiulakhir
jamadilawal jamadilakhir rejab syaaban zulkaedah zulhijjah isnin selasa rabu khamis sabtu ahad
hariini harilahir harijadi selamatharijadi ulangtahun tarikh
`);

export const malayColoursAnimals = entries(`
merah biru hijau kuning putih hitam ungu oren jingga coklat kelabu merahjambu pink nila kucing anjing
ayam itik angsa lembu kambing kerbau biri gajah harimau rimau singa monyet kera beruk ular buaya burung
helang merpati pipit kakaktua kuda rusa kancil pelanduk arnab tikus ikan penyu katak kura belalang rama
ramarama kupu semut lebah nyamuk lalat labah cicak tupai landak beruang badak tapir orangutan keli
sepat haruan kelisa toman patin siakap kerapu tenggiri kembung selar bilis udang sotong ketam kerang
siput oyen tompok comot belang putih gebu bulus bulat gemuk
`);

export const malayFood = entries(`
nasi nasilemak nasikerabu nasidagang nasiair nasitumpang nasiberlauk nasigoreng nasiayam nasibriyani
nasikandar nasiminyak laksa laksam laksakelantan nekbat akok cekodok cokodok jalaemas tahiitik
lompattikam serabai puterimandi tepungpelita bahulu dodol wajik lemang ketupat rendang satay sate
soloklada ayampercik ikanbakar budu tempoyak sambal belacan cencaluk keropok keropoklekor roti
roticanai rotijohn murtabak teh tehtarik kopi kopio milo sirap bandung cendol aiskacang abc rojak
pasembur mee meegoreng meerebus meekari bihun kueyteow kuetiau charkueyteow yongtaufu dimsum pau
karipap popia kuih kuihmuih onde ondeonde kuihlapis serimuka apam putu putubambu lepat pulut
pulutkuning bubur buburlambuk serunding dendeng gulai kari masaklemak asampedas tomyam singgang sup
otakotak cucur pisanggoreng goreng rambutan manggis mangga pisang nangka cempedak langsat duku dokong
salak betik nanas tembikai jambu belimbing ciku limau anggur epal strawberi mempelam kuaci kerepek
`);

export const malayNature = entries(`
mawar melati melur kenanga cempaka seroja teratai bungaraya orkid anggerik dahlia tulip sakura kemboja
tanjung bakawali suria purnama rembulan fajar subuh senjakala taufan bayu samudera lautan rimba
belantara airterjun zamrud delima nilam kristal mentari cahaya sinar nur kejora pelita lilin
`);

// Kelantanese: the words a Kelantan-born person is likely to reach for.
export const kelantaneseWords = entries(`
ambo demo kawe mung gapo bakpo guano mano ore kelate kecek sokmo molek sedak comey kito tubik kelik
sapo anok gomo kelatekito orekelate kelatedarulnaim
`);

export const malayPhrases = entries(`
katalaluan katakunci rahsiaku rahsiasaya bukakunci malaysiaboleh negaraku tanahairku jalurgemilang
harimaumalaya rukunnegara satumalaysia keluargamalaysia malaysiamadani madani wawasan cintaagama
cintanegara sayangmalaysia akuanakmalaysia merdekamerdeka hiduprakyat daulattuanku sayangkelantan
upin ipin upinipin boboiboy ejenali keluangman doraemon pramlee sitinurhaliza tokmat pakpandir
sangkancil hangtuah hangjebat mahsuri puterigunungledang lagendabudaksetan
`);
