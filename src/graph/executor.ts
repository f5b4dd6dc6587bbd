import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { CountyGraphError } from '../errors.ts';
import { cypher, type QueryName } from './queries.ts';

export interface ExecutorOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Bolt connections kept open at most. */
  maxConnectionPoolSize?: number;
  /** How long a query waits for a free connection before failing. */
  connectionAcquisitionTimeoutMs?: number;
  /** Total time the driver retries a transaction on transient errors. */
  maxTransactionRetryTimeMs?: number;
  /** Attached to every transaction, visible in `SHOW TRANSACTIONS`. */
  appName?: string;
}

export type Row = Record<string, unknown>;

/** Parameters Cypher needs as integers (SKIP, LIMIT, slices); JavaScript numbers travel as floats. */
const INTEGER_PARAMS = new Set(['skip', 'limit', 'first']);

function integers(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  for (const k of INTEGER_PARAMS) if (typeof out[k] === 'number') out[k] = neo4j.int(out[k] as number);
  return out;
}

/** Converts driver values (Integer, temporal types, nodes) into plain JSON values. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v)) return String(v);
    if (neo4j.isNode(v as never) || neo4j.isRelationship(v as never)) return toPlain(v.properties);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return value;
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/**
 * The one owner of the Neo4j driver. Reads run in read transactions, writes in write
 * transactions; the driver retries transient failures (so every write must be idempotent).
 */
export class Executor {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly appName: string;
  /** Database round trips made through this executor (tests count them). */
  roundTrips = 0;

  constructor(options: ExecutorOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
      disableLosslessIntegers: false,
      userAgent: 'county-graph',
    });
    this.database = options.database;
    this.appName = options.appName ?? 'county-graph';
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  async read(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readText(cypher(name), integers(params), name);
  }

  async write(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher(name), params).then(rows), name);
  }

  /** Runs literal Cypher (schema migrations, test assertions) in a read transaction. */
  async readText(text: string, params: Record<string, unknown> = {}, label = 'query'): Promise<Row[]> {
    const session = this.session('READ');
    try {
      this.roundTrips++;
      return await session.executeRead((tx) => tx.run(text, params).then(rows), { metadata: { app: this.appName, query: label } });
    } catch (e) {
      throw toGraphError(e);
    } finally {
      await session.close();
    }
  }

  /** Runs literal Cypher in a write transaction. */
  async writeText(text: string, params: Record<string, unknown> = {}, label = 'query'): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(text, params).then(rows), label);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, label = 'transaction'): Promise<T> {
    const session = this.session('WRITE');
    try {
      this.roundTrips++;
      return await session.executeWrite(work, { metadata: { app: this.appName, query: label } });
    } catch (e) {
      throw toGraphError(e);
    } finally {
      await session.close();
    }
  }

  /** Neo4j answers a trivial query (for /health). */
  async ping(): Promise<boolean> {
    try {
      await this.read('api/ping');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export function createExecutor(options: ExecutorOptions): Executor {
  return new Executor(options);
}

/** Maps driver errors onto the product's error codes; never leaks Cypher text. */
export function toGraphError(e: unknown): Error {
  if (e instanceof CountyGraphError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED/i.test(message)) {
    return new CountyGraphError('E_NEO4J_UNREACHABLE', 'Neo4j is not reachable.', { cause: e });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new CountyGraphError('E_NEO4J_AUTH', 'Neo4j refused the user name or password (NEO4J_USER / NEO4J_PASSWORD).', { cause: e });
  }
  return e instanceof Error ? e : new Error(message);
}
