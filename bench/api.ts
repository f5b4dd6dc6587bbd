// API latency and throughput on the sample graph: a fresh local Neo4j (or NEO4J_URI),
// the sample reports loaded, the API on a free port, and a load generator in a separate
// process at 1, 8 and 32 concurrent clients for each question.
//   npm run bench:api -- [seconds per run = 10]
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { serveApi } from '../src/api/server.ts';
import { createExecutor } from '../src/graph/executor.ts';
import { loadReports } from '../src/graph/load-reports.ts';
import { applySchema } from '../src/graph/migrate.ts';
import { startLocalNeo4j } from '../src/neo4j/index.ts';
import { machine } from './machine.ts';

const run = promisify(execFile);
const seconds = Number(process.argv[2] ?? 10);

const QUESTIONS: Record<string, string> = {
  'county detail': `{ county(code: "431025") { name prefecture { name } province { name }
    projects(first: 20) { totalCount edges { node { name investment status industry { name } enterprises { name } } } }
    industries { role industry { name } } honours { year honour { name level } recipient { name type } } } }`,
  'projects by industry in a province': `{ projects(where: { province: "湖南", industry: "锂电" }, orderBy: INVESTMENT_DESC, first: 20) { totalCount edges { node { name investmentYuan county { name } } } } }`,
  'indicator league table': `{ rankCounties(metric: GDP, period: "2023", by: GROWTH) { rank county { name } growthPct value } }`,
  'full-text search': `{ search(text: "锂电", first: 10) { type name } }`,
};

const config = loadConfig();
const neo4j = config.external
  ? { ...config.external, stop: async () => {} }
  : await startLocalNeo4j({ ...config.local, instance: 'bench-instance', fresh: true, boltPort: 0, httpPort: 0, log: (l) => process.stderr.write(`${l}\n`) });
const executor = createExecutor(neo4j);
try {
  await applySchema(executor);
  await loadReports(executor, [join(PROJECT_ROOT, 'data', 'reports')], { force: true });
  const { server, url } = await serveApi(executor, { ...config.api, port: 0, host: '127.0.0.1' });
  const dir = await mkdtemp(join(tmpdir(), 'cg-bench-'));
  const rows: string[] = [];
  for (const [name, query] of Object.entries(QUESTIONS)) {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.graphql`);
    await writeFile(file, query);
    // Warm up Neo4j's JIT and query caches before measuring.
    await run('node', ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'load-generator.ts'), `${url}/graphql`, '4', String(Math.min(5, seconds)), '2000', file], { cwd: PROJECT_ROOT });
    for (const c of [1, 8, 32]) {
      const { stdout } = await run('node', ['--import', 'tsx', join(PROJECT_ROOT, 'bench', 'load-generator.ts'), `${url}/graphql`, String(c), String(seconds), '200000', file], { cwd: PROJECT_ROOT });
      const r = JSON.parse(stdout);
      rows.push(`| ${name} | ${c} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} |`);
      process.stderr.write(`${name} × ${c}: ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(1)} ms\n`);
    }
  }
  server.close();
  console.log(`machine: ${machine()}`);
  console.log(`graph: the 5 sample reports; ${seconds} s per run; load generator in a separate process on 127.0.0.1\n`);
  console.log('| question | clients | requests | errors | req/s | p50 ms | p95 ms | p99 ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
} finally {
  await executor.close();
  await neo4j.stop();
}
