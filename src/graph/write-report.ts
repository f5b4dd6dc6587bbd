import type { ManagedTransaction, ResultSummary } from 'neo4j-driver';
import type { ReportExtraction } from '../facts.ts';
import type { Executor } from './executor.ts';
import { cypher as plainCypher, stablePlan, type QueryName } from './queries.ts';
import { reportParams, type WriteOptions } from './report-params.ts';

/** Bumped whenever what the graph layer writes for a report changes; stored reports of an older version are written again. */
export const GRAPH_VERSION = '7';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** What became of one report of a group. */
export type ReportStatus = { status: 'written' | 'unchanged'; reportId: string; replaced: string[] };

/** What became of a report written on its own, with what its transaction changed. */
export type WriteOutcome = ReportStatus & { counters: WriteCounters };

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
  const result = await tx.run(plainCypher(name), params);
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
  return (await readStored(executor, reports)).stored;
}

/** The stored versions of a batch (see storedReports), and how many reports the graph holds, in one query. */
export async function readStored(executor: Executor, reports: { id: string; path: string }[]): Promise<{ stored: Map<string, StoredReport>; reportsInGraph: number }> {
  const stored = new Map<string, StoredReport>();
  let reportsInGraph = 0;
  if (!reports.length) return { stored, reportsInGraph };
  for (const row of await executor.read('report/find', { reports })) {
    stored.set(row.id as string, { storedVersion: (row.storedVersion as string | null) ?? null, olderIds: (row.olderIds as string[]) ?? [] });
    reportsInGraph = Number(row.reportsInGraph ?? 0);
  }
  return { stored, reportsInGraph };
}

export interface WriteReportOptions extends WriteOptions {
  /** Write again even when the same text was loaded by the same extractor version. */
  force?: boolean;
  /** What the graph held of the report, when the caller has read it already (batched). */
  stored?: StoredReport;
  /** For tests: fail after this statement, inside the transaction. */
  failAfter?: QueryName;
  /** Run every statement, then roll the transaction back (see warm-up.ts). */
  rehearse?: boolean;
}

/** Ends a rehearsed write: thrown inside its transaction so that Neo4j rolls it back. */
class Rehearsed extends Error {}

/** One report of a group: its extraction and how to write it. */
export interface GroupItem {
  x: ReportExtraction;
  options: WriteReportOptions;
}

export interface GroupOutcome {
  /** In the order of the items. */
  outcomes: ReportStatus[];
  /** What the group's transaction changed (a group is one transaction, so counters are not split per report). */
  counters: WriteCounters;
}

/**
 * Writes a group of reports in one transaction: unchanged reports are skipped; the others
 * are claimed together (one statement; a report already stored is locked), older versions
 * of the same file and the stored content of a report written again are removed, then all
 * are written (six statements sent together, see cypher/report/write.cypher), and the
 * figures of the projects they touch are settled from all their reports (newest first).
 * Three round trips and one commit for the group, whatever its size. All or nothing: a
 * failure leaves nothing of any report of the group behind, and the caller can write them
 * one by one to find the report that failed. The reports of a group must have distinct ids.
 */
export interface GroupOptions {
  /** Keep the write statements' plans while the graph's statistics change (see stablePlan; loads into a young graph). */
  stablePlans?: boolean;
}

/** Below this many reports a graph is young: its counts change by large factors from one group of reports to the next. */
export const YOUNG_GRAPH_REPORTS = 10_000;

export async function isYoungGraph(executor: Executor): Promise<boolean> {
  return (await readStored(executor, [{ id: '', path: '' }])).reportsInGraph < YOUNG_GRAPH_REPORTS;
}

