import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createExecutor, type Executor } from '../../src/graph/executor.ts';
import { writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import { TEST_MARKER } from './test-neo4j.ts';

/** Wipes the graph (not the schema), keeping the marker that says this is a test database. */
export async function wipe(executor: Executor): Promise<void> {
  await executor.writeText(`MATCH (n) WHERE NOT n:${TEST_MARKER} DETACH DELETE n`, {}, 'test-wipe');
}

/** Empties the graph and writes the five sample reports into it, as loaded at a fixed time. */
export async function writeSampleReports(executor: Executor): Promise<void> {
  await wipe(executor);
  const samples = join(PROJECT_ROOT, 'data', 'reports');
  for (const f of readdirSync(samples)) {
    const x = extractText(readFileSync(join(samples, f), 'utf8'), f);
    await writeReport(executor, x, { path: `/sample/${f}`, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });
  }
}

/**
 * An executor on the run's Neo4j, with the graph emptied before each test of the
 * file, so no test sees another's data.
 */
export function useGraph(options: { wipeBeforeEach?: boolean } = {}): { executor: Executor } {
  const target = inject('neo4j');
  const executor = createExecutor(target);
  if (options.wipeBeforeEach !== false) beforeEach(() => wipe(executor));
  afterAll(() => executor.close());
  return { executor };
}

/**
 * Every node and relationship of the graph as sorted lines (labels and properties; a
 * relationship by the keys of its ends), lists (and the words of the search field aliasText) sorted, load times left out, so two graphs
 * written in different orders or at different times compare equal exactly when they hold
 * the same things.
 */
export async function graphFingerprint(executor: Executor): Promise<string[]> {
  const normal = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(normal).map((x) => JSON.stringify(x)).sort() : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'loadedAt').sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, k === 'aliasText' ? String(x).trim().split(' ').sort() : normal(x)])) : v;
  const nodes = await executor.readText(`MATCH (n) WHERE NOT n:${TEST_MARKER} RETURN labels(n) AS labels, properties(n) AS props`);
  const rels = await executor.readText(
    'MATCH (a)-[r]->(b) RETURN labels(a) AS a, coalesce(a.id, a.key, a.code) AS ak, type(r) AS type, properties(r) AS props, labels(b) AS b, coalesce(b.id, b.key, b.code) AS bk',
  );
  return [...nodes, ...rels].map((row) => JSON.stringify(normal(row))).sort();
}
