import type { IncomingHttpHeaders } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerDirectly } from '../../src/api/direct-query.ts';
import { loadConfig } from '../../src/config.ts';
import { createApi, LIMITS, serveApi } from '../../src/api/server.ts';
import { useGraph, writeSampleReports } from '../helpers/graph.ts';

const mask = (error: unknown) => error as Error;

describe('the direct answer to a JSON query is the answer yoga gives', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });
  const yoga = createApi(executor, { corsOrigin: undefined, token: 'secret' });
  let code = '';

  beforeAll(async () => {
    await writeSampleReports(executor);
    const [row] = await executor.readText('MATCH (c:County) RETURN c.code AS code ORDER BY COUNT { (c)-[:HAS_PROJECT]->() } DESC LIMIT 1');
    code = String(row!.code);
  }, 120_000);

  const both = async (body: unknown, headers: IncomingHttpHeaders = {}) => {
    const all: IncomingHttpHeaders = { 'content-type': 'application/json', ...headers };
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const direct = await answerDirectly(yoga, all, Buffer.from(text), { cors: false, maskError: mask });
    const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: all as Record<string, string>, body: text });
    const viaYoga = { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
    return { direct, viaYoga };
  };

  it('answers queries, with variables, names, nulls and errors, as yoga does, byte for byte', async () => {
    const cases: unknown[] = [
      { query: `{ county(code: "${code}") { name province { name } projects(first: 5) { totalCount edges { node { name investment status industry { name } enterprises { name } } } } honours { year honour { name level } } } }` },
      { query: 'query Find($t: String!) { search(text: $t, first: 5) { type name } }', variables: { t: '锂电' }, operationName: 'Find' },
      { query: 'query A { stats { reports } } query B { stats { lastLoadedAt } }', operationName: 'B' },
      { query: '{ county(code: "000000") { name } }' },
      // A variable of the wrong type: an execution error with no data.
      { query: 'query($n: Int) { projects(first: $n) { totalCount } }', variables: { n: 'many' } },
      // Refused by the cost rule while executing: an error from a plugin.
      { query: `{ projects(first: 1000) { edges { node { enterprises(first: 1000) { projects(first: 1000) { name } } } } } }` },
      { query: '{ stats { reports } }', variables: null, operationName: null },
    ];
    for (const body of cases) {
      const { direct, viaYoga } = await both(body);
      expect(direct, JSON.stringify(body)).not.toBeNull();
      expect({ status: direct!.status, type: direct!.headers['content-type'], body: direct!.body }, JSON.stringify(body)).toEqual(viaYoga);
    }
    // The cases above include answers with data and answers with errors.
    const bodies = await Promise.all(cases.map(async (c) => JSON.parse((await both(c)).viaYoga.body) as { data?: unknown; errors?: unknown[] }));
    expect(bodies.filter((b) => b.errors).length).toBeGreaterThanOrEqual(2);
    expect(bodies.filter((b) => !b.errors && b.data).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves to yoga, having run nothing, every request it does not answer the common way', async () => {
    const query = '{ stats { reports } }';
    const others: [unknown, IncomingHttpHeaders][] = [
      [{ query: '{ nosuchfield }' }, {}],
      [{ query: '{ stats { reports } ' }, {}],
      [{ query: 'mutation { deleteReport(id: "x") { deleted } }' }, { authorization: 'Bearer secret' }],
      [[{ query }, { query }], {}],
      [{ query, extra: 1 }, {}],
      [{ query: 42 }, {}],
      [{ query, variables: [1] }, {}],
      [{ query, extensions: { persistedQuery: { version: 1 } } }, {}],
      ['{"query": ', {}],
      [{ query }, { accept: 'application/graphql-response+json' }],
      [{ query }, { accept: 'text/event-stream' }],
      [{ query }, { 'content-type': 'application/graphql' }],
      [{ query: `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: stats { reports }`).join(' ')} }` }, {}],
    ];
    let reads = 0;
    const readText = executor.readText.bind(executor);
    executor.readText = async (...args) => {
      reads++;
      return readText(...args);
    };
    try {
      for (const [body, headers] of others) {
        const all = { 'content-type': 'application/json', ...headers };
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        expect(await answerDirectly(yoga, all, Buffer.from(text), { cors: false, maskError: mask }), text).toBeNull();
      }
      expect(reads).toBe(0);
      expect(await answerDirectly(yoga, { 'content-type': 'application/json', origin: 'http://elsewhere' }, Buffer.from(JSON.stringify({ query })), { cors: true, maskError: mask })).toBeNull();
    } finally {
      executor.readText = readText;
    }
  });

  it('through the server: the same answer as yoga, and an answer over the size limit refused on both paths (JSON and graphql-response+json)', async () => {
    const { server, url } = await serveApi(executor, { ...loadConfig().api, port: 0, host: '127.0.0.1', token: undefined, corsOrigin: undefined });
    const query = `{ county(code: "${code}") { name projects(first: 50) { edges { node { name evidence { text } } } } } }`;
    const post = (accept?: string) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body: JSON.stringify({ query }) });
    try {
      const plain = await post();
      const asYoga = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(plain.status).toBe(200);
      const text = await plain.text();
      expect(text).toBe(await asYoga.text());
      expect(text.length).toBeGreaterThan(2000);
      const limit = LIMITS.responseBytes;
      LIMITS.responseBytes = 2000;
      try {
        for (const accept of [undefined, 'application/graphql-response+json']) {
          const res = await post(accept);
          const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
          expect(body.errors[0]!.extensions.code, accept ?? 'no Accept').toBe('RESPONSE_TOO_LARGE');
        }
      } finally {
        LIMITS.responseBytes = limit;
      }
    } finally {
      server.close();
    }
  });
});
