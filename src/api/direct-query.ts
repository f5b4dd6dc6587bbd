import type { IncomingHttpHeaders } from 'node:http';
import { getOperationAST, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { createGraphQLError, processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import type { ApiContext } from './resolvers.ts';

/** An answer ready for Node's response: status, headers and body. */
export interface DirectAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

type Yoga = YogaServerInstance<Record<string, never>, ApiContext>;
type MaskError = (error: unknown, message: string, isDev?: boolean) => Error;

interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

const PARAM_NAMES = new Set(['query', 'variables', 'operationName', 'extensions']);
// The Accept values for which yoga answers application/json (what clients and fetch send by default).
const JSON_ACCEPTS = new Set(['', '*/*', 'application/json', 'application/json,*/*', 'application/json;charset=utf-8']);
const CONTENT_TYPE = 'application/json; charset=utf-8';

/** The body of a JSON POST that holds exactly one GraphQL request, or null. */
function plainParams(body: Buffer): Params | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const p = parsed as Record<string, unknown>;
  for (const key of Object.keys(p)) if (!PARAM_NAMES.has(key)) return null;
  if (typeof p.query !== 'string') return null;
  if (p.variables != null && (typeof p.variables !== 'object' || Array.isArray(p.variables))) return null;
  if (p.operationName != null && typeof p.operationName !== 'string') return null;
  // Extensions (persisted queries and the like) are yoga's to read.
  if (p.extensions !== undefined) return null;
  return p as unknown as Params;
}

/**
 * Answers the request clients send most — a JSON POST of one query, answered as JSON —
 * through yoga's own parse, validation, context and execution (every plugin: the limits,
 * the cost gate, masked errors) but without building fetch Request and Response objects
 * and their streams, which cost more than the rest of the server on a cheap query.
 * Returns null, having run nothing, for every other request: yoga answers those (other
 * methods and media types, CORS, batches, mutations, documents that fail to parse or
 * validate), so their answers stay exactly yoga's.
 */
export async function answerDirectly(yoga: Yoga, headers: IncomingHttpHeaders, body: Buffer, opts: { cors: boolean; maskError: MaskError }): Promise<DirectAnswer | null> {
  const type = headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) return null;
  if (!JSON_ACCEPTS.has((headers.accept ?? '').replace(/\s/g, '').toLowerCase())) return null;
  if (opts.cors && headers.origin !== undefined) return null;
  const params = plainParams(body);
  if (!params) return null;

  const authorization = headers.authorization;
  const request = { headers: { get: (name: string) => (name.toLowerCase() === 'authorization' && typeof authorization === 'string' ? authorization : null) } };
  const enveloped = yoga.getEnveloped({ request, params } as never);
  const schema = enveloped.schema as GraphQLSchema;
  let document: DocumentNode;
  try {
    document = enveloped.parse(params.query) as DocumentNode;
    // The limits' rules throw where graphql's own rules return errors.
    if ((enveloped.validate(schema, document) as readonly GraphQLError[]).length > 0) return null;
  } catch {
    return null;
  }
  if (getOperationAST(document, params.operationName)?.operation !== 'query') return null;

  let result: { data?: unknown; errors?: readonly GraphQLError[]; extensions?: unknown };
  try {
    const contextValue = await enveloped.contextFactory();
    result = (await enveloped.execute({ schema, document, contextValue, variableValues: params.variables ?? undefined, operationName: params.operationName ?? undefined })) as typeof result;
  } catch (error) {
    // As yoga handles an error thrown outside the resolvers: masked, then answered.
    const masked = opts.maskError(error, 'Unexpected error.', false);
    result = { errors: [masked.name === 'GraphQLError' ? (masked as GraphQLError) : createGraphQLError(masked.message, { originalError: masked })] };
  }
  if (!result.errors && result.extensions === undefined) {
    return { status: 200, headers: { 'content-type': CONTENT_TYPE }, body: JSON.stringify(result) };
  }
  // Errors decide the status and lose their internal extensions: yoga's own processor.
  const response = await processRegularResult(result as never, yoga.fetchAPI, 'application/json');
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => (out[k.toLowerCase()] = v));
  return { status: response.status, headers: out, body: await response.text() };
}
