// A load generator, run as its own process so it does not share the server's event loop:
//   node --import tsx bench/load-generator.ts <target> <concurrency> <seconds> <maxRequests> <file> [refused]
// <target> http(s)://…: POSTs the GraphQL query in <file> (with `refused`: a request
//                       counts as an error unless the server refuses it), through Node's
//                       http (BENCH_HTTP_CLIENT=fetch: through fetch).
// <target> bolt://…:    runs the Cypher statements recorded in <file> (JSON list of
//                       {text, params}) one after another, each in a read transaction, as
//                       the API's resolvers do (credentials from BENCH_NEO4J_USER/PASSWORD).
// Sends from <concurrency> clients for at most <seconds> and at most <maxRequests>, then
// prints one JSON line of latencies (ms).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import neo4j from 'neo4j-driver';

const [target, concurrencyArg, secondsArg, maxArg, file, expect] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const deadline = Date.now() + Number(secondsArg) * 1000;
const max = Number(maxArg);
const latencies: number[] = [];
let sent = 0;
let errors = 0;

type Statement = { text: string; params: Record<string, unknown> };
const revive = (_: string, v: unknown) => (v && typeof v === 'object' && '$int' in v ? neo4j.int((v as { $int: number }).$int) : v);

let request: () => Promise<void>;
let close = async () => {};
if (/^(bolt|neo4j)/.test(target!)) {
  const statements = JSON.parse(readFileSync(file!, 'utf8'), revive) as Statement[];
  const driver = neo4j.driver(target!, neo4j.auth.basic(process.env.BENCH_NEO4J_USER ?? 'neo4j', process.env.BENCH_NEO4J_PASSWORD ?? ''));
  request = async () => {
    for (const s of statements) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        // As the API runs its reads: auto-commit queries (see Executor.readText).
        await session.run(s.text, s.params);
      } finally {
        await session.close();
      }
    }
  };
  close = () => driver.close();
} else {
  const body = JSON.stringify({ query: readFileSync(file!, 'utf8') });
  const check = (ok: boolean, text: string) => {
    const json = (() => {
      try {
        return JSON.parse(text) as { data?: unknown; errors?: unknown };
      } catch {
        return { errors: text.slice(0, 200) };
      }
    })();
    const refused = !ok || (json.errors !== undefined && json.data == null);
    if (expect === 'refused' ? !refused : !ok || json.errors) throw new Error(JSON.stringify(json.errors ?? text.slice(0, 200)));
  };
  // A refusal may close the connection before the body is sent (413), which fetch reports as
  // an answer and http as a broken pipe: refusals are counted through fetch.
  if (process.env.BENCH_HTTP_CLIENT === 'fetch' || expect === 'refused' || !target!.startsWith('http:')) {
    request = async () => {
      const res = await fetch(target!, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      check(res.ok, await res.text());
    };
  } else {
    // Node's http with one kept-alive connection per client: the lightest client Node has,
    // so that the client's own cost, which lands on the same cores, weighs least on the server.
    const url = new URL(target!);
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const options = { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } };
    request = () =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(options, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            try {
              check(res.statusCode! >= 200 && res.statusCode! < 300, Buffer.concat(chunks).toString('utf8'));
              resolve();
            } catch (e) {
              reject(e);
            }
          });
        });
        req.on('error', reject);
        req.end(body);
      });
    close = async () => agent.destroy();
  }
}

let firstError: string | null = null;
async function client(): Promise<void> {
  while (Date.now() < deadline && sent < max) {
    sent++;
    const t0 = performance.now();
    try {
      await request();
    } catch (e) {
      errors++;
      firstError ??= (e as Error).message.slice(0, 300);
    }
    latencies.push(performance.now() - t0);
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, client));
const seconds = (performance.now() - t0) / 1000;
await close();
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
process.stdout.write(`${JSON.stringify({ requests: latencies.length, errors, firstError, seconds, rps: latencies.length / seconds, p50: pct(50), p95: pct(95), p99: pct(99) })}\n`);
