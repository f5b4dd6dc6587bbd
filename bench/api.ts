// API latency and throughput, side by side with (a) the same Cypher through the bare
// driver (the limit) and (b) @neo4j/graphql generated over the same database (the peer).
// Each load generator is a separate process on 127.0.0.1 at 1, 8 and 32 clients.
//   npm run bench:api -- [graph = samples | national] [seconds per run = 10]
// samples:  a fresh Neo4j with the five sample reports.
// national: the graph bench:load leaves (the generated corpus); loaded first when absent.
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { serveApi } from '../src/api/server.ts';
import { machine } from './machine.ts';
import { samplesOrNational } from './neo4j.ts';
import { saveResults } from './results.ts';
import { runLoadGenerator } from './run-load-generator.ts';

const graphKind = process.argv[2] ?? 'samples';
const seconds = Number(process.argv[3] ?? 10);
const graph = await samplesOrNational(graphKind);
const { executor } = graph;
const children: ReturnType<typeof spawn>[] = [];
try {
  await executor.writeText('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');

  // The busiest county, industry/province pair and period: the questions users ask most of a big graph.
  const [pick] = await executor.readText(`
    CALL () { MATCH (c:County) RETURN c.code AS code ORDER BY COUNT { (c)-[:HAS_PROJECT]->() } DESC LIMIT 1 }
    CALL () { MATCH (p:Project)-[:IN_INDUSTRY]->(i:Industry) WHERE p.countyCode IS NOT NULL
              WITH i.name AS industry, left(p.countyCode, 2) AS province, count(*) AS n ORDER BY n DESC LIMIT 1 RETURN industry, province }
    CALL () { MATCH (o:Observation {metric: 'gdp', kind: 'actual'}) WITH o.period AS period, count(*) AS n ORDER BY n DESC LIMIT 1 RETURN period }
    MATCH (pr:Province {code: province})
    RETURN code, industry, province, pr.name AS provinceName, period`);
  const { code, industry, province, provinceName, period } = pick as Record<string, string>;

  const questions: { name: string; ours: string; peer: string }[] = [
    {
      name: 'county detail',
      ours: `{ county(code: "${code}") { name prefecture { name } province { name }
        projects(first: 20) { totalCount edges { node { name investment status industry { name } enterprises { name } } } }
        industries { role industry { name } } honours { year honour { name level } recipient { name type } } } }`,
      peer: `{ counties(where: { code: { eq: "${code}" } }) { name prefecture { name province { name } }
        projectsConnection { totalCount } projects(limit: 20, sort: [{ investmentYuan: DESC }]) { name investmentYuan status industry { name } enterprises { name } }
        industriesConnection { edges { properties { role } node { name } } } honoursConnection { edges { properties { year } node { name level } } } } }`,
    },
    {
      name: 'projects by industry in a province',
      ours: `{ projects(where: { province: "${provinceName}", industry: "${industry}" }, orderBy: INVESTMENT_DESC, first: 20) { totalCount edges { node { name investmentYuan county { name } } } } }`,
      peer: `{ projectsConnection(where: { countyCode: { startsWith: "${province}" }, industry: { some: { name: { eq: "${industry}" } } } }) { totalCount }
        projects(where: { countyCode: { startsWith: "${province}" }, industry: { some: { name: { eq: "${industry}" } } } }, sort: [{ investmentYuan: DESC }], limit: 20) { name investmentYuan county { name } } }`,
    },
    {
      name: 'indicator league table',
      ours: `{ rankCounties(metric: GDP, period: "${period}", by: GROWTH, first: 20) { rank county { name } growthPct value } }`,
      peer: `{ observations(where: { metric: { eq: "gdp" }, period: { eq: "${period}" }, kind: { eq: "actual" }, growthPct: { gt: -1000 } }, sort: [{ growthPct: DESC }], limit: 20) { growthPct value county { name } } }`,
    },
    {
      name: 'full-text search',
      ours: `{ search(text: "${industry}", first: 10) { type name } }`,
      peer: `{ projectSearch(phrase: "${industry}", first: 10) { edges { score node { name } } } }`,
    },
  ];

  const config = loadConfig();
  const { server, url } = await serveApi(executor, { ...config.api, port: 0, host: '127.0.0.1' });
  // The peer in its own process, on a free port.
  const peerPort = 20000 + Math.floor(Math.random() * 20000);
  const peer = spawn('node', ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'peer-server.ts'), graph.connection.uri, graph.connection.user, graph.connection.password, String(peerPort)], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(peer);
  await once(peer.stdout!, 'data');
  const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;

  const dir = await mkdtemp(join(tmpdir(), 'cg-bench-'));
  const env = { ...process.env, BENCH_NEO4J_USER: graph.connection.user, BENCH_NEO4J_PASSWORD: graph.connection.password };
  const generate = (target: string, clients: number, secs: number, maxRequests: number, file: string) => runLoadGenerator({ target, clients, seconds: secs, maxRequests, file, env });

  const rows: string[] = [];
  for (const q of questions) {
    const slug = q.name.replace(/\W+/g, '-');
    const oursFile = join(dir, `${slug}.graphql`);
    const peerFile = join(dir, `${slug}.peer.graphql`);
    await writeFile(oursFile, q.ours);
    await writeFile(peerFile, q.peer);
    // The Cypher the API runs for this question, recorded from one request, for the bare driver.
    const recorded: { text: string; params: unknown }[] = [];
    const readText = executor.readText.bind(executor);
    executor.readText = async (text, params = {}, label) => {
      recorded.push({ text, params });
      return readText(text, params, label);
    };
    await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.ours }) });
    executor.readText = readText;
    const cypherFile = join(dir, `${slug}.cypher.json`);
    await writeFile(cypherFile, JSON.stringify(recorded, (_, v) => (v && typeof v === 'object' && 'low' in v && 'high' in v ? { $int: Number(v.low) } : v)));

    const targets = { ours: `${url}/graphql`, bare: graph.connection.uri, peer: peerUrl } as const;
    const files = { ours: oursFile, bare: cypherFile, peer: peerFile } as const;
    // Warm up each system (JIT, query caches) before measuring, twice in turn: Neo4j keeps
    // compiling a statement for thousands of runs, and ours and bare share its statements.
    const systems = ['ours', 'bare', 'peer'] as const;
    for (let round = 0; round < 2; round++) {
      for (const s of systems) {
        const w = await generate(targets[s], 4, Math.min(5, seconds), 2000, files[s]);
        if (w.errors) throw new Error(`${s} fails on "${q.name}": ${w.firstError}`);
      }
    }
    for (const [k, clients] of [1, 8, 32].entries()) {
      // The order turns with each client count, so that no system always runs first (on the
      // least warm Neo4j) or last.
      const r = {} as Record<(typeof systems)[number], Awaited<ReturnType<typeof generate>>>;
      for (const s of [...systems.slice(k), ...systems.slice(0, k)]) r[s] = await generate(targets[s], clients, seconds, 200000, files[s]);
      rows.push(
        `| ${q.name} | ${clients} | ${r.ours.p50.toFixed(1)} / **${r.ours.p95.toFixed(1)}** / ${r.ours.p99.toFixed(1)} | ${r.ours.rps.toFixed(0)} | ${r.bare.p95.toFixed(1)} | ${r.bare.rps.toFixed(0)} | ${r.peer.p95.toFixed(1)} | ${r.peer.rps.toFixed(0)} | ${(r.ours.p95 / r.bare.p95).toFixed(2)} | ${(r.ours.p95 / r.peer.p95).toFixed(2)} | ${r.ours.errors + r.bare.errors + r.peer.errors} |`,
      );
      process.stderr.write(`${q.name} × ${clients}: ours p95 ${r.ours.p95.toFixed(1)} ms, bare ${r.bare.p95.toFixed(1)}, peer ${r.peer.p95.toFixed(1)}\n`);
    }
  }
  server.close();
  const [size] = await executor.readText('MATCH (r:Report) WITH count(r) AS reports MATCH (p:Project) RETURN reports, count(p) AS projects');
  const table = [
    `machine: ${machine()}`,
    `graph: ${graphKind === 'national' ? 'generated national corpus' : 'the 5 sample reports'} (${Number(size!.reports)} reports, ${Number(size!.projects)} projects); ${seconds} s per run; each load generator a separate process on 127.0.0.1; ours = county-graph API, bare = the same Cypher through the bare driver (same statements, run as the API runs them: auto-commit reads), peer = @neo4j/graphql over the same database (its search covers projects only)`,
    '',
    '| question | clients | ours p50 / p95 / p99 ms | ours req/s | bare p95 ms | bare req/s | peer p95 ms | peer req/s | ours ÷ bare (p95) | ours ÷ peer (p95) | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(table);
  saveResults(`api-${graphKind}`, table);
} finally {
  for (const c of children) c.kill('SIGTERM');
  await graph.stop();
}
