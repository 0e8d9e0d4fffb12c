// Hostile pastes take time in proportion to their length, with a bounded constant: the parser scans
// without backtracking regular expressions and stops checking candidates after a fixed budget.
// Measured as ratios within this run, never as absolute times: a 4 KiB hostile paste against a
// 4 KiB ordinary one, and each hostile paste at 64 KiB against itself at 4 KiB. Each time is the
// fastest of several runs: the cost of the work itself, without the pauses of a shared machine.
import { describe, expect, it } from 'vitest';
import { MAX_LINK_INPUT_LENGTH, parseActivationLink } from '../../shared/activation-link.ts';
import { HOST, RULES } from './activation-link-forms.ts';

const SMALL = 4096;
const TOKEN = 'Xq3-pL9_vK2mN8rT5wY1zA4bC7dE0fG6hJ-kM_nP2sU';
// A hostile 4 KiB paste may cost this many times an ordinary one of the same length (measured: up to 25).
const MAX_HOSTILE_RATIO = 60;
// 16 times the input may cost this many times the time: linear is 16 (measured: up to 35), quadratic
// 256 (the unwrapping loop before this parser was: 520 for a paste of quotes).
const MAX_GROWTH = 64;

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// A reply that quotes the activation e-mail, the link at the very end: the whole paste is read.
const ordinary = (length: number) => {
  const link = `\n> https://${HOST}/activate?token=${TOKEN}\n`;
  return fill('> Pautan pengaktifan akaun iSPEKS anda sah selama 30 minit sahaja.\n', length - link.length) + link;
};

const HOSTILE: Readonly<Record<string, string>> = {
  'schemes back to back': 'https://',
  'one scheme a line': 'https://x\n',
  'quoted schemes': '> https://x\n>',
  'cut links, one a line': `https://${HOST}/activate?token=abc\n`,
  'cut links between words': `https://${HOST}/activate?token=\nabcdefgh\n`,
  'a scheme split at every line end': 'ht\ntps://',
  'quotes to unwrap': '"',
  'full stops': '.',
  'quoted-printable soft breaks': '=\n',
  'quoted-printable escapes': '=3D',
  'percent signs': '%',
  'nested Safe Links hosts': 'https://a.safelinks.protection.outlook.com/?url=',
  'Proofpoint v3 runs': 'https://urldefense.com/v3/__**A',
  'MIME parts': '--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nQUFB\n',
  'flowed lines': '> a \n',
  'no-break spaces': 'a\u00A0',
  'zero-width spaces': '\u200B',
  'HTML entities': '&amp;',
};

function fastest(text: string, runs = 9): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    parseActivationLink(text, RULES);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('hostile pastes', () => {
  const pastes = Object.entries(HOSTILE).map(([name, unit]) => {
    // MIME parts need the message header that names their boundary.
    const prefix = name === 'MIME parts' ? 'Content-Type: multipart/mixed; boundary="b"\n\n' : '';
    return { name, small: prefix + fill(unit, SMALL - prefix.length), large: prefix + fill(unit, MAX_LINK_INPUT_LENGTH - prefix.length) };
  });

  it('yield no token', () => {
    for (const { name, small, large } of pastes) {
      expect(parseActivationLink(small, RULES).ok, name).toBe(false);
      expect(parseActivationLink(large, RULES).ok, name).toBe(false);
    }
    expect(parseActivationLink(ordinary(SMALL), RULES)).toEqual({ ok: true, token: TOKEN });
  });

  it(`cost at most ${MAX_HOSTILE_RATIO} times an ordinary paste of 4 KiB, and grow linearly to 64 KiB`, () => {
    // Warm up every path, so that compilation is not what is measured.
    for (const { small, large } of pastes) {
      fastest(small, 3);
      fastest(large, 1);
    }
    const baseline = fastest(ordinary(SMALL), 25);
    const report = pastes.map(({ name, small, large }) => ({ name, ratio: fastest(small) / baseline, growth: fastest(large, 5) / fastest(small) }));
    console.table(report.map(({ name, ratio, growth }) => ({ name, ratio: ratio.toFixed(1), growth: growth.toFixed(1) })));
    for (const { name, ratio, growth } of report) {
      expect(ratio, `${name}: ${ratio.toFixed(1)} times the ordinary paste`).toBeLessThanOrEqual(MAX_HOSTILE_RATIO);
      expect(growth, `${name}: ${growth.toFixed(1)} times from 4 to 64 KiB`).toBeLessThanOrEqual(MAX_GROWTH);
    }
  });
});
