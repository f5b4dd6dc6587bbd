import { execFile } from 'node:child_process';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { useGraph } from '../helpers/graph.ts';

const exec = promisify(execFile);
const BIN = join(PROJECT_ROOT, 'bin', 'county-graph.js');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(extra: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, ...extra };
  try {
    const { stdout, stderr } = await exec('node', [BIN, ...args], { cwd: PROJECT_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('county-graph load', () => {
  const { executor } = useGraph();
  const reports = async () => (await executor.readText('MATCH (r:Report) RETURN count(r) AS n'))[0]!.n;

  it('loads folders and files, summarises, and skips unchanged reports the second time', async () => {
    const first = await cli('load', 'data/reports');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/5 reports: 5 loaded, 0 skipped as unchanged, 0 failed/);
    expect(first.stdout).toMatch(/graph: \d+ nodes and \d+ relationships created/);
    expect(await reports()).toBe(5);
    const second = await cli('load', 'data/reports/*.txt');
    expect(second.stdout).toMatch(/5 reports: 0 loaded, 5 skipped as unchanged/);
  }, 120_000);

  it('writes nothing on a dry run', async () => {
    const r = await cli('load', '--dry-run', 'data/reports');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/5 extracted and valid, 0 failed \(dry run: nothing written\)/);
    expect(await reports()).toBe(0);
  });

  it('names each failed report, loads the others, and exits non-zero', async () => {
    const r = await cli('load', 'test/fixtures/bad/empty.txt', 'data/reports/000_fb4594d07f176b4c.txt', 'test/fixtures/bad/image.png');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3 reports: 1 loaded, 0 skipped as unchanged, 2 failed/);
    expect(r.stdout).toMatch(/failed: test\/fixtures\/bad\/empty\.txt: the file is empty/);
    expect(r.stdout).toMatch(/failed: test\/fixtures\/bad\/image\.png: this is a PNG image/);
    expect(await reports()).toBe(1);
  });

  it('stops a file that takes longer than the budget to extract, names it, and loads the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'county-graph-budget-'));
    const sample = await readFile(join(PROJECT_ROOT, 'data', 'reports', '000_fb4594d07f176b4c.txt'), 'utf8');
    // Six megabytes of report text: a few seconds of honest work, over a budget of one.
    await writeFile(join(dir, 'a-huge.txt'), sample.repeat(Math.ceil(6_000_000 / Buffer.byteLength(sample))));
    await writeFile(join(dir, 'b-normal.txt'), await readFile(join(PROJECT_ROOT, 'data', 'reports', '001_8c93e10fb14268ae.txt')));
    const r = await cliWith({ COUNTY_GRAPH_EXTRACT_BUDGET: '1' }, 'load', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2 reports: 1 loaded, 0 skipped as unchanged, 1 failed/);
    expect(r.stdout).toMatch(/failed: .*a-huge\.txt: extraction took longer than 1 s and was stopped/);
    expect(await reports()).toBe(1);
    // Loaded from an absolute folder outside the project: clients see the folder and the name, not the server's path.
    const [row] = await executor.readText('MATCH (r:Report) RETURN r.file AS file');
    expect(row!.file).toMatch(/^county-graph-budget-\w+\/b-normal\.txt$/);
  }, 120_000);

  it('counts a link to nothing and a loop of links among the failures by name, and loads the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'county-graph-links-'));
    await writeFile(join(dir, 'good.txt'), await readFile(join(PROJECT_ROOT, 'data', 'reports', '001_8c93e10fb14268ae.txt')));
    await symlink(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    await symlink(dir, join(dir, 'loop'));
    const r = await cli('load', dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3 reports: 1 loaded, 0 skipped as unchanged, 2 failed/);
    expect(r.stdout).toMatch(/failed: .*dangling\.txt: is a link to nothing/);
    expect(r.stdout).toMatch(/failed: .*loop: is a link back to a folder already read/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await reports()).toBe(1);
  });

  it('deletes a report by id and says when there is none', async () => {
    await cli('load', 'data/reports/002_db3e59a35cbc5e31.txt');
    const [row] = await executor.readText('MATCH (r:Report) RETURN r.id AS id');
    const listed = await cli('reports');
    expect(listed.stdout).toContain(row!.id as string);
    const deleted = await cli('delete-report', row!.id as string);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(/Deleted report/);
    expect(await reports()).toBe(0);
    const missing = await cli('delete-report', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No report with id nope/);
  });

  it('takes the county, date and url the user knows (flags, sidecar, manifest), keeps the url, and writes a report again when they change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'load-hints-'));
    const text = (n: number) => `经济运行简报\n今年以来,全县坚持项目为王,固定资产投资增长${n}%,新签约项目20个。\n`;
    await writeFile(join(dir, 'a.txt'), text(12));
    await writeFile(join(dir, 'a.meta.json'), JSON.stringify({ county: '431026', url: 'https://example.org/a', publishedAt: '2024-03-02' }));
    await writeFile(join(dir, 'b.txt'), text(9));
    await writeFile(join(dir, 'manifest.csv'), 'file,county,publishedAt,url,title\nb.txt,临武县,2024-05-06,https://example.org/b,临武县经济运行简报\n');
    const first = await cli('load', dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/2 reports: 2 loaded/);
    const rows = await executor.readText('MATCH (r:Report)-[:ABOUT]->(c:County) RETURN r.file AS file, r.url AS url, r.publishedAt AS date, r.title AS title, r.countyConfidence AS confidence, c.code AS code ORDER BY file');
    expect(rows).toEqual([
      // Outside the folder the load runs in: the folder and the name, never the server's absolute path.
      { file: `${basename(dir)}/a.txt`, url: 'https://example.org/a', date: '2024-03-02', title: '经济运行简报', confidence: 'given', code: '431026' },
      { file: `${basename(dir)}/b.txt`, url: 'https://example.org/b', date: '2024-05-06', title: '临武县经济运行简报', confidence: 'given', code: '431025' },
    ]);
    // The same text, the same metadata: unchanged. Other metadata given on the command line: written again.
    expect((await cli('load', dir)).stdout).toMatch(/2 reports: 0 loaded, 2 skipped as unchanged/);
    const again = await cli('load', '--county', '431024', join(dir, 'b.txt'));
    expect(again.stdout).toMatch(/1 reports: 1 loaded/);
    const moved = await executor.readText('MATCH (r:Report {url: "https://example.org/b"})-[:ABOUT]->(c:County) RETURN c.code AS code');
    expect(moved).toEqual([{ code: '431024' }]);
    // A bad value names where it came from and stops before anything is written.
    const bad = await cli('load', '--county', '鼓楼区', join(dir, 'a.txt'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/command line: 鼓楼区 names several units/);
  }, 120_000);
});
