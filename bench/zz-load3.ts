import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchGraph } from './neo4j.ts';
import { cypher, QUERY_NAMES } from '../src/graph/queries.ts';
const byText = new Map(QUERY_NAMES.map((n) => [cypher(n), n]));
import { loadReports } from '../src/graph/load-reports.ts';
const dir = join('bench', 'corpus-data', '30000', 'reports');
const files = readdirSync(dir).sort().map((f) => join(dir, f));
const g = await benchGraph('bench-instance');
const wt = g.executor.writeTx.bind(g.executor);
const per: Record<string, number[]> = {};
let groupNo = 0;
g.executor.writeTx = async (work: any, label: any) => { const tt = performance.now(); try { return await wt(async (tx: any) => {
  const t0 = performance.now(); let last = t0; groupNo++;
  const proxy = { run: (text: string, params: any) => { const r = tx.run(text, params); const name = byText.get(text.replace(/^CYPHER replan=skip\n/, '')) ?? '?'; const p = r.summary().then((s: any) => { const now = performance.now(); (per[name] ??= []).push(now - last); last = now; return s; }); return r; } };
  const out = await work(proxy);
  (per['work'] ??= []).push(performance.now() - t0);
  return out;
}, label); } finally { (per['whole'] ??= []).push(performance.now() - tt); } };
for (const [a, b] of [[0, 1000], [1000, 3000]]) {
for (const k of Object.keys(per)) delete per[k];
const t = performance.now();
await loadReports(g.executor, files.slice(a, b), { perTransaction: Number(process.env.PER ?? 32) });
console.log(((performance.now() - t) / 1000).toFixed(1), 's');
for (const [k, v] of Object.entries(per)) { const a = v.slice(0, 10), b = v.slice(10); const avg = (x: number[]) => (x.reduce((s, y) => s + y, 0) / Math.max(1, x.length)).toFixed(0); console.log(k.padEnd(32), 'n', v.length, 'first10', avg(a), 'rest', avg(b), 'sum', v.reduce((s, y) => s + y, 0).toFixed(0)); }
}
await g.stop();
