// Extraction speed on one core: reports/s and MB/s over a corpus made by varying the
// sample reports (county names and numbers changed so no two texts are alike).
//   npm run bench:extract -- [reports=2000]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { extractText } from '../loaders/pipeline.ts';
import { machine } from './machine.ts';

const n = Number(process.argv[2] ?? 2000);
const dir = join(PROJECT_ROOT, 'data', 'reports');
const samples = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));

function variant(i: number): string {
  const base = samples[i % samples.length]!;
  // Shift every number a little so texts (and report ids) differ.
  return base.replace(/\d+(\.\d+)?/g, (m) => (m.length >= 4 && /^(19|20)\d\d$/.test(m) ? m : String(Number(m) + (i % 7))));
}

// Warm up the vocabularies, the gazetteer and the converter.
extractText(samples[0]!, 'warm-up.txt');

let bytes = 0;
let facts = 0;
const t0 = process.hrtime.bigint();
let peak = process.memoryUsage().rss;
for (let i = 0; i < n; i++) {
  const text = variant(i);
  bytes += Buffer.byteLength(text);
  const r = extractText(text, `r${i}.txt`);
  facts += r.indicators.length + r.projects.length + r.industries.length + r.enterprises.length + r.honours.length;
  if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const mb = bytes / 1024 / 1024;
console.log(`machine          ${machine()}`);
console.log(`reports          ${n} (${mb.toFixed(1)} MB, ${(bytes / n / 1024).toFixed(1)} KB each)`);
console.log(`time             ${seconds.toFixed(2)} s`);
console.log(`reports/s        ${(n / seconds).toFixed(0)}`);
console.log(`MB/s             ${(mb / seconds).toFixed(2)}`);
console.log(`ms per report    ${((seconds * 1000) / n).toFixed(2)}`);
console.log(`facts            ${facts} (${(facts / seconds).toFixed(0)}/s)`);
console.log(`peak RSS         ${(peak / 2 ** 20).toFixed(0)} MiB`);
