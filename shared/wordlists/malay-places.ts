// Places, offices and teams: Malaysian states and their royal titles, Kelantan's districts and towns,
// other main towns, public-service and treasury terms, football teams (see malay.ts).
import { entries } from './entries.ts';

export const malaysianStates = entries(`
malaysia malaya tanahmelayu johor kedah kelantan melaka malacca negerisembilan pahang pulaupinang
penang pinang perak perlis sabah sarawak selangor terengganu trengganu kualalumpur labuan putrajaya
wilayah wilayahpersekutuan darulnaim darultakzim darulaman darulmakmur darulehsan darulridzuan
darulkhusus daruliman negeri kelate ganu nogori nismilan singapura brunei
`);

export const kelantanPlaces = entries(`
kotabharu pasirmas tumpat pasirputih bachok kualakrai machang tanahmerah jeli gualmusang lojing
kecillojing rantaupanjang pengkalanchepa wakafbharu ketereh melor kubangkerian kadok nilampuri
peringat pulaichondong tokbali jelawat selising cherangruku dabong manekurai ayerlanas bukitbunga
tawang koklanas pengkalankubor palekbang kampunglaut sabak pantaicahayabulan pcb pantaiirama
bisikanbayu pantaisabak gunungstong sungaikelantan sungaigolok golok batumengkebang temangan
lalang kemahang bukitpanau kualabalah pulai bertam aring kemubu panji kemumin badang lundang
wakafcheyeh pasarsitikhadijah tambatandiraja istanajahar istanabalaibesar pulaukundur pantaisenok
kotadarulnaim kubangkual kota gual
kampungsireh kubangpasu mulong kotajembal kenali tunjong salor bunutsusu kemasin cabangempat beris
kualabesar pantaigeting guchil labok perupok melawi pantaimelawi semerak jeram pasirpekan kelaboran
meranti tendong gualperiok kedailalat pasirtumboh lembahsireh tanjongmas pintugeng chiku
`);

export const malaysianTowns = entries(`
ipoh taiping telukintan lumut sitiawan manjung kampar batugajah kualakangsar gerik shahalam
petalingjaya klang subang subangjaya puchong kajang bangi cyberjaya cheras ampang gombak rawang
selayang sepang banting kualaselangor sabakbernam kualakubu seremban nilai portdickson rembau tampin
kuantan temerloh bentong raub kualalipis jerantut pekan rompin cameronhighlands genting
gentinghighlands kualaterengganu kemaman dungun marang besut setiu kualanerus alorsetar alorstar
sungaipetani kulim langkawi jitra kangar arau padangbesar georgetown butterworth bukitmertajam
bayanlepas balikpulau johorbahru muar batupahat kluang segamat pontian kotatinggi mersing iskandar
skudai pasirgudang kotakinabalu sandakan tawau lahaddatu keningau semporna kudat kuching miri sibu
bintulu sarikei limbang mukah kapit serian alorgajah jasin ayerkeroh bukitbintang kampungbaru
chowkit bangsar mutiara damansara wangsamaju setapak sentul kepong
bukitjalil serikembangan puncakalam tanjongmalim slimriver behrang kualapilah
bahau gemas tangkak pagoh yongpeng ayerhitam simpangrenggam kulai senai tebrau danga permas
bukitindah larkin tampoi majidee stulang masai gelangpatah nusajaya lukut sepangutama
`);

export const publicServiceTerms = entries(`
kerajaan kerajaannegeri persekutuan jabatan kementerian perbendaharaan perbendaharaannegeri
akauntan akauntannegara jabatanakauntannegara janm anm ispeks spanm kewangan pentadbiran pengarah
timbalan penolong kakitangan penjawat penjawatawam awam perkhidmatan perkhidmatanawam elaun pencen
bonus bajet belanjawan hasil cukai baucar terimaan resit jurnal lejar vot waran peruntukan perolehan
tender sebutharga inbois kontrak aset stor inventori audit auditnegara mukim daerah pejabatdaerah
pejabattanah ptg perbandaran majlisperbandaran bandaraya mpkb mpkbbri jpn jpa spa lhdn mykad mykid
kadpengenalan sekretariat setiausahakerajaan suk sukkelantan unit bahagian seksyen cawangan
ibupejabat menteribesar sultan sultanah dun adun parlimen exco kerajaanpersekutuan pembantutadbir
pegawaitadbir ptd jusa rasmi idpengguna pengaktifan aktif aktifkan pengesahan kelulusan permohonan
borang fail surat minit memo pekeliling arahan
`);

export const footballTeams = entries(`
kelantanfc kelantanfa theredwarriors redwarriors trw gergasimerah jdt johordarultakzim
southerntigers selangorfc redgiants kedahfa helangutara hijaukuning terengganufc penyuterengganu
pahangfa tokgajah perakfc seladang sabahfc badakborneo sarawakfc bujangsenang kualalumpurfc cityboys
negerisembilanfc jang melakaunited pdrm felda manutd manchesterunited liverpool arsenal chelsea
barcelona realmadrid juventus
`);
