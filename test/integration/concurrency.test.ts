import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import { graphFingerprint, useGraph, wipe } from '../helpers/graph.ts';

const dir = join(PROJECT_ROOT, 'data', 'reports');
const reports = readdirSync(dir).map((f) => ({ f, x: extractText(readFileSync(join(dir, f), 'utf8'), f) }));
const opts = (f: string) => ({ path: `/sample/${f}`, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });

describe('concurrent loads', () => {
  const { executor } = useGraph();

  const snapshot = () => graphFingerprint(executor);

  it('two loaders writing overlapping reports at once leave the graph a single load leaves', async () => {
    for (const { f, x } of reports) await writeReport(executor, x, opts(f));
    const single = await snapshot();
    await wipe(executor);
    // Two "processes": one loads all reports forwards, the other backwards, at the same time.
    const forwards = (async () => { for (const { f, x } of reports) await writeReport(executor, x, opts(f)); })();
    const backwards = (async () => { for (const { f, x } of [...reports].reverse()) await writeReport(executor, x, opts(f)); })();
    await Promise.all([forwards, backwards]);
    expect(await snapshot()).toEqual(single);
  }, 180_000);

  it('many writers of the same report produce one copy of it', async () => {
    const { f, x } = reports[0]!;
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => writeReport(executor, x, opts(f))));
    expect(outcomes.filter((o) => o.status === 'written').length).toBeGreaterThanOrEqual(1);
    const [row] = await executor.readText('MATCH (r:Report) RETURN count(r) AS reports, COUNT { MATCH (c:County) } AS counties');
    expect(row).toEqual({ reports: 1, counties: 1 });
  }, 120_000);
});
