import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type Session } from 'neo4j-driver';
import { DRIVER_DEFAULTS, type DriverConfig } from '../config.ts';
import { CountyGraphError } from '../errors.ts';
import { cypher, type QueryName } from './queries.ts';

type TransactionConfig = NonNullable<Parameters<Session['executeRead']>[1]>;

/** Where Neo4j is, and the driver settings that differ from DRIVER_DEFAULTS. */
export interface ExecutorOptions extends Partial<DriverConfig> {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Attached to every transaction, visible in `SHOW TRANSACTIONS`. */
  appName?: string;
}

export type Row = Record<string, unknown>;

/** Parameters Cypher needs as integers (SKIP, LIMIT, slices); JavaScript numbers travel as floats. */
const INTEGER_PARAMS = new Set(['skip', 'limit', 'first']);

function integers(params: Record<string, unknown>, nested = true): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  for (const k of INTEGER_PARAMS) if (typeof out[k] === 'number') out[k] = neo4j.int(out[k] as number);
  // A planned request passes each part's paging as a map of its own ({skip, limit}).
  if (nested) for (const [k, v] of Object.entries(out)) if (v && typeof v === 'object' && !Array.isArray(v) && !neo4j.isInt(v)) out[k] = integers(v as Record<string, unknown>, false);
  return out;
}

/**
 * Converts driver values (Integer, temporal types, nodes) into plain JSON values. Maps and
 * lists the driver decoded are fresh objects of this result, so they are converted in place:
 * a county page is a few thousand values, and copying each map and testing it against
 * every driver type cost a tenth of the request's server time.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const v = value as Record<string, unknown>;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    for (const k in v) v[k] = toPlain(v[k]);
    return v;
  }
  if (neo4j.isInt(v)) return (v as unknown as { toNumber(): number }).toNumber();
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v)) return String(v);
  if (neo4j.isNode(v as never) || neo4j.isRelationship(v as never)) return toPlain({ ...(v.properties as Record<string, unknown>) });
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
  return out;
}

/**
 * session.run without the stack trace the driver records for every result (to point a
 * server error at its caller): formatting it, with source maps on, cost a tenth of a cheap
 * API request. Our own error (toGraphError, thrown at the caller) carries the trace instead.
 */
