// A load generator, run as its own process so it does not share the server's event loop:
//   node --import tsx bench/load-generator.ts <url> <concurrency> <seconds> <maxRequests> <queryFile>
// Sends the GraphQL query in <queryFile> from <concurrency> clients for at most <seconds>
// and at most <maxRequests>, then prints one JSON line of latencies (ms).
import { readFileSync } from 'node:fs';

const [url, concurrencyArg, secondsArg, maxArg, queryFile] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const deadline = Date.now() + Number(secondsArg) * 1000;
const max = Number(maxArg);
const body = JSON.stringify({ query: readFileSync(queryFile!, 'utf8') });
const latencies: number[] = [];
let sent = 0;
let errors = 0;

async function client(): Promise<void> {
  while (Date.now() < deadline && sent < max) {
    sent++;
    const t0 = performance.now();
    try {
      const res = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: unknown };
      if (!res.ok || json.errors) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, client));
const seconds = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
process.stdout.write(`${JSON.stringify({ requests: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: pct(50), p95: pct(95), p99: pct(99) })}\n`);