export async function writeReports(executor: Executor, items: GroupItem[], g: GroupOptions = {}): Promise<GroupOutcome> {
  const cypher = g.stablePlans ? stablePlan : plainCypher;
  const prepared = items.map(({ x, options: o }) => ({ p: reportParams(x, o), o }));
  const missing = prepared.filter(({ o }) => !o.stored);
  const read = missing.length ? await storedReports(executor, missing.map(({ p, o }) => ({ id: p.reportId, path: o.path }))) : new Map<string, StoredReport>();
  const outcomes: ReportStatus[] = [];
  const toWrite: { p: ReturnType<typeof reportParams>; o: WriteReportOptions; stored: StoredReport }[] = [];
  for (const { p, o } of prepared) {
    const version = `${o.extractorVersion}/${GRAPH_VERSION}`;
    const stored = o.stored ?? read.get(p.reportId) ?? { storedVersion: null, olderIds: [] };
    const unchanged = stored.storedVersion === version && !o.force && stored.olderIds.length === 0;
    outcomes.push({ status: unchanged ? 'unchanged' : 'written', reportId: p.reportId, replaced: unchanged ? [] : stored.olderIds });
    if (!unchanged) toWrite.push({ p, o, stored });
  }
  if (!toWrite.length) return { outcomes, counters: zero() };
  if (new Set(toWrite.map(({ p }) => p.reportId)).size !== toWrite.length) throw new Error('a group of reports holds one report twice');
  const failAfter = new Set(toWrite.map(({ o }) => o.failAfter).filter(Boolean));
  const label = toWrite.length === 1 ? `write-report ${toWrite[0]!.p.reportId}` : `write-reports ${toWrite.length}`;

  const counters = await executor.writeTx(async (tx) => {
    const counters = zero();
    const check = (name: QueryName) => {
      if (failAfter.has(name)) throw new Error(`forced failure after ${name}`);
    };
    // The claim first: it decides which reports have stored content to remove.
    const claim = await tx.run(cypher('report/claim'), { ids: toWrite.map(({ p }) => p.reportId).sort() });
    add(counters, claim.summary);
    check('report/claim');
    const stored = new Set<string>();
    const storedAt = new Map<string, { path: string; file: string }>();
    for (const r of claim.records) {
      if (r.get('claim') !== 'stored') continue;
      stored.add(r.get('id') as string);
      if (r.get('path')) storedAt.set(r.get('id') as string, { path: r.get('path') as string, file: r.get('file') as string });
    }
    const deletes: Record<string, unknown>[] = [];
    for (const { p, stored: s } of toWrite) {
      // A changed file replaces its older version; the same text written again replaces itself.
      for (const id of s.olderIds) deletes.push({ reportId: id });
      if (stored.has(p.reportId)) deletes.push({ reportId: p.reportId });
    }
    const reports = toWrite.map(({ p, o }) => ({
      report: { ...p.report, ...firstPath(p.report, storedAt.get(p.reportId)), extractorVersion: `${o.extractorVersion}/${GRAPH_VERSION}` },
      county: p.county,
      reportId: p.reportId,
      countyCode: p.countyCode,
      rank: p.rank,
      text: p.text,
      names: p.names,
      observations: p.observations,
      industries: p.industries,
      enterprises: p.enterprises,
      projects: p.projects,
      honours: p.honours,
    }));
    // The removals and the writes are sent together (pipelined) and read in order; a write
    // statement with no rows to write is not sent.
    const removals = deletes.map((params) => tx.run(cypher('report/delete'), params));
    const writes = WRITE_STATEMENTS.map(([name, field]) => {
      // Each fact statement gets the reports that have such facts, with only what it reads.
      const rows = field ? reports.filter((r) => r[field].length > 0).map((r) => ({ reportId: r.reportId, countyCode: r.countyCode, rank: r.rank, [field]: r[field] })) : reports;
      return [name, rows] as const;
    })
      .filter(([, rows]) => rows.length > 0)
      .map(([name, rows]) => [name, tx.run(cypher(name), { reports: rows })] as const);
    const touched = new Set<string>();
    const counties = new Set(toWrite.map(({ p }) => p.countyCode).filter((c): c is string => Boolean(c)));
    for (const result of removals) {
      const { records, summary } = await result;
      add(counters, summary);
      for (const r of records) {
        for (const id of r.get('projects') as string[]) touched.add(id);
        if (r.get('county')) counties.add(r.get('county') as string);
      }
      check('report/delete');
    }
    for (const [name, result] of writes) {
      add(counters, await result.summary());
      check(name);
    }
    for (const { p } of toWrite) for (const row of p.projects) touched.add(row.id);
    if (touched.size) add(counters, (await tx.run(cypher('report/settle-projects'), { ids: [...touched] })).summary);
    if (counties.size) add(counters, (await tx.run(cypher('report/mark-latest'), { codes: [...counties].sort() })).summary);
    if (toWrite.some(({ o }) => o.rehearse)) throw new Rehearsed();
    return counters;
  }, label).catch((e: unknown) => {
    if (e instanceof Rehearsed) return zero();
    throw e;
  });
  return { outcomes, counters };
}

/** The statements that write a group, in order, each with the facts it writes (none: always sent). */
const WRITE_STATEMENTS: [QueryName, 'observations' | 'industries' | 'enterprises' | 'projects' | 'honours' | null][] = [
  ['report/write', null],
  ['report/write-observations', 'observations'],
  ['report/write-industries', 'industries'],
  ['report/write-enterprises', 'enterprises'],
  ['report/write-projects', 'projects'],
  ['report/write-honours', 'honours'],
];

/** One text in several files: the first of their paths, so the graph does not depend on which file was loaded last. */
function firstPath(report: { path: string; file: string }, stored: { path: string; file: string } | undefined) {
  return stored && stored.path < report.path ? stored : { path: report.path, file: report.file };
}

/** Writes one report in a transaction of its own (see `writeReports`). */
export async function writeReport(executor: Executor, x: ReportExtraction, o: WriteReportOptions): Promise<WriteOutcome> {
  const { outcomes, counters } = await writeReports(executor, [{ x, options: o }]);
  return { ...outcomes[0]!, counters };
}

/** Deletes one report and whatever only it supported. Returns false when there was no such report. */
export async function deleteReport(executor: Executor, reportId: string): Promise<{ deleted: boolean; counters: WriteCounters }> {
  return executor.writeTx(async (tx) => {
    const counters = zero();
    const codes = (await run(tx, 'report/county-of', { reportId }, counters)).map((r) => r.get('code') as string);
    const rows = await run(tx, 'report/delete', { reportId }, counters);
    const projects = rows.flatMap((r) => r.get('projects') as string[]);
    if (projects.length) await run(tx, 'report/settle-projects', { ids: projects }, counters);
    const county = rows[0]?.get('county') as string | null | undefined;
    if (county) await run(tx, 'report/mark-latest', { codes: [county] }, counters);
    if (codes.length) await run(tx, 'report/prune-places', { codes }, counters);
    return { deleted: rows.length > 0 && Number(rows[0]!.get('deleted')) > 0, counters };
  }, `delete-report ${reportId}`);
}
