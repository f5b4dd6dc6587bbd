import { timingSafeEqual, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { DocumentNode } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createYoga, maskError as defaultMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { PROJECT_ROOT, type ApiConfig } from '../config.ts';
import { CountyGraphError } from '../errors.ts';
import type { Executor } from '../graph/executor.ts';
import { browserGuide, browserStyle } from './browser-guide.ts';
import { graphiqlPage } from './graphiql.ts';
import { EXPLORER_CSP, explorerAssets, explorerShell, isExplorerPath } from '../explorer/assets.ts';
import { Gate, operationCost } from './cost.ts';
import { apiError, rootCause } from './errors.ts';
import { answerDirectly } from './direct-query.ts';
import { useCompiledQueries } from './compiled-queries.ts';
import { createLoaders } from './loaders.ts';
import { resolvers, VERSION, type ApiContext } from './resolvers.ts';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';
/** Served for Neo4j Browser, which the local Neo4j tells to load them after connecting. */
export const BROWSER_STYLE_PATH = '/browser/style.grass';
export const BROWSER_GUIDE_PATH = '/browser/guide.html';

/** Request limits, all enforced before a resolver runs. */
export const LIMITS = {
  /** Bytes of a request body. */
  bodyBytes: 256 * 1024,
  depth: 12,
  aliases: 20,
  tokens: 3000,
  directives: 20,
  /** Values a response may hold at most, counting the size of every list (see cost.ts). */
  values: 500_000,
  /** From this many values a request is expensive: only `expensiveInFlight` run at once. */
  expensive: 50_000,
  expensiveInFlight: 2,
  /** Milliseconds an expensive request waits for its turn before SERVER_BUSY. */
  expensiveWaitMs: 10_000,
  /** Bytes of a JSON answer; a larger one is replaced by an error. */
  responseBytes: 16 * 1024 * 1024,
};

/**
 * Refuses operations that could return more than LIMITS.values values, and lets only a
 * few expensive ones execute at once, so that normal clients keep their latency while
 * others ask for a lot.
 */
function useListAwareCost(): Plugin {
  const gate = new Gate(LIMITS.expensiveInFlight);
  // yoga's parser cache hands back the same document for the same query text: its cost is
  // computed once per operation and set of variables.
  const costs = new WeakMap<object, Map<string, number>>();
  const costOf = (schema: object, document: DocumentNode, variables: Record<string, unknown>, operationName: string | null | undefined) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, variables, operationName);
      // Bounded: a client sending ever new variables fills nothing.
      if (known.size >= 64) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const cost = costOf(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
      if (cost > LIMITS.values) {
        setResultAndStopExecution({
          errors: [apiError(`This query could return up to ${cost} values; the limit is ${LIMITS.values}. Ask for less: smaller \`first\` arguments, fewer nested lists.`, 'QUERY_TOO_LARGE')],
        });
        return;
      }
      if (cost < LIMITS.expensive) return;
      if (!(await gate.enter(LIMITS.expensiveWaitMs))) {
        setResultAndStopExecution({ errors: [apiError('Too many large queries are running; try again shortly, or ask for less.', 'SERVER_BUSY')] });
        return;
      }
      return { onExecuteDone: () => gate.leave() };
    },
  };
}

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

function sameToken(given: string, expected: string): boolean {
  // Hash both so the comparison is constant-time whatever their lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** What clients see of an error: our own messages and codes, never stack traces or Cypher. */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const cause = rootCause(error) as { name?: string; code?: string; extensions?: unknown } | undefined;
  if (cause instanceof CountyGraphError && (cause.code === 'E_NEO4J_UNREACHABLE' || cause.code === 'E_NEO4J_AUTH')) {
    return apiError('The graph database is not reachable right now; try again shortly.', 'NEO4J_UNAVAILABLE', { http: { status: 503 } });
  }
  if (cause instanceof CountyGraphError && cause.code === 'E_NEO4J_BUSY') {
    return apiError('The graph database is busy right now; try again shortly.', 'NEO4J_BUSY', { http: { status: 503 } });
  }
  if (cause instanceof CountyGraphError && cause.code === 'E_NEO4J_TIMEOUT') {
    return apiError('The query ran longer than the server allows; ask for less (a smaller `first`, narrower filters).', 'QUERY_TIMEOUT');
  }
  // Errors the resolvers raise for the client (bad input, not found, forbidden) pass unchanged.
  if (cause && cause.name === 'GraphQLError') return error as Error;
  // The client gets a generic message; the operator's log gets the cause.
  if (process.env.NODE_ENV !== 'test') process.stderr.write(`county-graph api: ${(cause as Error)?.stack ?? String(cause)}\n`);
  return defaultMaskError(error, message, isDev);
}

