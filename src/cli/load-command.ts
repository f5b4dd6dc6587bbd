import cliProgress from 'cli-progress';
import type { Executor } from '../graph/executor.ts';
import { loadReports, type LoadOptions, type LoadSummary } from '../graph/load-reports.ts';

/** More files than this get a progress bar (failures are then listed in the summary). */
const BAR_FROM = 5;

export async function runLoad(executor: Executor | null, paths: string[], options: Pick<LoadOptions, 'dryRun' | 'force' | 'concurrency' | 'perTransaction' | 'hints' | 'manifests' | 'threads' | 'budgetMs'> & { quiet?: boolean }): Promise<LoadSummary> {
  let bar: cliProgress.SingleBar | undefined;
  let started = Date.now();
  let done = 0;
  let summaryFailed = 0;
  const summary = await loadReports(executor, paths, {
    ...options,
    onStart(total) {
      started = Date.now();
      if (total > BAR_FROM && !options.quiet) {
        bar = new cliProgress.SingleBar(
          { format: 'loading |{bar}| {value}/{total} reports | {rate} reports/s | eta {eta_formatted} | {failed} failed', stream: process.stderr, hideCursor: true, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '0', failed: 0 });
      }
    },
    onReport(outcome) {
      done++;
      if (bar) {
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar.increment(1, { rate: (done / seconds).toFixed(1), failed: summaryFailed + (outcome.status === 'failed' ? 1 : 0) });
        if (outcome.status === 'failed') summaryFailed++;
      } else if (outcome.status === 'failed') {
        process.stderr.write(`failed    ${outcome.file}: ${outcome.error}\n`);
      } else if (!options.quiet) {
        process.stderr.write(`${outcome.status.padEnd(9)} ${outcome.file} (${outcome.county ?? 'no county'}, ${outcome.facts} facts)\n`);
      }
    },
  });
  bar?.stop();
  return summary;
}


export function printSummary(s: LoadSummary, dryRun: boolean): void {
  const lines = [
    '',
    dryRun
      ? `${s.files} reports: ${s.validated} extracted and valid, ${s.failed.length} failed (dry run: nothing written) in ${s.seconds.toFixed(1)} s.`
      : `${s.files} reports: ${s.written} loaded, ${s.unchanged} skipped as unchanged, ${s.failed.length} failed in ${s.seconds.toFixed(1)} s.`,
  ];
  if (!dryRun) {
    const c = s.counters;
    lines.push(`graph: ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created, ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships deleted.`);
  }
  for (const f of s.failed) lines.push(`failed: ${f.file}: ${f.error}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
