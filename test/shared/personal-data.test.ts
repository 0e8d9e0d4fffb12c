import { describe, expect, it } from 'vitest';
import { birthDateForms, birthStateNames, isBirthDateAnswer, isBirthStateAnswer } from '../../shared/personal-data-birth.ts';
import { emailParts, nameParts, personalDataViolations, personalWords } from '../../shared/personal-data.ts';
import type { PersonalData } from '../../shared/personal-data.ts';
import { normaliseAnswer } from '../../shared/security-questions.ts';

const SITI: PersonalData = {
  icNumber: '900101035678',
  name: 'Siti Nur Aisyah binti Abdullah',
  email: 'siti.aisyah@demo.ispeks.invalid',
  answers: ['Comel si kucing', 'Nasi kerabu', 'Cikgu Rosnah'],
};
const TAN: PersonalData = { icNumber: '920330145671', name: 'Tan Mei Ling', email: 'tan.meiling@demo.ispeks.invalid', answers: [] };
const rulesOf = (password: string, data: PersonalData = SITI) => personalDataViolations(password, data).map((violation) => violation.rule);

describe('what counts as the person\'s own data', () => {
  it('takes name parts of three letters or more, without bin/binti and titles', () => {
    expect(nameParts(SITI.name)).toEqual(['siti', 'nur', 'aisyah', 'abdullah']);
    expect(nameParts("Nik Nur 'Ain binti Nik Mat")).toEqual(['nik', 'nur', 'ain', 'mat']);
    expect(nameParts('Kavitha a/p Subramaniam')).toEqual(['kavitha', 'subramaniam']);
    expect(nameParts('Dato\' Haji Wan Muhammad Hafiz bin Wan Ismail')).toEqual(['wan', 'muhammad', 'hafiz', 'ismail']);
  });

  it('takes the e-mail local part whole and in pieces of four or more', () => {
    expect(emailParts(SITI.email)).toEqual(['sitiaisyah', 'siti', 'aisyah']);
    expect(emailParts('ck.zainab@demo.ispeks.invalid')).toEqual(['ckzainab', 'zainab']);
  });

  it('reads the birth date off the IC number in the forms people write it', () => {
    expect(birthDateForms('900101035678')).toEqual(expect.arrayContaining(['900101', '010190', '01011990', '19900101', '111990']));
    // 29 February: of the two centuries only 2000 is a leap year.
    expect(birthDateForms('000229110123')).toEqual(['000229', '290200', '29022000', '20000229', '2922000']);
  });

  it('reads the state of birth from the place-of-birth code', () => {
    expect(birthStateNames('900101035678')).toContain('kelantan');
    expect(birthStateNames('920330145671')).toContain('kualalumpur');
    expect(birthStateNames('881212105432')).toContain('selangor');
    expect(birthStateNames('900101825678')).toEqual([]);
  });

  it('gives zxcvbn every value as a word it can match', () => {
    const words = personalWords(SITI);
    for (const word of ['900101035678', '01011990', 'aisyah', 'sitiaisyah', 'comelsikucing', 'kucing', 'cikgurosnah']) {
      expect(words).toContain(word);
    }
  });
});

