// Given names and name parts common among Malaysian public servants (see malay.ts).
import { entries } from './entries.ts';

export const malayMaleNames = entries(`
muhammad mohammad mohamad mohamed mohd muhamad ahmad ahmed abdul abdullah ali abu bakar abubakar umar
omar othman uthman usman hassan hasan hussain hussein husin husain ismail ibrahim yusof yusuf yunus
yaakob yaacob yahya zakaria zakariya sulaiman solehan daud dawud musa isa idris ilyas nuh adam harun
haron hamzah hamid hamidi hamdan hakim haikal hafiz hafizuddin hafizi haziq hazim harith haris hariz
hadi hairi hairul khairul khairi khalid kamal kamarul kamaruddin kamaruzaman azman azmi azhar azlan
azizi aziz azri azam amir amirul amin aminuddin aiman arif arifin ariffin asyraf ashraf afiq afif adib
adli adnan affendi afendi ahmadi akmal alif aliff amran anuar anwar ariff asri azrul baharuddin baharom
badrul bukhari burhan daniel danial danish darwis dzulkifli zulkifli zulkarnain zulkefli zul zulhilmi
zaki zainal zainuddin zainudin zahid zahir zahari zakir zamri zaidi zaid zikri zulfadli faizal faisal
faiz fahmi fakhrul fadzil fadhil fadli farhan farid fariz farouk faruk fauzi fikri firdaus fitri fuad
ghazali hisham hilmi husni ikhwan ikram ilham imran irfan irwan iskandar izwan izzat izzuddin jamal
jamaluddin jamil johari kadir khairuddin khairil lokman luqman mahathir mahmud mahmood malik mansor
mansur marzuki mazlan mokhtar mustafa mustapha nabil nasir nasrul naim najib nazri nazrin nizam noh
norman nordin noordin osman qayyum rafiq rahim rahman rais ramli rashid rasyid redzuan ridhwan ridzuan
rizal rosli rusli saiful safwan salleh saleh samad shahrul shahrizal shamsul shafiq syafiq syahmi
syazwan shukri sufian suhaimi syukri tajuddin taufik taufiq ubaidillah wafi wahab yazid yusri zafran
azhan azlee azrin fazli fazril hafizul hanafi hashim hazman helmi ismadi jasni jefri khairulanuar
mazlan megat mizan muaz muiz mukhriz nasaruddin nazmi rahmat razak razali razif ridwan roslan
rozaimi sabri sahak samsudin shahril shahrom sharif syahril tarmizi wan yusri zulhelmi akif aqil
aqif arash ayden emir fateh haqimi harraz hayyan ilhan irsyad izz mikail rayyan umair uwais yusuf
abdulaziz abdulrahman abdulrahim abdullatif abdulhamid abdulmalik abdulwahab abdulkadir abdulhadi
abdulhalim abdulkarim abdulmanaf abdulghani abdulrazak abdulsamad mohdfaiz mohdhafiz mohdnor
mohdamin mohdazlan mohdrizal mohdyusof nikmat nikaziz nikmohd nikabdullah wanahmad wanismail
wanmohd wanmuhammad cheku cheismail tengkuabdullah tengkuismail rajaahmad syedahmad
ahmadfauzi ahmadzaki ahmadkamal alias asmadi azhari azmin bahrin basri bakri basir dahlan
effendi fadzli fairuz firdaus ghani hamzi hanif harris haziman hilman ihsan irfan ismadi jaafar
jalil jusoh kassim kamil latif lutfi mamat marzuki mat muda mat deraman derahman ghazali
harun hashim hasnul idham ismail jaafar junaidi kamaruzzaman khairi lokman mazlan nasri
noorazmi rosdi rozali rusdi saad sabri shahidan shamsuddin sukri talib yaacob yazid zabidi
`);

export const malayFemaleNames = entries(`
siti nur nurul noor nor norliza noraini norazlina norhayati norhafizah normah nora aisyah aishah
fatimah fatin aminah khadijah zainab mariam maryam halimah hajar asma salmah saadiah rohani rokiah
rosnah rosmah rozita rohana ramlah rahmah rafidah raihan raihana rabiatul rashidah ruzana sabariah
salina salmiah sarah sara safiah saodah sharifah shamsiah sofea sofia suraya suriani suzana syafiqah
syahirah syazwani syuhada tasnim wardah wahida yasmin yusnita zaleha zahrah zarina zaiton zakiah
zubaidah zulaikha zuraidah aina ain alia aliya amira amirah anis aqilah arissa atiqah aziah azizah
azlina azura balqis batrisya damia dayang diana dina elisa ezzati farah faridah fariha farhana hana
hanis hani hanim haslinda hasnah hasmah hidayah husna iffah insyirah irdina izzah jamilah juliana
kamariah khairunnisa laila latifah liyana mastura mazlina maisarah marina mira mimi nabila nadia
nadiah nadhirah najwa natasha nazirah nazihah nisa nisrina norazah nuraini nurin qistina qaisara
rahimah raudhah rania rina roslina rosmawati safura salwa sazlina shahida suhaila sumaiyah syamimi
wani wan yati zaharah zalina zanariah zawiyah zila ainul adlina afiqah aleya arisha aufa ayra dhia
eshal hawa humaira inara khalisa medina nayla puteri qaseh qaireen sumayyah widad yasmeen zahra
aishahhumaira nuraisyah nurulain nurain
nurulhuda nurulaini nurulizzah nurfarahin nurhidayah nursyafiqah nuraina nurdiyana nuraqilah
nurfatihah nurhanis nurliyana nurfazira nurfaizah nursyahirah nuratiqah nurizzati nurshahira
sitiaminah sitifatimah sitiaisyah sitikhadijah sitinur sitizubaidah sitirahmah sitiaishah
nikaisyah nikfatimah niknur wanaisyah wannur wannurul chenur tengkuputeri rajaputeri
sharifahnur hamidah juwita kartini kasmah lijah mek minah munah nab nah noraziah norsiah
rahimah rogayah rokiah salbiah semek sepiah som timah wook yam zaharah zawiah
`);

// Name particles and titles that appear inside Malaysian names.
export const malayNameParts = entries(`
bin binti bt bte binte anak nik wan che tengku tunku ungku engku raja puteri putera syed sharifah
syarifah megat tun datuk dato datin haji hajah hj hjh tok pak mak abang awang dayang
`);

export const malaysianChineseIndianNames = entries(`
tan lim lee ng wong chan ong teh goh chong yap low lau liew chin cheah khoo koh kok loh chua tee chew
leong yeoh heng ho lai foo soo tay yong ooi quek sim ting ang mei ling wei jun hui xin yee kah kai
jia hao ming hong siew kim ah muthu raj kumar devi kaur singh subramaniam krishnan ramasamy rajendran
ganesan govindasamy murugan selvam letchumi lakshmi priya kavitha saraswathy vasanthi nair menon
pillai arumugam maniam siva shanti suresh ravi rajesh vijay anand
`);
