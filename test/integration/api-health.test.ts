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

  it('serves GraphiQL to browsers', async () => {
    const res = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  describe('when Neo4j is unreachable', () => {
    const dead = createExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionAcquisitionTimeoutMs: 2000, maxTransactionRetryTimeMs: 0 });
    afterAll(() => dead.close());

    it('says so on /health', async () => {
      expect(await health(dead)).toMatchObject({ status: 'degraded', neo4j: 'down' });
    });

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
});
