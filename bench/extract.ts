// Extraction on one core over the generated corpus (every county in the gazetteer, the
// patterns of work reports, bulletins and news, traditional/GBK/mixed/HTML variants):
// reports/s, MB/s and peak memory for each size, then recall and precision of the
// planted facts.
//   npm run bench:extract -- [sizes=1000,10000] [--verbose]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBytes } from '../loaders/pipeline.ts';
import { createExtractPool } from '../loaders/extract-pool.ts';
import { accuracyTable, emptyAccuracy, score } from './corpus/accuracy.ts';
import { loadGazetteer } from '../loaders/gazetteer.ts';
import { generateReport } from './corpus/generate.ts';
import { machine } from './machine.ts';
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
// then one per core. Reading the files is included; starting the workers is not.
async function pooled(n: number, threads: number): Promise<{ seconds: number; mb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
  let bytes = 0;
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const g = generateReport(1, i, counties);
    const file = join(dir, `${String(i).padStart(6, '0')}-${g.file.replace(/[^\w.-]/g, '_')}`);
    writeFileSync(file, g.bytes);
    bytes += g.bytes.length;
    files.push(file);
  }
  const pool = createExtractPool({ threads });
  try {
    await Promise.all(Array.from({ length: threads }, (_, i) => pool.extractFile(files[i % files.length]!)));
    const t = process.hrtime.bigint();
    await Promise.all(files.map((f) => pool.extractFile(f)));
    return { seconds: Number(process.hrtime.bigint() - t) / 1e9, mb: bytes / 2 ** 20 };
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
const cores = availableParallelism();
const poolSize = Math.min(sizes[sizes.length - 1]!, 2000);
const one = await pooled(poolSize, 1);
const all = await pooled(poolSize, cores);
lines.push(
  '',
  `Worker pool over ${poolSize} files (as load and extract run it):`,
  '',
  '| workers | seconds | MB/s | speed-up |',
  '|---|---|---|---|',
  `| 1 | ${one.seconds.toFixed(2)} | ${(one.mb / one.seconds).toFixed(2)} | 1.00 |`,
  `| ${cores} (one per core) | ${all.seconds.toFixed(2)} | ${(all.mb / all.seconds).toFixed(2)} | **${(one.seconds / all.seconds).toFixed(2)}** |`,
);
lines.push('', `Accuracy on the planted facts (${sizes[sizes.length - 1]} reports):`, '', '```', accuracyTable(acc), '```');
console.log(lines.join('\n'));
saveResults('extract', lines.join('\n'));
