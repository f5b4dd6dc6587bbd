// Loading and the API with Neo4j a network hop away: the same work directly and through a
// loopback proxy that adds 20 ms to every round trip (10 ms each way). The number of round
// trips per group of reports and per request is what keeps a remote Neo4j usable; it is
// counted, and must not grow with the number of reports or rows.
//   npm run bench:latency -- [reports=320]
import { join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createApi } from '../src/api/server.ts';
import { createExecutor, type Executor } from '../src/graph/executor.ts';
import { loadReports } from '../src/graph/load-reports.ts';
import { loadGazetteer } from '../loaders/gazetteer.ts';
import { generateReport } from './corpus/generate.ts';
import { delayProxy } from './delay-proxy.ts';
import { machine } from './machine.ts';
import { benchGraph } from './neo4j.ts';
import { saveResults } from './results.ts';

const reports = Number(process.argv[2] ?? 320);
const ONE_WAY_MS = 10;

const counties = loadGazetteer().counties;
const dir = mkdtempSync(join(tmpdir(), 'bench-latency-'));
const files: string[] = [];
for (let i = 0; i < reports; i++) {
  const g = generateReport(7, i, counties);
  const file = join(dir, `${String(i).padStart(5, '0')}.txt`);
  writeFileSync(file, g.bytes);
  files.push(file);
}

const queries = (code: string, province: string): Record<string, string> => ({
  'county detail': `{ county(code: "${code}") { name province { name } projects(first: 20) { totalCount edges { node { name investment status industry { name } enterprises { name } } } } industries { role industry { name } } honours { year honour { name level } } } }`,
  'projects in a province': `{ projects(first: 20, where: { province: "${province}" }) { totalCount edges { node { name investment county { name } industry { name } } } } }`,
  search: '{ search(text: "产业", first: 10) { name type } }',
});

async function measure(executor: Executor, label: string) {
  await executor.writeText('MATCH (n) DETACH DELETE n');
  let trips = executor.roundTrips;
  const t0 = Date.now();
  const summary = await loadReports(executor, files);
  const loadS = (Date.now() - t0) / 1000;
  const loadTrips = executor.roundTrips - trips;
  const api = createApi(executor, { corsOrigin: undefined });
  // The county with the most reports (and projects) in the generated corpus.
  const [top] = await executor.readText('MATCH (c:County)<-[:ABOUT]-(r:Report) WITH c, count(r) AS n MATCH (c)-[:IN*1..2]->(p:Province) RETURN c.code AS code, p.name AS province ORDER BY n DESC, code LIMIT 1');
  const rows: { name: string; ms: number; trips: number }[] = [];
  for (const [name, query] of Object.entries(queries(top!.code as string, top!.province as string))) {
    const ask = async () => (await api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json();
    await ask();
    trips = executor.roundTrips;
    const t = Date.now();
    const n = 10;
    for (let i = 0; i < n; i++) await ask();
    rows.push({ name, ms: (Date.now() - t) / n, trips: (executor.roundTrips - trips) / n });
  }
  return { label, written: summary.written, loadS, loadTrips, rows };
}

const graph = await benchGraph('bench-latency', { fresh: true });
const boltPort = Number(/:(\d+)$/.exec(graph.connection.uri)?.[1]);
const proxy = await delayProxy(boltPort, ONE_WAY_MS);
const remote = createExecutor({ ...graph.connection, uri: `bolt://127.0.0.1:${proxy.port}` });
try {
  // A first load pays for the JIT and for planning on a young graph; it is not counted.
  await measure(graph.executor, 'warm-up');
  const local = await measure(graph.executor, 'direct');
  const far = await measure(remote, `+${2 * ONE_WAY_MS} ms per round trip`);
  const lines = [
    `machine: ${machine()}`,
    `${reports} generated reports loaded from empty, then each API question asked 10 times (after one warm-up); Neo4j on this machine, directly and through a loopback proxy adding ${2 * ONE_WAY_MS} ms to every round trip`,
    '',
    '| Neo4j | load: reports/s | load: transactions | transactions per 32-report group | ' + local.rows.map((r) => `${r.name}: ms / transactions`).join(' | ') + ' |',
    '|---|---|---|---|' + local.rows.map(() => '---|').join(''),
    ...[local, far].map((m) => `| ${m.label} | ${(m.written / m.loadS).toFixed(1)} | ${m.loadTrips} | ${((m.loadTrips * 32) / reports).toFixed(2)} | ` + m.rows.map((r) => `${r.ms.toFixed(1)} / ${r.trips.toFixed(1)}`).join(' | ') + ' |'),
  ];
  console.log(lines.join('\n'));
  saveResults('latency', lines.join('\n'));
} finally {
  await remote.close();
  await proxy.close();
  await graph.stop();
  rmSync(dir, { recursive: true, force: true });
}
