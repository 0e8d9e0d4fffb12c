// `npx tsx bench/qr/write-samples.ts [dir] [per-scenario]`: writes the first frames of every
// scenario as PNG files, to see what the decoders are given.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodePng } from './png.ts';
import { SCENARIOS, scenarioFrame } from './scenarios.ts';
import { phoneScreenFrame } from './synth.ts';

const dir = resolve(process.argv[2] ?? 'qr-samples');
const perScenario = Number(process.argv[3] ?? 2);
mkdirSync(dir, { recursive: true });
for (const scenario of SCENARIOS) {
  for (let index = 0; index < perScenario; index += 1) {
    const { link, shot, seed } = scenarioFrame(scenario, index);
    const file = join(dir, `${scenario.name}-${scenario.grade}-${index}.png`);
    writeFileSync(file, encodePng(phoneScreenFrame(link, shot, seed)));
  }
}
console.log(`${SCENARIOS.length * perScenario} frames in ${dir}`);