function runUntraced(session: Session, text: string, params: Record<string, unknown>, config: Parameters<Session['run']>[2]) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(text, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/**
 * The one owner of the Neo4j driver. Reads run in read transactions, writes in write
 * transactions; the driver retries transient failures (so every write must be idempotent).
 */
const bookmarkManagers = new Map<string, BookmarkManager>();

/**
 * One bookmark manager per Neo4j (URI and database) per process, shared by every executor
 * on it: the API and a load in the same process. Every session sends the bookmarks of the
 * writes before it, so on a cluster a read routed to another member waits until that
 * member has seen them (read-your-writes); on a single server it changes nothing.
 */
export function processBookmarks(uri: string, database: string | undefined): BookmarkManager {
  const key = `${uri}|${database ?? ''}`;
  let manager = bookmarkManagers.get(key);
  if (!manager) bookmarkManagers.set(key, (manager = neo4j.bookmarkManager()));
  return manager;
}

/** How long /health (and a query while Neo4j is down) waits for Neo4j to answer. */
export const PING_TIMEOUT_MS = 1000;

export class Executor {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly appName: string;
  /** Database round trips made through this executor (tests count them). */
  roundTrips = 0;
  private readonly settings: DriverConfig = { ...DRIVER_DEFAULTS };

  constructor(options: ExecutorOptions) {
    for (const k of Object.keys(DRIVER_DEFAULTS) as (keyof DriverConfig)[]) this.settings[k] = options[k] ?? DRIVER_DEFAULTS[k];
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      maxConnectionPoolSize: this.settings.maxConnectionPoolSize,
      connectionAcquisitionTimeout: this.settings.connectionAcquisitionTimeoutMs,
      maxTransactionRetryTime: this.settings.maxTransactionRetryTimeMs,
      // Integers come as JavaScript numbers: every value the graph holds (counts, years,
      // amounts in yuan) is far below 2^53, and an Integer object per value, converted
      // afterwards, cost a county page a fifth of its decoding.
      disableLosslessIntegers: true,
      userAgent: 'county-graph',
    });
    this.database = options.database;
    this.appName = options.appName ?? 'county-graph';
    this.bookmarks = processBookmarks(options.uri, options.database);
  }

  /** The bookmarks every session of this process on this Neo4j carries (see processBookmarks). */
  readonly bookmarks: BookmarkManager;

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager: this.bookmarks });
  }

  async read(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readText(cypher(name), integers(params), name);
  }

  async write(name: QueryName, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(cypher(name), params).then(rows), name);
  }

  /**
   * Runs one read statement (the API's, migrations', test assertions') as an auto-commit
   * query: its run and pull go in one round trip, where a transaction adds a begin and a
   * commit (a second round trip, which a request pays per statement and a remote Neo4j
   * pays in network latency). A read has no writes to group, so it needs no transaction
   * of its own; transient failures are retried as the driver retries transactions.
   */
  async readText(text: string, params: Record<string, unknown> = {}, label = 'query'): Promise<Row[]> {
    await this.whileDown();
    this.roundTrips++;
    const config = this.txConfig(this.settings.readTimeoutMs, label);
    const deadline = Date.now() + this.settings.maxTransactionRetryTimeMs;
    for (let attempt = 0; ; attempt++) {
      const session = this.session('READ');
      try {
        return rows(await runUntraced(session, text, params, config));
      } catch (e) {
        // Like the driver: retried until the retry time has passed, the last wait cut to fit it.
        const left = deadline - Date.now();
        if (!neo4j.isRetryableError(e as Error) || left <= 0) throw this.noteFailure(toGraphError(e, this.settings));
        await new Promise((r) => setTimeout(r, Math.min(retryDelayMs(attempt), left)));
      } finally {
        await session.close();
      }
    }
  }

  /** Runs literal Cypher in a write transaction. */
  async writeText(text: string, params: Record<string, unknown> = {}, label = 'query'): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(text, params).then(rows), label);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, label = 'transaction'): Promise<T> {
    await this.whileDown();
    const session = this.session('WRITE');
    try {
      this.roundTrips++;
      return await this.transaction(session, 'WRITE', work, this.txConfig(this.settings.writeTimeoutMs, label));
    } catch (e) {
      throw this.noteFailure(toGraphError(e, this.settings));
    } finally {
      await session.close();
    }
  }

  /**
   * A managed transaction the driver retries on transient errors; with a retry time of 0,
   * one attempt (the driver would still retry once, as it measures the time from the first failure).
   */
  private async transaction<T>(session: Session, mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, config: TransactionConfig): Promise<T> {
    if (this.settings.maxTransactionRetryTimeMs > 0) return mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    const tx = session.beginTransaction(config);
    try {
      // The work only runs statements, which both kinds of transaction offer.
      const result = await work(tx as unknown as ManagedTransaction);
      await tx.commit();
      return result;
    } catch (e) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw e;
    }
  }

  private txConfig(timeoutMs: number, label: string): TransactionConfig {
    return { metadata: { app: this.appName, query: label }, ...(timeoutMs > 0 ? { timeout: timeoutMs } : {}) };
  }

  /**
   * Neo4j answers a trivial query within `timeoutMs` (for /health, and before queries while
   * Neo4j is known to be down): one attempt, no retry, so an operator's probe never waits
   * for the driver's retry time.
   */
  async ping(timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
    const session = this.session('READ');
    let timer: NodeJS.Timeout | undefined;
    const attempt = (async () => {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        await tx.run(cypher('api/ping'));
        await tx.commit();
        return true;
      } finally {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      }
    })().catch(() => false);
    try {
      return await Promise.race([attempt, new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)))]);
    } finally {
      clearTimeout(timer);
      void attempt.finally(() => session.close().catch(() => undefined));
    }
  }

  /** When the last query found Neo4j unreachable: until a ping succeeds, queries fail at once. */
  private downSince: number | null = null;

  /** Fails fast while Neo4j is known to be down; a successful ping clears the state (recovery needs no restart). */
  private async whileDown(): Promise<void> {
    if (this.downSince === null) return;
    if (await this.ping()) {
      this.downSince = null;
      return;
    }
    throw new CountyGraphError('E_NEO4J_UNREACHABLE', 'Neo4j is not reachable.');
  }

  private noteFailure(e: Error): Error {
    if (e instanceof CountyGraphError && e.code === 'E_NEO4J_UNREACHABLE') this.downSince ??= Date.now();
    return e;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export function createExecutor(options: ExecutorOptions): Executor {
  return new Executor(options);
}

/** The driver's own backoff between attempts of a transaction: 1 s, doubling, ±20 %. */
function retryDelayMs(attempt: number): number {
  return 1000 * 2 ** attempt * (0.8 + 0.4 * Math.random());
}

/** Maps driver errors onto the product's error codes; never leaks Cypher text. */
export function toGraphError(e: unknown, settings: DriverConfig = DRIVER_DEFAULTS): Error {
  if (e instanceof CountyGraphError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (/TransactionTimedOut|Transaction\.Terminated/.test(code)) {
    return new CountyGraphError('E_NEO4J_TIMEOUT', 'The query ran longer than the configured transaction timeout and was stopped.', { cause: e });
  }
  if (/Connection acquisition timed out/.test(message)) {
    return new CountyGraphError('E_NEO4J_BUSY', `No free connection to Neo4j within ${settings.connectionAcquisitionTimeoutMs} ms (every connection of the pool was in use).`, { cause: e });
  }
  if (code.endsWith('MemoryPoolOutOfMemoryError')) {
    return new CountyGraphError('E_NEO4J_BUSY', 'Neo4j ran out of transaction memory (raise COUNTY_GRAPH_NEO4J_HEAP, or write fewer reports per transaction).', { cause: e });
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new CountyGraphError('E_NEO4J_BUSY', `Neo4j stayed busy (${code.split('.').pop()}) after retrying for ${settings.maxTransactionRetryTimeMs} ms.`, { cause: e });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED/i.test(message)) {
    return new CountyGraphError('E_NEO4J_UNREACHABLE', 'Neo4j is not reachable.', { cause: e });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new CountyGraphError('E_NEO4J_AUTH', 'Neo4j refused the user name or password (NEO4J_USER / NEO4J_PASSWORD).', { cause: e });
  }
  return e instanceof Error ? e : new Error(message);
}
