import { connect } from 'node:net';
import { describe, expect, it, afterAll } from 'vitest';
import { createApi, health } from '../../src/api/server.ts';
import { createExecutor } from '../../src/graph/executor.ts';
import { useGraph } from '../helpers/graph.ts';

async function gql(yoga: ReturnType<typeof createApi>, query: string) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string }[] };
}

describe('API over the real Neo4j', () => {
  const { executor } = useGraph();
  const yoga = createApi(executor, { corsOrigin: undefined });

  it('reports Neo4j up on /health', async () => {
    expect(await health(executor)).toMatchObject({ status: 'ok', neo4j: 'up' });
  });

  it('answers a GraphQL query with counts from the graph', async () => {
    await executor.writeText("UNWIND range(1, 3) AS i CREATE (:Report {id: 'r' + i, loadedAt: '2026-01-0' + i})");
    const body = await gql(yoga, '{ version stats { reports lastLoadedAt labels { label count } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.stats.reports).toBe(3);
    expect(body.data.stats.lastLoadedAt).toBe('2026-01-03');
    expect(body.data.stats.labels).toContainEqual({ label: 'Report', count: 3 });
  });

  it('serves GraphiQL to browsers, with everything it needs inlined (nothing from a CDN)', async () => {
    const res = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/YogaGraphiQL\.renderYogaGraphiQL/);
    expect(html).toContain('CountiesOverview');
    expect(html).not.toMatch(/<(?:script|link)[^>]+(?:src|href)="(?:https?:)?\/\//);
  });

  describe('when Neo4j is unreachable', () => {
    const dead = createExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionAcquisitionTimeoutMs: 2000, maxTransactionRetryTimeMs: 0 });
    afterAll(() => dead.close());

    it('says so on /health', async () => {
      expect(await health(dead)).toMatchObject({ status: 'degraded', neo4j: 'down' });
    });

    it('answers /health at once, and once a query has found Neo4j down, fails the next ones as fast', async () => {
      // The driver would retry for this long; /health and the later queries must not wait for it.
      const retrying = createExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', maxTransactionRetryTimeMs: 4000 });
      try {
        let t = Date.now();
        expect(await health(retrying)).toMatchObject({ neo4j: 'down' });
        expect(Date.now() - t).toBeLessThan(2500);
        t = Date.now();
        await expect(retrying.read('api/ping')).rejects.toMatchObject({ code: 'E_NEO4J_UNREACHABLE' });
        const first = Date.now() - t;
        expect(first).toBeGreaterThanOrEqual(3000);
        t = Date.now();
        await expect(retrying.read('api/ping')).rejects.toMatchObject({ code: 'E_NEO4J_UNREACHABLE' });
        expect(Date.now() - t).toBeLessThan(2500);
      } finally {
        await retrying.close();
      }
    }, 30_000);

    it('returns a GraphQL error, not a crash', async () => {
      const body = await gql(createApi(dead, { corsOrigin: undefined }), '{ stats { reports } }');
      expect(body.data).toBeNull();
      expect(body.errors?.length).toBeGreaterThan(0);
    });
  });
});

describe('HTTP server', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });

  it('serves /health, GraphQL and the Browser style and guide (with CORS preflight) on one port', async () => {
    const { serveApi } = await import('../../src/api/server.ts');
    const { server, url } = await serveApi(executor, { port: 0, host: '127.0.0.1', token: undefined, corsOrigin: undefined });
    try {
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
      const preflight = await fetch(`${url}/browser/guide.html`, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      const guide = await fetch(`${url}/browser/guide.html`);
      expect(await guide.text()).toMatch(/<article class="guide">/);
      const style = await fetch(`${url}/browser/style.grass`);
      expect(await style.text()).toMatch(/node\.County/);
      const gql = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ version }' }) });
      expect(await gql.json()).toEqual({ data: { version: expect.any(String) } });
    } finally {
      server.close();
    }
  });

  it('answers malformed requests with 400 and survives clients that hang up mid-body', async () => {
    const { serveApi } = await import('../../src/api/server.ts');
    const { server, url } = await serveApi(executor, { port: 0, host: '127.0.0.1', token: undefined, corsOrigin: undefined });
    const { port } = new URL(url);
    const raw = (request: string, hangUp = false) =>
      new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(request);
          if (hangUp) setTimeout(() => socket.destroy(), 50);
        });
        let out = '';
        socket.on('data', (d) => (out += d));
        socket.on('close', () => resolve(out));
        socket.on('error', () => resolve(out));
        setTimeout(() => socket.end(), 1000);
      });
    try {
      expect(await raw('OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
      expect(await raw('POST /graphql HTTP/1.1\r\nHost: bad host[]\r\ncontent-type: application/json\r\ncontent-length: 20\r\n\r\n{"query":"{version}"}')).toMatch(/^HTTP\/1\.1 400/);
      await raw('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"query":', true);
      const after = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ version }' }) });
      expect(after.status).toBe(200);
    } finally {
      server.close();
    }
  });
});
