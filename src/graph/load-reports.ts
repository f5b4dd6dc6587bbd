import { resolve } from 'node:path';
import { CountyGraphError } from '../errors.ts';
import type { ReportExtraction } from '../facts.ts';
import { EXTRACTOR_VERSION, expandPaths, extractFile } from '../../loaders/index.ts';
import type { Executor } from './executor.ts';
import { writeReport, type WriteCounters } from './write-report.ts';

export interface LoadOptions {
  /** Extract and validate, write nothing. */
  dryRun?: boolean;
  /** Write again reports whose text and extractor are unchanged. */
  force?: boolean;
  /** Reports in flight at once: extraction of one overlaps the writes of others (default 1: writes to shared nodes contend for locks). */
  concurrency?: number;
  onStart?: (total: number) => void;
  onReport?: (outcome: ReportOutcome) => void;
}

export type ReportOutcome =
  | { file: string; status: 'written' | 'unchanged' | 'validated'; reportId: string; county: string | null; facts: number; warnings: string[] }
  | { file: string; status: 'failed'; error: string };

export interface LoadSummary {
  files: number;
  written: number;
  unchanged: number;
  validated: number;
  failed: { file: string; error: string }[];
  counters: WriteCounters;
  seconds: number;
}

/** Problems that make a report unfit to write, beyond what extraction warns about. */
export function validateExtraction(x: ReportExtraction): string[] {
  const problems: string[] = [];
  const facts = [...x.indicators, ...x.projects, ...x.industries, ...x.enterprises, ...x.honours];
  for (const f of facts) {
    const e = f.evidence;
    if (!e || e.start < 0 || e.end > x.report.chars || e.end - e.start !== e.text.length) problems.push(`evidence out of range: ${JSON.stringify(e)}`);
  }
  for (const i of x.indicators) if (i.value !== null && !Number.isFinite(i.value)) problems.push(`indicator ${i.metric} has a non-finite value`);
  return problems;
}

/**
 * Loads report files (files, folders, globs) one at a time: extract, validate, write in
 * one transaction each. A failed report is named and skipped; the others still load.
 */
export async function loadReports(executor: Executor | null, paths: string[], o: LoadOptions = {}): Promise<LoadSummary> {
  const t0 = Date.now();
  const files = await expandPaths(paths);
  const summary: LoadSummary = { files: files.length, written: 0, unchanged: 0, validated: 0, failed: [], counters: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 }, seconds: 0 };
  o.onStart?.(files.length);
  const loadedAt = new Date().toISOString();
  const one = async (file: string): Promise<void> => {
    let outcome: ReportOutcome;
    try {
      const x = await extractFile(file);
      const problems = validateExtraction(x);
      if (problems.length) throw new CountyGraphError('E_INPUT', `${file}: ${problems.slice(0, 3).join('; ')}`);
      const facts = x.indicators.length + x.projects.length + x.industries.length + x.enterprises.length + x.honours.length;
      if (o.dryRun || !executor) {
        outcome = { file, status: 'validated', reportId: x.report.id, county: x.county?.name ?? null, facts, warnings: x.warnings };
      } else {
        const w = await writeReport(executor, x, { path: resolve(file), loadedAt, extractorVersion: EXTRACTOR_VERSION, force: o.force });
        for (const k of Object.keys(summary.counters) as (keyof WriteCounters)[]) summary.counters[k] += w.counters[k];
        outcome = { file, status: w.status, reportId: x.report.id, county: x.county?.name ?? null, facts, warnings: x.warnings };
      }
    } catch (e) {
      const message = e instanceof CountyGraphError ? e.message.replace(`${file}: `, '') : (e as Error).message;
      outcome = { file, status: 'failed', error: message };
    }
    if (outcome.status === 'failed') summary.failed.push({ file, error: outcome.error });
    else summary[outcome.status]++;
    o.onReport?.(outcome);
  };
  // A small pool: one file at a time per worker, so memory stays flat however many files.
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 1, files.length)) }, async () => {
    while (next < files.length) await one(files[next++]!);
  });
  await Promise.all(workers);
  summary.failed.sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file));
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}
