import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/corpus/generate.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { loadReports } from '../../src/graph/load-reports.ts';
import { loadGazetteer } from '../../loaders/gazetteer.ts';
import { graphFingerprint, useGraph, wipe } from '../helpers/graph.ts';

// Reports of a few neighbouring counties, so the reports of one group share counties,
// industries, enterprises and honours; the samples; and one text under two file names
// (two files with one report id cannot share a group).
let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-grouped-'));
  const counties = loadGazetteer().counties.filter((c) => c.provinceCode === '13' && c.kind === '县').slice(0, 5);
  for (let i = 0; i < 40; i++) {
    const g = generateReport(3, i, counties);
    writeFileSync(join(dir, g.file), g.bytes);
  }
  const samples = join(PROJECT_ROOT, 'data', 'reports');
  for (const f of readdirSync(samples)) copyFileSync(join(samples, f), join(dir, f));
  const first = readdirSync(samples).sort()[0]!;
  copyFileSync(join(samples, first), join(dir, `copy-of-${first}`));
  files = readdirSync(dir).sort().map((f) => join(dir, f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loading in groups of reports per transaction', () => {
  const { executor } = useGraph();

  it('leaves the graph that writing report by report leaves, and so does writing them all again', async () => {
    const single = await loadReports(executor, files, { perTransaction: 1, concurrency: 1 });
    expect(single.failed).toEqual([]);
    // The copy of a sample is one report: written once, or found unchanged when its batch comes.
    expect(single.written + single.unchanged).toBe(files.length);
    const expected = await graphFingerprint(executor);
    expect(expected.length).toBeGreaterThan(500);

    await wipe(executor);
    const grouped = await loadReports(executor, files, { perTransaction: 16, concurrency: 2 });
    expect(grouped.failed).toEqual([]);
    expect(grouped.written + grouped.unchanged).toBe(files.length);
    expect(await graphFingerprint(executor)).toEqual(expected);

    // Stored reports written again in groups: each group removes its reports' content first.
    const forced = await loadReports(executor, files, { perTransaction: 16, concurrency: 2, force: true });
    expect(forced.written).toBe(files.length);
    expect(await graphFingerprint(executor)).toEqual(expected);
  }, 300_000);

  it('writes the other reports of a group when one of them fails, and names the one', async () => {
    const bad = files[7]!;
    const summary = await loadReports(executor, files.slice(0, 20), { perTransaction: 16, failFile: bad });
    expect(summary.failed).toEqual([{ file: bad, error: expect.stringMatching(/forced failure/) }]);
    expect(summary.written).toBe(19);
    const [row] = await executor.readText(
      'MATCH (r:Report) RETURN count(r) AS reports, sum(COUNT { (r)<-[:EVIDENCED_BY]-() }) AS evidence, collect(r.path) AS paths',
    );
    expect(row!.reports).toBe(19);
    expect(row!.paths).not.toContain(bad);
    expect(Number(row!.evidence)).toBeGreaterThan(19 * 5);
  }, 120_000);

  it('costs two transactions per group of reports (read the stored versions, write the group), however many reports: a remote Neo4j is paid per group, not per report', async () => {
    const generated = files.filter((f) => !/copy-of-|^\d{3}_/.test(f.split('/').pop()!)).slice(0, 40);
    expect(generated).toHaveLength(40);
    for (const n of [8, 40]) {
      await executor.writeText('MATCH (n) WHERE NOT n:CountyGraphTestDatabase DETACH DELETE n');
      const before = executor.roundTrips;
      const summary = await loadReports(executor, generated.slice(0, n), { perTransaction: 8, concurrency: 1 });
      expect(summary.written).toBe(n);
      expect(executor.roundTrips - before).toBe(2 * (n / 8));
    }
  });
});
