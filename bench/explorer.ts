// Time to a usable county page in the explorer: a real Chromium opens /county/<code> in a
// fresh context (nothing cached: the page, the client, ECharts and the one GraphQL request)
// and waits until the view is drawn with its charts.
//   npm run bench:explorer -- [graph = samples | national] [runs = 10]
// samples:  a fresh Neo4j with the five sample reports.
// national: the graph bench:load leaves (the generated corpus); loaded first when absent.
import { serveApi } from '../src/api/server.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { machine } from './machine.ts';
import { samplesOrNational } from './neo4j.ts';
import { saveResults } from './results.ts';

const graphKind = process.argv[2] ?? 'samples';
const runs = Number(process.argv[3] ?? 10);
const graph = await samplesOrNational(graphKind);
const { executor } = graph;
const { server, url } = await serveApi(executor, { port: 0, host: '127.0.0.1', token: undefined, corsOrigin: undefined });
const browser = await launchChromium();
try {
  const [counts] = await executor.readText('MATCH (r:Report) WITH count(r) AS reports MATCH (c:County) RETURN reports, count(c) AS counties');
  // The county with the most projects (the heaviest page) and a county in the middle.
  const ranked = await executor.readText('MATCH (c:County) RETURN c.code AS code, c.name AS name, COUNT { (c)-[:HAS_PROJECT]->() } AS projects, COUNT { (c)-[:REPORTED]->() } AS observations ORDER BY projects DESC, code');
  const picks = [ranked[0]!, ranked[Math.floor(ranked.length / 2)]!];

  const rows: string[] = [];
  for (const pick of picks) {
    const ready: number[] = [];
    const request: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${url}/county/${pick.code}`);
      await page.waitForFunction(() => document.getElementById('view')?.dataset.ready === location.pathname, null, { timeout: 60_000 });
      const t = Date.now() - t0;
      const gqlMs = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graphql')).reduce((s, e) => s + e.duration, 0));
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
      if (process.env.BENCH_VERBOSE) process.stderr.write(`${t} ms ${JSON.stringify(marks)} gql ${Math.round(gqlMs)}\n`);
      await context.close();
      // The first run warms the server (plans, JIT) and is not counted.
      if (i === 0) continue;
      ready.push(t);
      request.push(gqlMs);
    }
    const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
    rows.push(`| ${pick.name} (${pick.code}) | ${pick.projects} | ${pick.observations} | ${q(ready, 0.5)} | ${q(ready, 0.95)} | ${Math.round(q(request, 0.5))} | ${Math.round(q(request, 0.95))} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const table = [
    `graph: ${graphKind} (${counts!.reports} reports, ${counts!.counties} counties); ${runs} page loads per county in fresh browser contexts (nothing cached), after one warm-up; machine: ${machine()}`,
    '',
    '| county | projects | observations | usable page p50 ms | p95 ms | its GraphQL request p50 ms | p95 ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
  saveResults(`explorer-${graphKind}`, table);
  console.log(table);
} finally {
  await browser.close();
  server.close();
  await graph.stop();
}
