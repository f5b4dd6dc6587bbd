import type { ManagedTransaction } from 'neo4j-driver';
import type { ReportExtraction } from '../facts.ts';
import type { Executor } from './executor.ts';
import { cypher, type QueryName } from './queries.ts';
import { reportParams, type WriteOptions } from './report-params.ts';

/** Bumped whenever what the graph layer writes for a report changes; stored reports of an older version are written again. */
export const GRAPH_VERSION = '2';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export type WriteOutcome = { status: 'written' | 'unchanged'; reportId: string; replaced: string[]; counters: WriteCounters };

const zero = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });

async function run(tx: ManagedTransaction, name: QueryName, params: Record<string, unknown>, counters: WriteCounters) {
  const result = await tx.run(cypher(name), params);
  const u = result.summary.counters.updates();
  counters.nodesCreated += u.nodesCreated;
  counters.nodesDeleted += u.nodesDeleted;
  counters.relationshipsCreated += u.relationshipsCreated;
  counters.relationshipsDeleted += u.relationshipsDeleted;
  counters.propertiesSet += u.propertiesSet;
  return result.records;
}

export interface WriteReportOptions extends WriteOptions {
  /** Write again even when the same text was loaded by the same extractor version. */
  force?: boolean;
  /** For tests: fail after this statement, inside the transaction. */
  failAfter?: QueryName;
}

/**
 * Writes one report's facts in one transaction: unchanged reports are skipped, older
 * versions of the same file are removed first, every statement is a batched UNWIND
 * with parameters. A failure anywhere leaves nothing of the report behind.
 */
export async function writeReport(executor: Executor, x: ReportExtraction, o: WriteReportOptions): Promise<WriteOutcome> {
  const p = reportParams(x, o);
  return executor.writeTx(async (tx) => {
    const counters = zero();
    const [found] = await run(tx, 'report/find', { id: p.reportId, path: o.path }, counters);
    const storedVersion = found?.get('storedVersion') as string | null;
    const version = `${o.extractorVersion}/${GRAPH_VERSION}`;
    const olderIds = (found?.get('olderIds') as string[]) ?? [];
    if (storedVersion === version && !o.force && olderIds.length === 0) {
      return { status: 'unchanged', reportId: p.reportId, replaced: [], counters };
    }
    const step = async (name: QueryName, params: Record<string, unknown>) => {
      await run(tx, name, params, counters);
      if (o.failAfter === name) throw new Error(`forced failure after ${name}`);
    };
    // A changed file replaces its older version; the same text written again replaces itself.
    for (const id of [...olderIds, ...(storedVersion !== null ? [p.reportId] : [])]) await step('report/delete', { reportId: id });
    await step('report/upsert', { report: { ...p.report, extractorVersion: version }, county: p.county });
    const common = { reportId: p.reportId, countyCode: p.countyCode };
    if (p.observations.length && p.countyCode) await step('report/observations', { ...common, rows: p.observations });
    if (p.industries.length) await step('report/industries', { ...common, rows: p.industries });
    if (p.enterprises.length) await step('report/enterprises', { ...common, rows: p.enterprises });
    if (p.projects.length) await step('report/projects', { ...common, rows: p.projects });
    if (p.honours.length) await step('report/honours', { ...common, rows: p.honours });
    return { status: 'written', reportId: p.reportId, replaced: olderIds, counters };
  }, `write-report ${p.reportId}`);
}

/** Deletes one report and whatever only it supported. Returns false when there was no such report. */
export async function deleteReport(executor: Executor, reportId: string): Promise<{ deleted: boolean; counters: WriteCounters }> {
  return executor.writeTx(async (tx) => {
    const counters = zero();
    const rows = await run(tx, 'report/delete', { reportId }, counters);
    return { deleted: rows.length > 0 && Number(rows[0]!.get('deleted')) > 0, counters };
  }, `delete-report ${reportId}`);
}
