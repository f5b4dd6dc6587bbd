// Loading at national scale: the generated corpus (every county of the gazetteer) loaded
// end to end with `load` into an empty graph, then again into the graph that holds it
// (the re-load path), for each size; and the physical reference: the same facts written
// by large UNWIND batches with no extraction and no per-report transaction.
//   npm run bench:load -- [sizes=1000,10000,30000]
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.ts';
import { CONCURRENCY, loadReports, PER_TRANSACTION, type LoadSummary } from '../src/graph/load-reports.ts';
import { reportParams } from '../src/graph/report-params.ts';
import { EXTRACTOR_VERSION, extractFile } from '../loaders/index.ts';
import { writeCorpus } from './corpus/write.ts';
import { machine } from './machine.ts';
import { benchGraph } from './neo4j.ts';
import { saveResults } from './results.ts';

const sizes = (process.argv[2] ?? '1000,10000,30000').split(',').map(Number);
const largest = Math.max(...sizes);

process.stderr.write(`writing the corpus of ${largest} reports…\n`);
const corpus = await writeCorpus(join(PROJECT_ROOT, 'bench', 'corpus-data', String(largest)), largest);
const allFiles = readdirSync(corpus.reports).sort().map((f) => join(corpus.reports, f));

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Peak resident memory of this process (the loader) while `work` runs, and its live heap
 * after a full collection at the end (run with --expose-gc): the peak shows how far V8
 * let the heap grow, the live heap whether anything accumulates from stage to stage.
 */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number; liveHeap: number | null }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    gc?.();
    return { result, peakRss: peak, liveHeap: gc ? process.memoryUsage().heapUsed : null };
  } finally {
    clearInterval(timer);
  }
}
const mib = (n: number | null) => (n === null ? '–' : (n / 2 ** 20).toFixed(0));

// The reference first, in a fresh Neo4j of its own (emptying a graph of 10k reports would
// take longer than writing it): the facts of the middle size in 100-report UNWIND batches
// (a transaction of 500 exceeds the default transaction memory of a 512 MiB heap).
const refN = sizes.length > 1 ? sizes[sizes.length - 2]! : sizes[0]!;
let refSeconds = 0;
let refRate = 0;
{
  const reference = await benchGraph('reference-instance');
  try {
    const loadedAt = new Date().toISOString();
    const params = [];
    for (const file of allFiles.slice(0, refN)) {
      const x = await extractFile(file);
      params.push(reportParams(x, { path: file, loadedAt, extractorVersion: EXTRACTOR_VERSION }));
    }
    const unique = [...new Map(params.map((p) => [p.reportId, p])).values()];
    const t0 = performance.now();
    for (let i = 0; i < unique.length; i += 100) await reference.executor.write('bench/reference-write', { reports: unique.slice(i, i + 100) });
    refSeconds = (performance.now() - t0) / 1000;
    refRate = unique.length / refSeconds;
  } finally {
    await reference.stop();
  }
}

// The graph stays in the `national-instance` for bench:api national.
const graph = await benchGraph('national-instance');
const rows: string[] = [];
const rates: Record<number, number> = {};
const facts = (s: LoadSummary) => s.counters.nodesCreated + s.counters.relationshipsCreated;
try {
  // Then the loader, from the empty graph up through each size: the reports of each stage
  // are added to those of the stages before, so the last stage ends with the whole corpus.
  let loaded = 0;
  let total = 0;
  for (const n of sizes) {
    const files = allFiles.slice(loaded, n);
    let done = 0;
    const first = await withPeakRss(() =>
      loadReports(graph.executor, files, { onReport: () => void (++done % 1000 === 0 && process.stderr.write(`  load ${loaded + done}/${n}\n`)) }),
    );
    const s = first.result;
    total += s.seconds;
    rates[n] = files.length / s.seconds;
    rows.push(
      `| ${loaded + 1}–${n} | ${s.written} | ${s.failed.length} | ${s.seconds.toFixed(1)} | **${rates[n]!.toFixed(0)}** | ${(facts(s) / s.seconds).toFixed(0)} | ${mib(first.peakRss)} | ${mib(first.liveHeap)} | ${total.toFixed(0)} |`,
    );
    process.stderr.write(`${loaded + 1}–${n}: ${rates[n]!.toFixed(0)} reports/s\n`);
    loaded = n;
  }
  // The re-load path: every file again into the graph that holds them (all unchanged).
  const again = await withPeakRss(() => loadReports(graph.executor, allFiles.slice(0, loaded)));
  const [count] = await graph.executor.readText('MATCH (r:Report) RETURN count(r) AS reports');

  const growth = sizes.length > 1 ? rates[sizes[sizes.length - 1]!]! / rates[sizes[0]!]! : 1;
  const table = [
    `machine: ${machine()}`,
    `corpus: generated, ${largest} reports over ${new Set(allFiles.map((f) => basename(f).split('-')[1])).size} counties, ${(corpus.bytes / 2 ** 20).toFixed(0)} MB; loader: \`load\` with its defaults (${PER_TRANSACTION} reports per transaction, ${CONCURRENCY} transaction in flight, the next batch extracted meanwhile), from an empty graph`,
    '',
    '| reports | written | failed | seconds | reports/s | created nodes+rels/s | loader peak RSS MiB | loader live heap after GC MiB | seconds since empty |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `re-load of all ${loaded} (unchanged): ${again.result.seconds.toFixed(1)} s = **${(loaded / again.result.seconds).toFixed(0)} reports/s**, ${again.result.unchanged} unchanged, peak RSS ${mib(again.peakRss)} MiB, live heap after GC ${mib(again.liveHeap)} MiB; reports in the graph after it: ${Number(count!.reports)}`,
    `rate in the last stage ÷ rate in the first: **${growth.toFixed(2)}** (target ≥ 0.80)`,
    `physical reference (the facts of ${refN} reports in UNWIND batches of 100 into the empty graph, extraction not timed): ${refSeconds.toFixed(1)} s = **${refRate.toFixed(0)} reports/s**; the loader's first stage reached ${(rates[sizes[0]!]! / refRate).toFixed(2)} of it`,
  ].join('\n');
  console.log(table);
  saveResults('load', table);
} finally {
  await graph.stop();
}
