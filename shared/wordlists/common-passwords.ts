// The bases of the passwords found most often in public breach corpora (the top of the lists zxcvbn
// and Have I Been Pwned publish), plus their Malaysian counterparts: small enough for the first
// screen, so the kiosk can refuse them before the full word list has loaded.
import { entries } from './entries.ts';

export const commonPasswordBases = entries(`
password passw passwd pass qwerty qwertyuiop qwertz azerty asdf asdfgh asdfghjkl zxcv zxcvbn zxcvbnm
abc abcd abcde abcdef abcdefg abcdefgh qazwsx qwe qweasd letmein welcome admin administrator root
user guest test tester login default changeme secret master iloveyou loveyou love lovely monkey dragon
sunshine princess football baseball soccer superman batman shadow michael jordan trustno hello
freedom whatever starwars computer internet samsung apple google facebook charlie daniel ashley
jessica hunter killer ninja pokemon naruto doraemon hellokitty
sayang cinta rahsia katalaluan katakunci malaysia bismillah alhamdulillah allah muhammad selamat
akusayangkamu iloveu ayang baby babe darling
`);
