import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CountyGraphError } from '../errors.ts';
import type { ReportExtraction, ReportHints } from '../facts.ts';
import { expandPathsWithSkipped, extractorVersionFor, findManifests, hintsFor } from '../../loaders/index.ts';
import { createExtractPool, defaultThreads, type ExtractPool } from '../../loaders/extract-pool.ts';
import type { Executor } from './executor.ts';
import { readStored, writeReports, YOUNG_GRAPH_REPORTS, type StoredReport, type WriteCounters } from './write-report.ts';

/** Reports per write transaction, and transactions in flight: see LoadOptions. */
export const PER_TRANSACTION = 64;
export const CONCURRENCY = 1;

export interface LoadOptions {
  /** Extract and validate, write nothing. */
  dryRun?: boolean;
  /** Write again reports whose text and extractor are unchanged. */
  force?: boolean;
  /**
   * Write transactions in flight at once (default 1). More rarely helps: concurrent groups
   * lock the same shared nodes (industries, provinces) and wait on, or deadlock with, each other.
   */
  concurrency?: number;
  /** Reports written per transaction (default 64): each statement and each commit has a fixed cost, shared by the group (64 loads 12–15 % faster than 32 from an empty graph and at 3,000 reports). */
  perTransaction?: number;
  /** What the user knows of every file (--county, --published-at); sidecars and manifests add per file. */
  hints?: ReportHints;
  /** Manifests named outright (folders' own manifest.csv / manifest.jsonl are found anyway). */
  manifests?: string[];
  /** Worker threads that extract (default: one fewer than the cores, at least one). */
  threads?: number;
  /** Milliseconds one file may take to extract before it fails by name (default 60 s). */
  budgetMs?: number;
  /** For tests: the report of this file fails inside its transaction. */
  failFile?: string;
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

/**
 * The name a report's file is shown by (Report.file, to every API client): relative to the
 * folder the load ran in when the file is inside it, else its own folder and name; never
 * the server's absolute path. The absolute path stays internal (it tells a file's versions apart).
 */
export function shownFile(file: string, cwd = process.cwd()): string {
  const abs = resolve(file);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return abs.split(sep).filter(Boolean).slice(-2).join('/');
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
 * Loads report files (files, folders, globs): extract, validate, write. Work goes in
 * batches (a group per transaction in flight): while one batch is written, the next is
 * extracted, and a batch's stored versions are read in one query (the re-load of
 * unchanged files is one read per batch). A batch is written in groups of
 * `perTransaction` reports, one transaction per group;
 * when a group fails, its reports are written one by one, so a bad report fails alone
 * and the others still load. Memory holds two batches, however many files. When Neo4j
 * becomes unreachable, the reports not yet written are named as such and the load stops.
 */
export async function loadReports(executor: Executor | null, paths: string[], o: LoadOptions = {}): Promise<LoadSummary> {
  const t0 = Date.now();
  const { files, skipped } = await expandPathsWithSkipped(paths);
  const manifests = await findManifests(paths, o.manifests, files);
  const summary: LoadSummary = { files: files.length + skipped.length, written: 0, unchanged: 0, validated: 0, failed: [], counters: { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 }, seconds: 0 };
  o.onStart?.(files.length + skipped.length);
  const loadedAt = new Date().toISOString();
  let unreachable: Error | null = null;

  const report = (outcome: ReportOutcome) => {
    if (outcome.status === 'failed') summary.failed.push({ file: outcome.file, error: outcome.error });
    else summary[outcome.status]++;
    o.onReport?.(outcome);
  };
  // Folders that could not be read, links to nothing, loops: each a named failure; the rest load.
  for (const x of skipped) report({ file: x.path, status: 'failed', error: x.reason });
  const failure = (file: string, e: unknown): ReportOutcome => ({
    file,
    status: 'failed',
    error: e instanceof CountyGraphError ? e.message.replace(`${file}: `, '') : (e as Error).message,
  });

  type Extracted = { file: string; path: string; x: ReportExtraction; facts: number; version: string };
  // Files are extracted in worker threads, each under a time budget, so that a file no
  // extractor should take long on fails alone instead of holding up the load.
  const pool: ExtractPool = createExtractPool({ threads: Math.min(Math.max(1, files.length), o.threads || defaultThreads('load')), budgetMs: o.budgetMs });
  const extract = async (file: string): Promise<Extracted | null> => {
    try {
      const hints = await hintsFor(file, manifests, o.hints);
      const x = await pool.extractFile(file, hints);
      x.report.file = shownFile(file);
      const problems = validateExtraction(x);
      if (problems.length) throw new CountyGraphError('E_INPUT', `${file}: ${problems.slice(0, 3).join('; ')}`);
      const facts = x.indicators.length + x.projects.length + x.industries.length + x.enterprises.length + x.honours.length;
      // The same text with other metadata given is written again: the metadata is part of its version.
      return { file, path: resolve(file), x, facts, version: extractorVersionFor(hints) };
    } catch (e) {
      report(failure(file, e));
      return null;
    }
  };

  let stablePlans: boolean | undefined;
  const writeBatch = async (batch: Extracted[]): Promise<void> => {
    if (o.dryRun || !executor) {
      for (const { file, x, facts } of batch) report({ file, status: 'validated', reportId: x.report.id, county: x.county?.name ?? null, facts, warnings: x.warnings });
      return;
    }
    let stored: Map<string, StoredReport> | null = null;
    if (!unreachable) {
      try {
        const read = await readStored(executor, batch.map((b) => ({ id: b.x.report.id, path: b.path })));
        stored = read.stored;
        // Decided once per load, from the graph it starts on.
        stablePlans ??= read.reportsInGraph < YOUNG_GRAPH_REPORTS;
      } catch (e) {
        // Without the batched read each write reads its own state; unreachable stops the load.
        if ((e as CountyGraphError).code === 'E_NEO4J_UNREACHABLE') unreachable = e as Error;
      }
    }
    const size = Math.max(1, o.perTransaction ?? PER_TRANSACTION);
    const groups: Extracted[][] = [];
    for (const b of batch) {
      // A group never holds one report twice (two files with the same text).
      const open = groups.find((g) => g.length < size && !g.some((other) => other.x.report.id === b.x.report.id));
      if (open) open.push(b);
      else groups.push([b]);
    }
    const write = async (group: Extracted[]) => {
      const { outcomes, counters } = await writeReports(
        executor,
        group.map((b) => ({ x: b.x, options: { path: b.path, loadedAt, extractorVersion: b.version, force: o.force, stored: stored?.get(b.x.report.id), failAfter: b.file === o.failFile ? 'report/write' : undefined } })),
        { stablePlans },
      );
      for (const k of Object.keys(summary.counters) as (keyof WriteCounters)[]) summary.counters[k] += counters[k];
      for (const [i, b] of group.entries()) report({ file: b.file, status: outcomes[i]!.status, reportId: b.x.report.id, county: b.x.county?.name ?? null, facts: b.facts, warnings: b.x.warnings });
    };
    const one = async (group: Extracted[]): Promise<void> => {
      if (unreachable) {
        for (const b of group) report({ file: b.file, status: 'failed', error: `not written: ${unreachable.message}` });
        return;
      }
      try {
        await write(group);
      } catch (e) {
        if ((e as CountyGraphError).code === 'E_NEO4J_UNREACHABLE') unreachable ??= e as Error;
        // The group wrote nothing: its reports are written one by one, so one bad report fails alone.
        if (group.length > 1 && !unreachable) {
          for (const b of group) await one([b]);
          return;
        }
        for (const b of group) report(unreachable ? { file: b.file, status: 'failed', error: `not written: ${unreachable.message}` } : failure(b.file, e));
      }
    };
    let next = 0;
    const workers = Array.from({ length: Math.max(1, Math.min(o.concurrency ?? CONCURRENCY, groups.length)) }, async () => {
      while (next < groups.length) await one(groups[next++]!);
    });
    await Promise.all(workers);
  };

  // Extract batch k+1 while batch k is written; a batch is one group per transaction in flight.
  const batchSize = Math.max(1, o.perTransaction ?? PER_TRANSACTION) * Math.max(1, o.concurrency ?? CONCURRENCY);
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let start = 0; start < files.length; start += batchSize) {
      // The pool extracts the batch's files in parallel; the batch keeps their order.
      const batch = (await Promise.all(files.slice(start, start + batchSize).map(extract))).filter((e): e is Extracted => e !== null);
      await writing;
      writing = writeBatch(batch);
    }
    await writing;
  } finally {
    await pool.close();
  }
  const order = new Map([...skipped.map((x) => x.path), ...files].map((f, i) => [f, i]));
  summary.failed.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}
