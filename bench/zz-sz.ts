import { cypher, QUERY_NAMES } from '../src/graph/queries.ts';
for (const n of QUERY_NAMES) { const t = cypher(n); const min = t.replace(/\n\s+/g, '\n'); console.log(n, Buffer.byteLength(t), Buffer.byteLength(min)); }
