// `npx tsx bench/qr/compare.ts [--frames N] [--from DIR] [--only a,b] [--classes x,y] [--ec L|M|Q|H] [--json FILE]`
// Every candidate decoder on the same synthesised webcam frames, in the same run: how many frames
// of each difficulty class it reads (and misreads), and its decode time per frame as a ratio to
// the fastest. Frames are made once and handed to each decoder in turn (a fresh copy each, in a
// rotating order), so load on the machine falls on all of them alike. A candidate's `prepare`
// (cropping, scaling: a canvas's work in the browser) happens before its timer starts.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { percentile } from '../report.ts';
import { CANDIDATES, type Candidate, type Decode } from './decoders.ts';
import { SCENARIOS, scenarioFrame } from './scenarios.ts';
import { phoneScreenFrame } from './synth.ts';

const { values } = parseArgs({
  options: {
    frames: { type: 'string', default: '20' },
    from: { type: 'string', default: resolve(import.meta.dirname, '../..') },
    only: { type: 'string' },
    classes: { type: 'string' },
    json: { type: 'string' },
    // The QR code's error correction level in the e-mail (the qrcode package's default is M).
    ec: { type: 'string', default: 'M' },
  },
});
const framesPerScenario = Number(values.frames);
const only = values.only?.split(',');
const scenarios = SCENARIOS.filter((s) => !values.classes || values.classes.split(',').includes(s.name));
if (!['L', 'M', 'Q', 'H'].includes(values.ec)) throw new Error(`--ec ${values.ec}: one of L, M, Q, H`);
const errorCorrectionLevel = values.ec as 'L' | 'M' | 'Q' | 'H';

interface Sample {
  readonly scenario: string;
  readonly grade: number;
  readonly size: string;
  readonly decoder: string;
  readonly outcome: 'read' | 'none' | 'misread';
  readonly ms: number;
}

const decoders: { name: string; spec: string; decode: Decode; prepare: Candidate['prepare'] }[] = [];
for (const candidate of CANDIDATES.filter((c) => !only || only.includes(c.name))) {
  try {
    decoders.push({ name: candidate.name, spec: candidate.spec, decode: await candidate.load(values.from), prepare: candidate.prepare });
  } catch (error) {
    console.warn(`${candidate.name}: not measured (${(error as Error).message.split('\n')[0]}); install ${candidate.spec}`);
  }
}
if (decoders.length === 0) throw new Error('no candidate could be loaded');

// Warm up: compile the wasm and let the JIT see each decoder once before anything is timed.
const warm = scenarioFrame(SCENARIOS[0]!, 0);
const warmFrame = phoneScreenFrame(warm.link, warm.shot, warm.seed);
for (const { decode, prepare } of decoders) await decode(prepare?.(warmFrame) ?? { ...warmFrame, data: warmFrame.data.slice() });

const samples: Sample[] = [];
let turn = 0;
for (const scenario of scenarios) {
  for (let index = 0; index < framesPerScenario; index += 1) {
    const { link, shot, seed } = scenarioFrame(scenario, index);
    const frame = phoneScreenFrame(link, { ...shot, errorCorrectionLevel }, seed);
    turn += 1;
    for (let k = 0; k < decoders.length; k += 1) {
      const { name, decode, prepare } = decoders[(k + turn) % decoders.length]!;
      const copy = prepare?.(frame) ?? { ...frame, data: frame.data.slice() };
      const started = performance.now();
      const text = await decode(copy).catch(() => null);
      const ms = performance.now() - started;
      const outcome = text === link ? 'read' : text === null ? 'none' : 'misread';
      samples.push({ scenario: scenario.name, grade: scenario.grade, size: `${frame.width}x${frame.height}`, decoder: name, outcome, ms });
    }
  }
  const line = decoders.map(({ name }) => `${name} ${samples.filter((s) => s.scenario === scenario.name && s.grade === scenario.grade && s.decoder === name && s.outcome === 'read').length}`);
  console.error(`${scenario.name} ${scenario.grade}: ${line.join(', ')}`);
}

const names = decoders.map((d) => d.name);
const count = (filter: (s: Sample) => boolean, name: string) => {
  const mine = samples.filter((s) => s.decoder === name && filter(s));
  return { read: mine.filter((s) => s.outcome === 'read').length, misread: mine.filter((s) => s.outcome === 'misread').length, total: mine.length };
};
const cell = ({ read, misread, total }: { read: number; misread: number; total: number }) =>
  `${Math.round((100 * read) / total)} %${misread > 0 ? ` (${misread} wrong)` : ''}`;
const row = (label: string, detail: string, filter: (s: Sample) => boolean) => `| ${label} | ${detail} | ${names.map((name) => cell(count(filter, name))).join(' | ')} |`;

const lines: string[] = [];
lines.push(`Frames per class and grade: ${framesPerScenario} (half 640x480, half 1280x720); error correction ${errorCorrectionLevel}. Share of frames read; "wrong" counts a decoded text that is not the link.`, '');
lines.push(`| class | grade | ${names.join(' | ')} |`, `|---|---|${names.map(() => '---:').join('|')}|`);
for (const scenario of scenarios) {
  lines.push(row(scenario.grade === 0 ? scenario.name : `${scenario.name} ${scenario.grade}`, scenario.detail, (s) => s.scenario === scenario.name && s.grade === scenario.grade));
}
lines.push(row('**all grade 3**', 'the hardest grade of every class', (s) => s.grade === 3));
lines.push(row('**handheld**', 'all three grades', (s) => s.scenario === 'handheld'));
lines.push(row('**all**', 'every frame', () => true));
lines.push('');

const timing = (name: string, size?: string) => samples.filter((s) => s.decoder === name && (!size || s.size === size)).map((s) => s.ms);
const fastest = Math.min(...names.map((name) => percentile(timing(name), 50)));
lines.push(`Decode time per frame, ms (every frame, read or not; this machine, shared). Ratio: p50 over the fastest decoder's p50 (${fastest.toFixed(1)} ms).`, '');
lines.push('| decoder | p50 | p95 | p50 640x480 | p50 1280x720 | ratio |', '|---|---:|---:|---:|---:|---:|');
const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
for (const name of names) {
  const all = timing(name);
  const [p50, p95] = [percentile(all, 50), percentile(all, 95)];
  lines.push(`| ${name} | ${ms(p50)} | ${ms(p95)} | ${ms(percentile(timing(name, '640x480'), 50))} | ${ms(percentile(timing(name, '1280x720'), 50))} | ${(p50 / fastest).toFixed(2)} |`);
}
console.log(`\nMeasured: ${decoders.map((d) => d.spec).join(', ')}; Node ${process.version}.\n`);
console.log(lines.join('\n'));
if (values.json) writeFileSync(values.json, JSON.stringify({ framesPerScenario, errorCorrectionLevel, decoders: decoders.map(({ name, spec }) => ({ name, spec })), samples }));
