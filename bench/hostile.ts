// Responsiveness under hostile queries: how fast a normal client is answered on its own,
// and while other clients flood the API with queries its limits refuse (too deep, too
// many aliases, too many tokens, too costly, a body over the size limit). Every load
// generator is its own process on 127.0.0.1; the graph is the five sample reports.
//   npm run bench:hostile -- [seconds per run = 10]
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { serveApi } from '../src/api/server.ts';
import { loadReports } from '../src/graph/load-reports.ts';
import { machine } from './machine.ts';
import { benchGraph } from './neo4j.ts';
import { saveResults } from './results.ts';
import { runLoadGenerator } from './run-load-generator.ts';

const seconds = Number(process.argv[2] ?? 10);

const graph = await benchGraph('bench-instance', { fresh: true });
try {
  await loadReports(graph.executor, [join(PROJECT_ROOT, 'data', 'reports')]);
  const { server, url } = await serveApi(graph.executor, { ...loadConfig().api, port: 0, host: '127.0.0.1' });
  const endpoint = `${url}/graphql`;
  const dir = await mkdtemp(join(tmpdir(), 'cg-hostile-'));
  const file = async (name: string, text: string) => {
    const f = join(dir, name);
    await writeFile(f, text);
    return f;
  };
  const normal = await file('normal.graphql', `{ county(code: "431025") { name province { name }
    projects(first: 20) { totalCount edges { node { name investment status industry { name } enterprises { name } } } }
    industries { role industry { name } } honours { year honour { name level } } } }`);
  const hostile = {
    'too deep': `{ county(code: "431025") { projects { edges { node { county { projects { edges { node { county { projects { edges { node { county { name } } } } } } } } } } } } } }`,
    'too many aliases': `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: version`).join(' ')} }`,
    'too many tokens': `{ ${Array.from({ length: 4000 }, () => 'version').join(' ')} }`,
    'too costly': `{ counties(first: 100) { edges { node { projects(first: 100) { edges { node { enterprises { projects { enterprises { name } } } } } } } } } }`,
    'body over the limit': `{ version } # ${'x'.repeat(300 * 1024)}`,
    'lists that would return megabytes': `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: honours(first: 100) { edges { node { awards { year evidence { text } } } } }`).join(' ')} }`,
  };
  // Allowed but large (a page of 100 honours with all their awards and evidence): expensive
  // requests run two at a time, so many of them wait (or get SERVER_BUSY) instead of
  // taking the normal client's time.
  const heavy = await file('heavy.graphql', `{ honours(first: 100) { edges { node { name awards { year recipient { name } evidence { text } } } } } }`);
  const hostileFiles = await Promise.all(Object.entries(hostile).map(([name, q], i) => file(`hostile-${i}.graphql`, q).then((f) => [name, f] as const)));
  const generate = (queryFile: string, clients: number, expect?: 'refused') =>
    runLoadGenerator({ target: endpoint, clients, seconds, maxRequests: 1_000_000, file: queryFile, expectRefusal: expect === 'refused' });

  // Warm-up, then the normal client alone.
  await generate(normal, 2);
  const alone = await generate(normal, 1);
  // The normal client again, while each hostile query is sent by a client of its own.
  const [during, ...attacks] = await Promise.all([generate(normal, 1), ...hostileFiles.map(([, f]) => generate(f, 1, 'refused'))]);
  // The normal client beside eight clients asking for large answers.
  const [beside, big] = await Promise.all([generate(normal, 1), generate(heavy, 8)]);
  server.close();

  const rows = hostileFiles.map(([name], i) => {
    const a = attacks[i]!;
    return `| ${name} | ${a.requests} | ${a.requests - a.errors} | ${a.rps.toFixed(0)} | ${a.p50.toFixed(1)} / ${a.p95.toFixed(1)} |`;
  });
  const table = [
    `machine: ${machine()}`,
    `graph: the 5 sample reports; ${seconds} s per run; every client a separate process on 127.0.0.1; normal query: county detail with projects, industries and honours`,
    '',
    '| normal client | requests | errors | req/s | p50 / p95 / p99 ms |',
    '|---|---|---|---|---|',
    `| alone | ${alone.requests} | ${alone.errors} | ${alone.rps.toFixed(0)} | ${alone.p50.toFixed(1)} / ${alone.p95.toFixed(1)} / ${alone.p99.toFixed(1)} |`,
    `| beside ${hostileFiles.length} hostile clients | ${during.requests} | ${during.errors} | ${during.rps.toFixed(0)} | ${during.p50.toFixed(1)} / ${during.p95.toFixed(1)} / ${during.p99.toFixed(1)} |`,
    `| beside 8 clients asking for large answers | ${beside.requests} | ${beside.errors} | ${beside.rps.toFixed(0)} | ${beside.p50.toFixed(1)} / ${beside.p95.toFixed(1)} / ${beside.p99.toFixed(1)} |`,
    '',
    `normal p95 beside the hostile clients ÷ alone: **${(during.p95 / alone.p95).toFixed(2)}**; beside the large answers ÷ alone: **${(beside.p95 / alone.p95).toFixed(2)}**`,
    '',
    `large answers (allowed, at most two at once): ${big.requests} sent, ${big.requests - big.errors} answered, ${big.errors} turned away (SERVER_BUSY), p50 / p95 ${big.p50.toFixed(0)} / ${big.p95.toFixed(0)} ms`,
    '',
    '| hostile query | sent | refused | refusals/s | refusal p50 / p95 ms |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  console.log(table);
  saveResults('hostile', table);
  if (during.errors || beside.errors || attacks.some((a) => a.errors)) {
    process.stderr.write(`unexpected: ${during.firstError ?? attacks.find((a) => a.errors)?.firstError}\n`);
    process.exitCode = 1;
  }
} finally {
  await graph.stop();
}
