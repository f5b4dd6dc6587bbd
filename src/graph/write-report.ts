import type { ManagedTransaction, ResultSummary } from 'neo4j-driver';
import type { ReportExtraction } from '../facts.ts';
import type { Executor } from './executor.ts';
import { cypher, type QueryName } from './queries.ts';
import { reportParams, type WriteOptions } from './report-params.ts';

/** Bumped whenever what the graph layer writes for a report changes; stored reports of an older version are written again. */
export const GRAPH_VERSION = '3';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export type WriteOutcome = { status: 'written' | 'unchanged'; reportId: string; replaced: string[]; counters: WriteCounters };

const zero = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });

function add(counters: WriteCounters, summary: ResultSummary) {
  const u = summary.counters.updates();
  counters.nodesCreated += u.nodesCreated;
  counters.nodesDeleted += u.nodesDeleted;
  counters.relationshipsCreated += u.relationshipsCreated;
  counters.relationshipsDeleted += u.relationshipsDeleted;
  counters.propertiesSet += u.propertiesSet;
}

async function run(tx: ManagedTransaction, name: QueryName, params: Record<string, unknown>, counters: WriteCounters) {
  const result = await tx.run(cypher(name), params);
  add(counters, result.summary);
  return result.records;
}

/** What the graph holds of a report already. */
export interface StoredReport {
  storedVersion: string | null;
  /** Older versions of the same file (same path, other text). */
  olderIds: string[];
}

/** The stored state of a batch of reports in one read: the re-load of unchanged files costs one query per batch. */
export async function storedReports(executor: Executor, reports: { id: string; path: string }[]): Promise<Map<string, StoredReport>> {
  const out = new Map<string, StoredReport>();
  if (!reports.length) return out;
  for (const row of await executor.read('report/find', { reports })) {
    out.set(row.id as string, { storedVersion: (row.storedVersion as string | null) ?? null, olderIds: (row.olderIds as string[]) ?? [] });
  }
  return out;
}

export interface WriteReportOptions extends WriteOptions {
  /** Write again even when the same text was loaded by the same extractor version. */
  force?: boolean;
  /** What the graph held of the report, when the caller has read it already (batched). */
  stored?: StoredReport;
  /** For tests: fail after this statement, inside the transaction. */
  failAfter?: QueryName;
}

/**
 * Writes one report's facts in one transaction: unchanged reports are skipped, older
 * versions of the same file are removed first, every statement is a batched UNWIND
 * with parameters. The statements are sent together (pipelined) and read in order, so
 * a report costs one round trip and a commit. A failure anywhere leaves nothing of the
 * report behind.
 */
export async function writeReport(executor: Executor, x: ReportExtraction, o: WriteReportOptions): Promise<WriteOutcome> {
  const p = reportParams(x, o);
  const version = `${o.extractorVersion}/${GRAPH_VERSION}`;
  const stored = o.stored ?? (await storedReports(executor, [{ id: p.reportId, path: o.path }])).get(p.reportId)!;
  if (stored.storedVersion === version && !o.force && stored.olderIds.length === 0) {
    return { status: 'unchanged', reportId: p.reportId, replaced: [], counters: zero() };
  }
  const steps: [QueryName, Record<string, unknown>][] = [
    // The claim locks the report first: a concurrent writer of the same report waits here.
    ['report/claim', { id: p.reportId }],
    // A changed file replaces its older version; the same text written again replaces itself.
    ...stored.olderIds.map((id): [QueryName, Record<string, unknown>] => ['report/delete', { reportId: id, keepNew: false }]),
    ['report/delete', { reportId: p.reportId, keepNew: true }],
    ['report/write', {
      report: { ...p.report, extractorVersion: version },
      county: p.county,
      reportId: p.reportId,
      countyCode: p.countyCode,
      observations: p.observations,
      industries: p.industries,
      enterprises: p.enterprises,
      projects: p.projects,
      honours: p.honours,
    }],
  ];
  return executor.writeTx(async (tx) => {
    const counters = zero();
    const results = steps.map(([name, params]) => tx.run(cypher(name), params));
    for (const [k, result] of results.entries()) {
      add(counters, await result.summary());
      if (o.failAfter === steps[k]![0]) throw new Error(`forced failure after ${steps[k]![0]}`);
    }
    return { status: 'written' as const, reportId: p.reportId, replaced: stored.olderIds, counters };
  }, `write-report ${p.reportId}`);
}

/** Deletes one report and whatever only it supported. Returns false when there was no such report. */
export async function deleteReport(executor: Executor, reportId: string): Promise<{ deleted: boolean; counters: WriteCounters }> {
  return executor.writeTx(async (tx) => {
    const counters = zero();
    const rows = await run(tx, 'report/delete', { reportId, keepNew: false }, counters);
    return { deleted: rows.length > 0 && Number(rows[0]!.get('deleted')) > 0, counters };
  }, `delete-report ${reportId}`);
}
