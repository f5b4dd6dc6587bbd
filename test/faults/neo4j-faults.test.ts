// Faults with a real Neo4j of its own (not the shared test database, which must stay up):
// Neo4j killed in the middle of a `load`, then restarted and the load run again; the API
// while Neo4j goes down and comes back.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { serveApi } from '../../src/api/server.ts';
import { createExecutor, type Executor } from '../../src/graph/executor.ts';
import { loadReports } from '../../src/graph/load-reports.ts';
import { applySchema } from '../../src/graph/migrate.ts';
import { startLocalNeo4j, type RunningNeo4j } from '../../src/neo4j/local-server.ts';
import { generateReport } from '../../bench/corpus/generate.ts';

const execFileP = promisify(execFile);
const BIN = join(PROJECT_ROOT, 'bin', 'county-graph.js');
const REPORTS = 120;

let neo4j: RunningNeo4j;
let executor: Executor;
let dir: string;
const config = loadConfig({ ...process.env, NEO4J_URI: '' });

const start = (fresh: boolean, ports?: { boltPort: number; httpPort: number }) =>
  startLocalNeo4j({ ...config.local, instance: 'faults-instance', fresh, boltPort: ports?.boltPort ?? 0, httpPort: ports?.httpPort ?? 0, portFallback: !ports });

/** Kills Neo4j the hard way (no shutdown, no checkpoint), as a crash or an OOM kill would. */
async function crash(n: RunningNeo4j): Promise<void> {
  process.kill(n.pid, 'SIGKILL');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(n.pid, 0);
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      return;
    }
  }
}

function load(extra: string[] = []) {
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
  return execFileP('node', [BIN, 'load', dir, ...extra], { cwd: PROJECT_ROOT, env, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/** What a report left in the graph, per report: a partial write would show fewer facts than a whole one. */
async function graphShape(ex: Executor) {
  const [row] = await ex.readText(`
    MATCH (r:Report)
    WITH count(r) AS reports, count(DISTINCT r.id) AS ids, collect(r) AS rs
    UNWIND rs AS r
    WITH reports, ids, r, COUNT { (r)<-[:EVIDENCED_BY]-() } AS evidence
    WITH reports, ids, sum(evidence) AS evidence, min(evidence) AS least
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[x]->() RETURN count(x) AS rels }
    RETURN reports, ids, evidence, least, nodes, rels`);
  return row!;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cg-faults-'));
  for (let i = 0; i < REPORTS; i++) {
    const g = generateReport(7, i);
    await writeFile(join(dir, g.file), g.bytes);
  }
  neo4j = await start(true);
  executor = createExecutor(neo4j);
  await applySchema(executor);
}, 300_000);

afterAll(async () => {
  await executor?.close();
  await neo4j?.stop();
});

describe('Neo4j killed in the middle of a load', () => {
  it('names what was written and what was not, exits non-zero, and a rerun finishes with no duplicate and no partial report', async () => {
    const running = load();
    // Kill Neo4j once a part of the reports is in.
    for (;;) {
      const [row] = await executor.readText('MATCH (r:Report) RETURN count(r) AS n');
      if (Number(row!.n) >= 20) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await crash(neo4j);
    const first = await running;
    expect(first.code).not.toBe(0);
    const notWritten = first.stdout.match(/failed: .*not written: Neo4j is not reachable/g) ?? [];
    expect(notWritten.length).toBeGreaterThan(0);
    expect(first.stdout).toMatch(/\d+ loaded, \d+ skipped as unchanged, \d+ failed/);
    // Nothing leaks: no Cypher, no stack trace in what the user sees.
    expect(first.stdout + first.stderr).not.toMatch(/MATCH|MERGE|at .*\.ts:\d+/);

    // Restart on the same ports (recovery after the kill), then run the same load again.
    await executor.close();
    neo4j = await start(false, neo4j);
    executor = createExecutor(neo4j);
    const second = await load();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const afterRerun = await graphShape(executor);
    expect(Number(afterRerun.reports)).toBe(REPORTS);
    expect(afterRerun.ids).toEqual(afterRerun.reports);

    // The same corpus loaded once, cleanly, into an empty graph gives the same graph.
    await executor.writeText('MATCH (n) DETACH DELETE n');
    const clean = await loadReports(executor, [dir]);
    expect(clean.failed).toEqual([]);
    expect(await graphShape(executor)).toEqual(afterRerun);
  }, 600_000);
});

describe('the API while Neo4j restarts', () => {
  it('answers, then fails clearly while Neo4j is down, then answers again without a restart of its own', async () => {
    const { server, url } = await serveApi(executor, { ...config.api, port: 0, host: '127.0.0.1' });
    try {
      const ask = async () => {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { reports } }' }) });
        return (await res.json()) as { data?: { stats: { reports: number } } | null; errors?: { message: string; extensions?: { code?: string } }[] };
      };
      expect((await ask()).data?.stats.reports).toBe(REPORTS);

      await crash(neo4j);
      const down = await ask();
      expect(down.errors?.[0]?.extensions?.code).toBe('NEO4J_UNAVAILABLE');
      expect(JSON.stringify(down)).not.toMatch(/MATCH|bolt:\/\/|password/);
      expect((await fetch(`${url}/health`)).status).toBe(503);

      neo4j = await start(false, neo4j);
      // The same executor (the API's driver) reconnects by itself.
      let back: Awaited<ReturnType<typeof ask>> | undefined;
      for (let i = 0; i < 50 && !back?.data; i++) {
        back = await ask();
        if (!back.data) await new Promise((r) => setTimeout(r, 200));
      }
      expect(back?.data?.stats.reports).toBe(REPORTS);
      expect((await fetch(`${url}/health`)).status).toBe(200);
    } finally {
      server.close();
    }
  }, 300_000);
});