export function createApi(executor: Executor, config: Pick<ApiConfig, 'corsOrigin'> & Partial<Pick<ApiConfig, 'token'>> & { plans?: boolean }): YogaServerInstance<Record<string, never>, ApiContext> {
  return createYoga<Record<string, never>, ApiContext>({
    schema: loadSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    // Our /health checks Neo4j; yoga's own liveness check moves out of the way.
    healthCheckEndpoint: '/live',
    // Served from the installed package, never from a CDN (see graphiql.ts).
    graphiql: true,
    renderGraphiQL: graphiqlPage,
    landingPage: false,
    cors: config.corsOrigin ? { origin: config.corsOrigin.split(',').map((s) => s.trim()) } : false,
    maskedErrors: { maskError, isDev: false },
    batching: false,
    context: ({ request }) => {
      const header = request.headers.get('authorization') ?? '';
      const given = /^Bearer\s+(.+)$/i.exec(header)?.[1] ?? '';
      return {
        executor,
        loaders: createLoaders(executor),
        mutationsEnabled: Boolean(config.token),
        plans: config.plans ?? true,
        authorized: Boolean(config.token) && sameToken(given, config.token ?? ''),
      };
    },
    plugins: [
      // Refuse hostile documents before execution: depth, aliases, tokens, directives (the
      // cost, counting list sizes, is estimated by useListAwareCost below).
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.depth },
        maxAliases: { n: LIMITS.aliases },
        maxTokens: { n: LIMITS.tokens },
        maxDirectives: { n: LIMITS.directives },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: true },
      }),
      useListAwareCost(),
      useCompiledQueries(),
    ],
    logging: process.env.NODE_ENV === 'test' ? false : 'warn',
  });
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The explorer's shell for its addresses, and its assets; null for every other path. */
function explorerResponse(url: string): { headers: Record<string, string>; body: Buffer | string } | null {
  const q = url.indexOf('?');
  const pathname = q < 0 ? url : url.slice(0, q);
  if (isExplorerPath(pathname)) {
    return { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', 'content-security-policy': EXPLORER_CSP }, body: explorerShell() };
  }
  const asset = explorerAssets().get(pathname);
  if (!asset) return null;
  // Linked with their content hash (?v=…): a changed asset has another address.
  return { headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=31536000, immutable' }, body: asset.body };
}

/** Writes an answer, or the error that replaces a JSON answer larger than LIMITS.responseBytes. */
function send(res: ServerResponse, status: number, headers: Record<string, string>, answer: Buffer | string): void {
  if (Buffer.byteLength(answer) > LIMITS.responseBytes && /json/.test(headers['content-type'] ?? '')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ errors: [{ message: `The answer is larger than ${LIMITS.responseBytes / 1024 / 1024} MB; ask for less.`, extensions: { code: 'RESPONSE_TOO_LARGE' } }] }));
    return;
  }
  res.writeHead(status, headers);
  res.end(answer);
}

/** The one HTTP handler: the explorer, /health, the Browser style and guide, and GraphQL (with a body limit). */
export function createHandler(executor: Executor, config: ApiConfig) {
  const yoga = createApi(executor, config);
  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = req.url ?? '/';
      if (url === HEALTH_PATH && req.method === 'GET') {
        const h = await health(executor);
        res.writeHead(h.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(h));
        return;
      }
      if (url === BROWSER_STYLE_PATH || url === BROWSER_GUIDE_PATH) {
        // Neo4j Browser fetches these from its own origin (port 7474), with a preflight.
        const cors = { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, OPTIONS', 'access-control-allow-headers': '*' };
        if (req.method === 'OPTIONS') {
          res.writeHead(204, cors);
          res.end();
          return;
        }
        const style = url === BROWSER_STYLE_PATH;
        res.writeHead(200, { ...cors, 'content-type': style ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8' });
        res.end(style ? browserStyle() : browserGuide());
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const page = explorerResponse(url);
        if (page) {
          res.writeHead(200, page.headers);
          res.end(req.method === 'HEAD' ? undefined : page.body);
          return;
        }
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const body = hasBody ? await readBody(req, LIMITS.bodyBytes) : undefined;
      if (body === null) {
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
        res.end(JSON.stringify({ errors: [{ message: `Request body larger than ${LIMITS.bodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
        req.destroy();
        return;
      }
      if (req.method === 'POST' && url === GRAPHQL_PATH && body) {
        const direct = await answerDirectly(yoga, req.headers, body, { cors: Boolean(config.corsOrigin), maskError });
        if (direct) {
          send(res, direct.status, direct.headers, direct.body);
          return;
        }
      }
      // yoga's own Request class (its fetch ponyfill): a native Request would be converted on every call.
      const headers = new yoga.fetchAPI.Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      // `OPTIONS *`, a Host header that is no host: the client's mistake, answered 400 with no stack trace.
      const target = url.startsWith('/') ? URL.parse(`http://${req.headers.host ?? 'localhost'}${url}`) ?? URL.parse(`http://localhost${url}`) : null;
      if (!target) {
        res.writeHead(400, { 'content-type': 'application/json', connection: 'close' });
        res.end(JSON.stringify({ errors: [{ message: 'Malformed request target or Host header.', extensions: { code: 'BAD_REQUEST' } }] }));
        return;
      }
      const request = new yoga.fetchAPI.Request(target, { method: req.method, headers, body: body && body.length ? new Uint8Array(body) : undefined });
      const response = await yoga.fetch(request);
      const out: Record<string, string> = {};
      response.headers.forEach((v, k) => (out[k.toLowerCase()] = v));
      send(res, response.status, out, Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      // A client that hung up mid-body: nothing to answer, one line for the operator.
      if (req.destroyed || (e as NodeJS.ErrnoException)?.code === 'ECONNRESET' || (e as Error)?.message === 'aborted') {
        if (process.env.NODE_ENV !== 'test') process.stderr.write(`county-graph api: ${req.method} ${String(req.url).slice(0, 200)}: the client closed the connection before its request was read.\n`);
        res.destroy();
        return;
      }
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error.' }] }));
      // The client gets nothing of the cause; the operator's log gets all of it.
      process.stderr.write(`county-graph api: ${(e as Error)?.stack ?? String(e)}\n`);
    }
  };
}

/** Serves GraphQL (with GraphiQL on GET), /health and the Browser assets on one HTTP server. */
export function serveApi(executor: Executor, config: ApiConfig): Promise<{ server: Server; url: string }> {
  const handler = createHandler(executor, config);
  // Bundled now: a client that does not build fails the start, and the first page is quick.
  explorerAssets();
  const server = createServer((req, res) => void handler(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      resolve({ server, url: `http://${config.host}:${port}` });
    });
  });
}