describe('a password is refused for the person\'s own data, saying which', () => {
  it.each([
    ['the IC number plus Aa!', '900101035678Aa!', ['password-contains-ic', 'password-contains-birth-date']],
    ['the IC number typed with hyphens', 'Aa!900101-03-5678', ['password-contains-ic', 'password-contains-birth-date']],
    ['the IC date part', 'Rumah-Biru-900101', ['password-contains-birth-date']],
    ['the birth date', 'Kereta-Biru-01/01/1990', ['password-contains-birth-date']],
    ['the name plus digits', 'Abdullah12345!', ['password-contains-name']],
    ['a name part in l33t', '@bdu11ah-Rumah-Biru', ['password-contains-name']],
    ['a three-letter name part as a word', 'Nur-Rumah-Biru-88', ['password-contains-name']],
    ['the e-mail local part', 'Siti.Aisyah-2024', ['password-contains-name', 'password-contains-email']],
    ['an answer, however spaced', 'NasiKerabu!2024x', ['password-contains-answer']],
  ] as const)('%s', (_label, password, rules) => {
    expect(rulesOf(password)).toEqual(rules);
  });

  it('reads an answer as it is compared and hashed, so the kiosk (as typed) and the API (normalised) agree', () => {
    // A zero-width space between the e and its accent keeps them apart until normalising drops it.
    const typed = { ...SITI, answers: ['Cafe\u200B\u0301 Rosli'] };
    const sent = { ...SITI, answers: typed.answers.map(normaliseAnswer) };
    for (const password of ['Caferosli-2024!', 'Caférosli-2024!']) {
      expect(personalDataViolations(password, typed), password).toEqual(personalDataViolations(password, sent));
    }
  });

  it.each([
    ['one word of an answer', 'Kerabu-Rumah-2024!', [2]],
    ['the words of an answer in another order', 'Rosnah#Cikgu99', [3]],
    ['two words of an answer, apart', 'Kucing$Laut$Comel1990', [1]],
    ['a word of an answer in l33t', 'K3r@bu-Laut-Biru-7', [2]],
    ['a word of an answer reversed', 'Ubarek-Laut-Biru-7', [2]],
    ['a four-letter word of an answer, as a word', 'Nasi-Laut-Biru-7!', [2]],
  ] as const)('refuses %s', (_label, password, rows) => {
    expect(personalDataViolations(password, SITI)).toEqual(rows.map((answer) => ({ rule: 'password-contains-answer', answer })));
  });

  it.each([
    ['the whole answer with a symbol put in', 'Co#melsikucing123', SITI, ['password-contains-answer']],
    ['an answer word padded with a run', 'Kerabuaaa2016#', SITI, ['password-contains-answer']],
    ['an answer word in l33t from its first letter', '$U17@n1111674', { ...SITI, answers: ['Jalan Kebun Sultan'] }, ['password-contains-answer']],
    ['an answer word and a name part together', 'Teowmei1958#', { ...TAN, answers: ['Char kuey teow'] }, ['password-contains-name', 'password-contains-answer']],
    ['two answers\' words together', 'K!erabu@kucingasd2019', SITI, ['password-contains-answer', 'password-contains-answer']],
  ] as const)('refuses a password built only of the person\'s words: %s', (_label, password, data, rules) => {
    expect(rulesOf(password, data)).toEqual(rules);
  });

  it('refuses a name part reversed', () => {
    expect(rulesOf('Halludba#2024x')).toEqual(['password-contains-name']);
  });

  it('says which answer, by its row', () => {
    expect(personalDataViolations('Rumah-cikgu-rosnah-9', SITI)).toEqual([{ rule: 'password-contains-answer', answer: 3 }]);
  });

  it.each([
    ['a passphrase of other words', 'Sungai-Golok-Tenang-42'],
    ['a three-letter name part inside a longer word', 'Nurani-Sungai-Tenang-7'],
    ['digits that are not the birth date', 'Kereta-Biru-01/02/1991'],
    ['a four-letter word of an answer inside a longer word', 'Nasihat-Laut-Biru-7!'],
  ])('accepts %s', (_label, password) => {
    expect(rulesOf(password)).toEqual([]);
  });

  it('matches a four-letter name part only as a word, so "Darling" is fine for Tan Mei Ling', () => {
    expect(rulesOf('Darling-Kelingking-Filing-7!', TAN)).toEqual([]);
    expect(rulesOf('Ling-Lapang-Hijau-7', TAN)).toEqual(['password-contains-name']);
  });

  it('matches the short surname Tan only as a word, so "Tanah" is fine', () => {
    expect(rulesOf('Tanah-Lapang-Hijau-7', TAN)).toEqual([]);
    expect(rulesOf('Tan-Lapang-Hijau-7', TAN)).toEqual(['password-contains-name']);
    expect(rulesOf('Mei-Lapang-Hijau-7', TAN)).toEqual(['password-contains-name']);
  });
});

describe('birth facts as security answers', () => {
  it.each([
    ['1 Januari 1990', true],
    ['1 jan 90', true],
    ['January 1, 1990', true],
    ['1.1.1990', true],
    ['lahir 01/01/1990', true],
    ['2 Januari 1990', false],
    ['1 Februari 1990', false],
    ['1990', false],
  ] as const)('%j is the birth date: %s', (answer, expected) => {
    expect(isBirthDateAnswer(answer, SITI.icNumber)).toBe(expected);
  });

  it.each([
    ['Kelantan', true],
    ['negeri kelantan', true],
    ['Kelantan Darul Naim', true],
    ['Kota Bharu, Kelantan', false],
    ['Terengganu', false],
  ] as const)('%j is the birth state: %s', (answer, expected) => {
    expect(isBirthStateAnswer(answer, SITI.icNumber)).toBe(expected);
  });

  it('knows each state by its other names', () => {
    expect(isBirthStateAnswer('P. Pinang', '900101075678')).toBe(true);
    expect(isBirthStateAnswer('Penang', '900101355678')).toBe(true);
    expect(isBirthStateAnswer('W.P. Kuala Lumpur', '920330145671')).toBe(true);
    expect(isBirthStateAnswer('N. Sembilan', '900101595678')).toBe(true);
  });
});
