// Extraction on one core over the generated corpus (every county in the gazetteer, the
// patterns of work reports, bulletins and news, traditional/GBK/mixed/HTML variants):
// reports/s, MB/s and peak memory for each size, then recall and precision of the
// planted facts.
//   npm run bench:extract -- [sizes=1000,10000] [--verbose]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBytes } from '../loaders/pipeline.ts';
import { createExtractPool } from '../loaders/extract-pool.ts';
import { accuracyTable, emptyAccuracy, score } from './corpus/accuracy.ts';
import { loadGazetteer } from '../loaders/gazetteer.ts';
import { generateReport } from './corpus/generate.ts';
import { machine } from './machine.ts';
import { PROJECT_ROOT } from '../src/config.ts';
import { saveResults } from './results.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const sizes = (args.find((a) => !a.startsWith('--')) ?? '1000,10000').split(',').map(Number);
const counties = loadGazetteer().counties;

export interface ExtractResult { reports: number; mb: number; seconds: number; peakRss: number; facts: number }

function run(n: number, acc = emptyAccuracy()): ExtractResult {
  let bytes = 0;
  let facts = 0;
  let ns = 0n;
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < n; i++) {
    const g = generateReport(1, i, counties);
    bytes += g.bytes.length;
    const t = process.hrtime.bigint();
    const x = extractBytes(g.bytes, g.file);
    ns += process.hrtime.bigint() - t;
    facts += x.indicators.length + x.projects.length + x.industries.length + x.enterprises.length + x.honours.length;
    const notes = score(acc, g.planted, x);
    if (verbose) for (const note of notes) console.log(`${g.file}\t${note}`);
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { reports: n, mb: bytes / 2 ** 20, seconds: Number(ns) / 1e9, peakRss: peak, facts };
}

// Warm up the vocabularies, the gazetteer and the converters.
run(50);
const lines = [`machine: ${machine()}`, '', '| reports | MB | seconds | reports/s | MB/s | ms/report | facts/s | peak RSS MiB |', '|---|---|---|---|---|---|---|---|'];
let acc = emptyAccuracy();
for (const n of sizes) {
  acc = emptyAccuracy();
  const r = run(n, acc);
  lines.push(`| ${n} | ${r.mb.toFixed(1)} | ${r.seconds.toFixed(2)} | ${(n / r.seconds).toFixed(0)} | **${(r.mb / r.seconds).toFixed(2)}** | ${((r.seconds * 1000) / n).toFixed(2)} | ${(r.facts / r.seconds).toFixed(0)} | ${(r.peakRss / 2 ** 20).toFixed(0)} |`);
}
// The same files through the worker pool (as `load` and `extract` run them): one worker,
// then one per core. Reading the files is included; starting and warming up the workers is not.
async function pooled(items: { name: string; bytes: Uint8Array }[], threads: number): Promise<{ seconds: number; mb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  let bytes = 0;
  const files: string[] = [];
  for (const [i, g] of items.entries()) {
    const file = join(dir, `${String(i).padStart(6, '0')}-${g.name.replace(/[^\w.-]/g, '_')}`);
    writeFileSync(file, g.bytes);
    bytes += g.bytes.length;
    files.push(file);
  }
  const pool = createExtractPool({ threads });
  try {
    // Each worker warmed up for five seconds: the rules' code and regular expressions are
    // compiled per thread, and a worker still runs 20–30 % slower after a few hundred files.
    // The rows compare steady rates, as in a folder of thousands of reports.
    for (let n = 0, until = Date.now() + 5000; Date.now() < until; n++) {
      await Promise.all(Array.from({ length: threads * 20 }, (_, i) => pool.extractFile(files[(n * threads * 20 + i) % files.length]!)));
    }
    // …and once through the files themselves: the first pass of two workers still runs
    // slower (their compilers compete with them for the cores).
    await Promise.all(files.map((f) => pool.extractFile(f)));
    const t = process.hrtime.bigint();
    await Promise.all(files.map((f) => pool.extractFile(f)));
    return { seconds: Number(process.hrtime.bigint() - t) / 1e9, mb: bytes / 2 ** 20 };
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const cores = availableParallelism();
const poolTable = (title: string, one: { seconds: number; mb: number }, all: { seconds: number; mb: number }) => [
  '',
  title,
  '',
  '| workers | seconds | MB/s | speed-up |',
  '|---|---|---|---|',
  `| 1 | ${one.seconds.toFixed(2)} | ${(one.mb / one.seconds).toFixed(2)} | 1.00 |`,
  `| ${cores} (one per core) | ${all.seconds.toFixed(2)} | ${(all.mb / all.seconds).toFixed(2)} | **${(one.seconds / all.seconds).toFixed(2)}** |`,
];
const poolSize = Math.min(sizes[sizes.length - 1]!, 2000);
const generated = Array.from({ length: poolSize }, (_, i) => {
  const g = generateReport(1, i, counties);
  return { name: g.file, bytes: g.bytes };
});
lines.push(...poolTable(`Worker pool over ${poolSize} generated files (as load and extract run it):`, await pooled(generated, 1), await pooled(generated, cores)));

// Real reports are larger than generated ones (9–17 KB): the fixed cost per report weighs
// less. The five sample reports, each extracted 100 times on one core, then 100 copies of
// each through the pool.
const samplesDir = join(PROJECT_ROOT, 'data', 'reports');
const samples = readdirSync(samplesDir).sort().map((f) => ({ name: f, bytes: readFileSync(join(samplesDir, f)) }));
for (const x of samples) extractBytes(x.bytes, x.name);
let sampleNs = 0n;
let sampleBytes = 0;
for (let round = 0; round < 100; round++) {
  for (const x of samples) {
    const t = process.hrtime.bigint();
    extractBytes(x.bytes, x.name);
    sampleNs += process.hrtime.bigint() - t;
    sampleBytes += x.bytes.length;
  }
}
const sampleSeconds = Number(sampleNs) / 1e9;
lines.push(
  '',
  `Real reports on one core (the ${samples.length} samples of data/reports, ${(samples.reduce((a, x) => a + x.bytes.length, 0) / samples.length / 1024).toFixed(1)} KB on average, each 100 times): ${sampleSeconds.toFixed(2)} s, **${(sampleBytes / 2 ** 20 / sampleSeconds).toFixed(2)} MB/s**, ${((sampleSeconds * 1000) / (samples.length * 100)).toFixed(2)} ms/report`,
);
const copies = Array.from({ length: 100 }, () => samples).flat();
lines.push(...poolTable(`Worker pool over ${copies.length} copies of the samples:`, await pooled(copies, 1), await pooled(copies, cores)));
lines.push('', `Accuracy on the planted facts (${sizes[sizes.length - 1]} reports):`, '', '```', accuracyTable(acc), '```');
console.log(lines.join('\n'));
saveResults('extract', lines.join('\n'));
