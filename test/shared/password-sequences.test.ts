import { describe, expect, it } from 'vitest';
import { isRepetitiveOrSequential } from '../../shared/password-sequences.ts';

describe('repetitive or sequential characters (NIST SP 800-63B)', () => {
  it.each([
    ['one character repeated, capitalised, with a digit and a symbol', 'Aaaaaaaaaaa1!'],
    ['an alphabet run', 'Abcdefghijk1!'],
    ['an alphabet run backwards', 'Zyxwvutsrq9!'],
    ['the top letter row', 'Qwertyuiop1!'],
    ['the top letter row in capitals, with a year', 'QWERTYUIOP2024!'],
    ['the home row and its punctuation', 'Asdfghjkl;123'],
    ['keyboard columns', '1qaz2wsx3edc!Q'],
    ['columns backwards and the shifted digit row', 'Zaq12wsx!@#$'],
    ['the shifted digit row and little else', '!@#$%^&*Aa1b'],
    ['a digit run and little else', '123456789Aa!'],
    ['a row spelt in l33t and repeated', 'Qw3r7yu1qw3rtyu!'],
    ['a row with a symbol inserted', 'Lkjhgf*dsa@@786'],
    ['a repeat then a row', 'Ssssasd2000.'],
    ['digits repeated then a row', '5555555555.Qwertyu'],
    ['a word with digits in it, typed three times', 'Pr135+pr135+pr135+'],
    ['a breached password said twice, then a year', 'J3nny1j3nny1j3nny11977!'],
    ['a whole dressed word said twice', 'L0v3less-01051985l0v3less-01051985'],
    ['digits, then the same again, then a year', '123Qwirving123qwirving#'],
  ])('refuses %s: %s', (_label, password) => {
    expect(isRepetitiveOrSequential(password)).toBe(true);
  });

  it.each([
    ['a passphrase', 'Sungai-Golok-Tenang-42'],
    ['a passphrase that starts with a short run', 'Abc-Sungai-Golok-Tenang-7'],
    ['a passphrase with a digit run', '1234-Sungai-Golok-Tenang!'],
    ['random characters holding "abc"', 'x7Gk#abc9Lm!pQ'],
    ['a sentence', 'My friend bought 80 bags of dumplings at the field.'],
    ['words that hold a short run', 'Defiant-Student-Xyz-2026!'],
    ['a passphrase whose first word comes again later', 'Sungai-Golok-Sungai-Tenang-42'],
    ['24 random characters typed again and again', 'Kx7#mQ2$vL9!pR4&wT8@zN3*'.repeat(6).slice(0, 128)],
  ])('accepts %s: %s', (_label, password) => {
    expect(isRepetitiveOrSequential(password)).toBe(false);
  });
});
