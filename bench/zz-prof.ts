// ad-hoc: time N sequential requests in-process vs the bare statements
import { loadConfig } from '../src/config.ts';
import { serveApi } from '../src/api/server.ts';
import { samplesOrNational } from '../bench/neo4j.ts';
const graph = await samplesOrNational(process.argv[2] ?? 'samples');
const { executor } = graph;
const [pick] = await executor.readText(`MATCH (c:County) RETURN c.code AS code ORDER BY COUNT { (c)-[:HAS_PROJECT]->() } DESC LIMIT 1`);
const code = pick!.code;
const q = `{ county(code: "${code}") { name prefecture { name } province { name }
        projects(first: 20) { totalCount edges { node { name investment status industry { name } enterprises { name } } } }
        industries { role industry { name } } honours { year honour { name level } recipient { name type } } } }`;
const { server, url } = await serveApi(executor, { ...loadConfig().api, port: 0, host: '127.0.0.1' });
const recorded: any[] = [];
const rt = executor.readText.bind(executor);
executor.readText = async (t, p = {}, l) => { recorded.push([t, p, l]); return rt(t, p, l); };
await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
executor.readText = rt;
console.log('statements', recorded.length);
const N = Number(process.argv[3] ?? 500);
const body = JSON.stringify({ query: q });
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (let i = 0; i < N; i++) { const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }); await r.text(); }
  const ours = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) for (const [tx, p, l] of recorded) await rt(tx, p, l);
  const bare = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) for (const [tx, p] of recorded) { const ss = executor.driver.session({ defaultAccessMode: 'READ' }); try { await ss.run(tx, p); } finally { await ss.close(); } }
  const auto = (performance.now() - t) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) for (const [tx, p] of recorded) { const ss = executor.driver.session({ defaultAccessMode: 'READ' }); try { await ss.executeRead((t) => t.run(tx, p)); } finally { await ss.close(); } }
  const plainTx = (performance.now() - t) / N;
  console.log(`ours ${ours.toFixed(2)} ms, bare ${bare.toFixed(2)} ms, ratio ${(ours / bare).toFixed(2)}; auto-commit ${auto.toFixed(2)}, plain executeRead ${plainTx.toFixed(2)}`);
}
const marks = { arrive: 0, readStart: 0, readEnd: 0, sum: { toArrive: 0, toRead: 0, read: 0, afterRead: 0, n: 0 } };
server.prependListener('request', () => { marks.arrive = performance.now(); });
executor.readText = async (t, p = {}, l) => { marks.readStart = performance.now(); try { return await rt(t, p, l); } finally { marks.readEnd = performance.now(); } };
for (let i = 0; i < N; i++) {
  const t0 = performance.now();
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }); await r.text();
  const t1 = performance.now();
  const S = marks.sum; S.n++; S.toArrive += marks.arrive - t0; S.toRead += marks.readStart - marks.arrive; S.read += marks.readEnd - marks.readStart; S.afterRead += t1 - marks.readEnd;
}
executor.readText = rt;
{ const S = marks.sum; console.log(`client→server ${(S.toArrive / S.n).toFixed(2)}, server→read ${(S.toRead / S.n).toFixed(2)}, read ${(S.read / S.n).toFixed(2)}, read→client done ${(S.afterRead / S.n).toFixed(2)}`); }
server.close();
await graph.stop();
