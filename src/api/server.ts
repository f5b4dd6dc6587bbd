import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { PROJECT_ROOT, type ApiConfig } from '../config.ts';
import type { Executor } from '../graph/executor.ts';
import { resolvers, VERSION, type ApiContext } from './resolvers.ts';
import { browserGuide, browserStyle } from './browser-guide.ts';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';
/** Served for Neo4j Browser, which the local Neo4j tells to load them after connecting. */
export const BROWSER_STYLE_PATH = '/browser/style.grass';
export const BROWSER_GUIDE_PATH = '/browser/guide.html';

export function loadSchema() {
  const typeDefs = readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8');
  return makeExecutableSchema({ typeDefs, resolvers });
}

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: 'up' | 'down';
  version: string;
}

export async function health(executor: Executor): Promise<Health> {
  const up = await executor.ping();
  return { status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down', version: VERSION };
}

export function createApi(executor: Executor, config: Pick<ApiConfig, 'corsOrigin'>): YogaServerInstance<Record<string, never>, ApiContext> {
  return createYoga<Record<string, never>, ApiContext>({
    schema: loadSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    // Our /health checks Neo4j; yoga's own liveness check moves out of the way.
    healthCheckEndpoint: '/live',
    graphiql: { title: 'county-graph' },
    landingPage: false,
    cors: config.corsOrigin ? { origin: config.corsOrigin.split(',').map((s) => s.trim()) } : false,
    context: () => ({ executor }),
    logging: process.env.NODE_ENV === 'test' ? false : 'info',
  });
}

/** Serves GraphQL (with GraphiQL on GET) and /health on one HTTP server. */
export function serveApi(executor: Executor, config: ApiConfig): Promise<{ server: Server; url: string }> {
  const yoga = createApi(executor, config);
  const server = createServer((req, res) => {
    if (req.url === HEALTH_PATH && req.method === 'GET') {
      health(executor).then((h) => {
        res.writeHead(h.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(h));
      });
      return;
    }
    if (req.url === BROWSER_STYLE_PATH || req.url === BROWSER_GUIDE_PATH) {
      // Neo4j Browser fetches these from its own origin (port 7474), with a preflight.
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, OPTIONS', 'access-control-allow-headers': '*' };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        res.end();
        return;
      }
      if (req.method === 'GET') {
        const style = req.url === BROWSER_STYLE_PATH;
        res.writeHead(200, { ...cors, 'content-type': style ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8' });
        res.end(style ? browserStyle() : browserGuide());
        return;
      }
    }
    void yoga(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      resolve({ server, url: `http://${config.host}:${port}` });
    });
  });
}
