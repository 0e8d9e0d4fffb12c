import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocklistViolations, CONTEXT_WORDS, createBlocklist } from '../../shared/wordlists/blocklist.ts';
import { commonPasswordBases } from '../../shared/wordlists/common-passwords.ts';
import { fullBlocklist } from '../../shared/wordlists/full-blocklist.ts';
import { malayNames, malayPlaces, malayWordList, malayWords } from '../../shared/wordlists/malay.ts';

const FULL = fullBlocklist();
const SMALL = createBlocklist(commonPasswordBases);

describe('the Malay word list', () => {
  it('has a few thousand entries, each once, lowercase ASCII letters as typed in a password', () => {
    expect(malayWordList.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(malayWordList).size).toBe(malayWordList.length);
    for (const word of [...malayWordList, ...commonPasswordBases]) expect(word).toMatch(/^[a-z]+$/);
  });

  it('says in its header how it was compiled', () => {
    const header = readFileSync(resolve(import.meta.dirname, '../../shared/wordlists/malay.ts'), 'utf8').split('import')[0]!;
    expect(header).toMatch(/Method:/);
    expect(header).toMatch(/by hand/);
  });

  it.each([
    ['terms of endearment', ['sayang', 'cinta', 'buahhati', 'akusayangkamu']],
    ['faith and greetings', ['bismillah', 'alhamdulillah', 'insyaallah', 'assalamualaikum']],
    ['numbers spelt out', ['satu', 'sepuluh', 'seratus', 'sejuta']],
    ['months and days', ['januari', 'ogos', 'disember', 'isnin', 'jumaat', 'ahad']],
    ['states', ['kelantan', 'terengganu', 'pulaupinang', 'negerisembilan']],
    ['Kelantan districts and towns', ['kotabharu', 'pasirmas', 'tumpat', 'gualmusang', 'rantaupanjang']],
    ['office terms', ['ispeks', 'kerajaan', 'perbendaharaan', 'jabatan']],
    ['given names and name parts', ['muhammad', 'aisyah', 'nurul', 'binti']],
    ['food and football', ['nasikerabu', 'laksam', 'harimaumalaya', 'theredwarriors']],
  ])('holds %s', (_label, words) => {
    for (const word of words) expect(malayWordList).toContain(word);
  });

  it('splits into words, names and places for zxcvbn, none left out', () => {
    expect(new Set([...malayWords, ...malayNames, ...malayPlaces])).toEqual(new Set(malayWordList));
  });
});

describe('the blocklist', () => {
  it('refuses the classic weak passwords that meet every seed rule', () => {
    expect(blocklistViolations('Kelantan2024!!', FULL)).toContain('password-context-word');
    expect(blocklistViolations('Sayang12345!', FULL)).toEqual(['password-common-word']);
    expect(blocklistViolations('Password123!', FULL)).toEqual(['password-common-word']);
    expect(blocklistViolations('P@ssw0rd1234', FULL)).toEqual(['password-common-word']);
  });

  it.each(CONTEXT_WORDS)('refuses the context word %s anywhere, in any case or l33t', (word) => {
    expect(blocklistViolations(`Rumah-${word.toUpperCase()}-Biru-7`, SMALL)).toEqual(['password-context-word']);
    const leet = word.replace(/a/g, '@').replace(/e/g, '3').replace(/i/g, '1');
    expect(blocklistViolations(`Tepi-${leet}-Laut-7`, SMALL)).toEqual(['password-context-word']);
  });

  it.each([
    ['a Malay word with digits', 'Rahsia2024!', FULL],
    ['a place, joined', 'KotaBharu#123', FULL],
    ['a place with a year inside', 'Kota2024Bharu!', FULL],
    ['a name with a suffix', 'Aisyahku88!', FULL],
    ['a word said twice', 'SayangSayang1!', FULL],
    ['a word with symbols first', '!!Cinta2024', FULL],
    ['l33t from the first letter', '4dm1n2024!!', SMALL],
  ] as const)('refuses %s as a common word', (_label, password, words) => {
    expect(blocklistViolations(password, words)).toEqual(['password-common-word']);
  });

  it.each([
    ['two Malay words', 'Kucing-Comel-88!'],
    ['two English words, joined', 'Position_haircut2004'],
    ['two words around a symbol', 'Cats&sword1998'],
    ['a word from the breach list', 'Gandalf11994@'],
    ['an English word with a year', 'Aggressive1986*'],
    ['a word said twice, capitalised', 'Daisydaisy2012?'],
    ['a word said twice in l33t', 'W0ww0w2393!@#'],
    ['a word reversed', 'Eikniwt1951*'],
    ['a word reversed and repeated', 'Ukatnicukatnic4552?'],
    ['a word reversed, padded with a sequence', 'Etahabc2023#1'],
    ['a word padded with a keyboard row', 'Willisqwerty1961!!'],
    ['a keyboard row before a word', 'qwertyPhoenix11973#1'],
    ['two words said three times', 'Pedas_bilikpedas_bilikpedas_bilik2'],
    ['a symbol inside a word', 'Ban_ging1966'],
    ['a keyboard row typed as a word of its own', 'qwertyParole-slap1953'],
    ['two words padded with a row, the first starting with a run of its own', 'Treated&nearestqwe2005'],
    ['a rare surname beside a real word', 'Zhu&required123'],
    ['a rare surname said twice', 'Fryfry12345#1'],
    ['a breached password with digits, said three times', 'Hal9000hal9000hal9000.'],
    ['a word with its last letter in l33t', 'Vancouvevancouv3_'],
    ['a word ending in three l33t characters', 'Downh!11$$2024'],
    ['a symbol between two l33t words', 'M@rr1a9e@w0nd3rfu1'],
    ['copies spelt differently in l33t', 'W1ldwoodw11dwood#1'],
  ] as const)('refuses %s after undoing the dressing: %s', (_label, password) => {
    expect(blocklistViolations(password, FULL)).toEqual(['password-common-word']);
  });

  it.each([
    ['a passphrase of three common words', 'Sungai-Golok-Tenang-42'],
    ['three words written together in camelCase', 'SungaiGolokTenang42!'],
    ['two words that are not common', 'Tropika-Hujan-2026!'],
    ['a word followed by letters', 'Rumah#8821!xQz'],
    ['random characters', 'xK9#mP2$qL7!'],
    ['random characters holding a word', 'x7Gk#Cat9Lm!pQ'],
    ['random characters holding a rare three-letter word', 'q9#Zhu!x7Vb2%L'],
    ['a sentence', 'Kami makan laksam bersama ibu pada jam 7 di Tumpat!'],
  ])('accepts %s', (_label, password) => {
    expect(blocklistViolations(password, FULL)).toEqual([]);
  });

  it('needs the full list for Malay words: the first screen\'s small list only has the commonest', () => {
    expect(blocklistViolations('Rahsia2024!', SMALL)).toEqual(['password-common-word']);
    expect(blocklistViolations('Merdeka2024!', SMALL)).toEqual([]);
    expect(blocklistViolations('Merdeka2024!', FULL)).toEqual(['password-common-word']);
  });
});
