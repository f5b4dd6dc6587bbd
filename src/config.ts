import { fileURLToPath } from 'node:url';
import { dirname, resolve, isAbsolute } from 'node:path';
import { CountyGraphError } from './errors.ts';
import { checkChosenPassword } from './neo4j/password.ts';

/** The project root (where package.json lives), whatever the working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jConfig {
  /** Folder holding the runtime class path, configuration, data and logs. */
  dir: string;
  version: string;
  browserVersion: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /**
   * How the local Neo4j's JVM compiles: `full` (tiered, the fastest once warm) or `quick`
   * (the client compiler only: loads into a fresh server reach speed at once, but warm
   * reads under many clients serve fewer requests).
   */
  jit: 'full' | 'quick';
  startTimeoutMs: number;
  password: string;
}

/** How the product's driver talks to Neo4j (see src/graph/executor.ts). */
export interface DriverConfig {
  /** Bolt connections kept open at most. */
  maxConnectionPoolSize: number;
  /** How long a query waits for a free connection before failing. */
  connectionAcquisitionTimeoutMs: number;
  /** Total time the driver retries a transaction on transient errors (deadlocks, lock timeouts, a lost leader); 0: one attempt. */
  maxTransactionRetryTimeMs: number;
  /** Neo4j ends a read transaction that runs longer (0: no limit). */
  readTimeoutMs: number;
  /** Neo4j ends a write transaction that runs longer (0: no limit). */
  writeTimeoutMs: number;
}

export interface ApiConfig {
  port: number;
  host: string;
  /** Mutations are enabled only when a token is configured. */
  token: string | undefined;
  corsOrigin: string | undefined;
}

export interface ExtractionConfig {
  /** Milliseconds one file may take to extract before it fails (load, extract, ingestReport). */
  budgetMs: number;
  /** Worker threads for extraction; 0: one per core (one fewer for load). */
  threads: number;
}

export interface Config {
  /** Set when NEO4J_URI is given: the project then uses that Neo4j and starts none. */
  external: Neo4jConnectionConfig | undefined;
  local: LocalNeo4jConfig;
  driver: DriverConfig;
  api: ApiConfig;
  extraction: ExtractionConfig;
  reportsDir: string;
}

/** The driver settings when nothing is configured (the executor's defaults too). */
export const DRIVER_DEFAULTS: DriverConfig = {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeoutMs: 10_000,
  maxTransactionRetryTimeMs: 15_000,
  readTimeoutMs: 30_000,
  writeTimeoutMs: 300_000,
};
const inSeconds = (ms: number) => String(ms / 1000);

/**
 * Every environment variable the product reads, with its default. The README's
 * configuration table is checked against this list by a test.
 */
export const ENV_DEFAULTS = {
  NEO4J_URI: '',
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: '',
  NEO4J_DATABASE: '',
  COUNTY_GRAPH_NEO4J_DIR: '.neo4j',
  COUNTY_GRAPH_NEO4J_VERSION: '5.26.30',
  COUNTY_GRAPH_BROWSER_VERSION: '5.24.0',
  COUNTY_GRAPH_BOLT_PORT: '7687',
  COUNTY_GRAPH_HTTP_PORT: '7474',
  COUNTY_GRAPH_NEO4J_HEAP: '512m',
  COUNTY_GRAPH_NEO4J_PAGECACHE: '256m',
  COUNTY_GRAPH_NEO4J_JIT: 'full',
  COUNTY_GRAPH_NEO4J_START_TIMEOUT: '120',
  COUNTY_GRAPH_POOL_SIZE: String(DRIVER_DEFAULTS.maxConnectionPoolSize),
  COUNTY_GRAPH_ACQUIRE_TIMEOUT: inSeconds(DRIVER_DEFAULTS.connectionAcquisitionTimeoutMs),
  COUNTY_GRAPH_RETRY_TIME: inSeconds(DRIVER_DEFAULTS.maxTransactionRetryTimeMs),
  COUNTY_GRAPH_READ_TIMEOUT: inSeconds(DRIVER_DEFAULTS.readTimeoutMs),
  COUNTY_GRAPH_WRITE_TIMEOUT: inSeconds(DRIVER_DEFAULTS.writeTimeoutMs),
  COUNTY_GRAPH_API_PORT: '4000',
  COUNTY_GRAPH_API_HOST: '127.0.0.1',
  COUNTY_GRAPH_API_TOKEN: '',
  COUNTY_GRAPH_CORS_ORIGIN: '',
  COUNTY_GRAPH_REPORTS: 'data/reports',
  COUNTY_GRAPH_EXTRACT_BUDGET: '60',
  COUNTY_GRAPH_EXTRACT_THREADS: '0',
} as const;

export type EnvName = keyof typeof ENV_DEFAULTS;

type Env = Record<string, string | undefined>;

function read(env: Env, name: EnvName): string {
  const v = env[name];
  return v === undefined || v === '' ? ENV_DEFAULTS[name] : v;
}

function port(env: Env, name: EnvName): number {
  const raw = read(env, name);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new CountyGraphError('E_CONFIG', `${name}=${raw} is not a port number (0-65535).`);
  }
  return n;
}

function memory(env: Env, name: EnvName): string {
  const raw = read(env, name);
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new CountyGraphError('E_CONFIG', `${name}=${raw} is not a memory size such as 512m or 1g.`);
  }
  return raw.toLowerCase();
}

/** A number of seconds (0 allowed where `zero` says what it means), returned in milliseconds. */
function seconds(env: Env, name: EnvName, zero?: string): number {
  const raw = read(env, name);
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zero)) {
    throw new CountyGraphError('E_CONFIG', `${name}=${raw} is not a ${zero ? 'number of seconds (0: ' + zero + ')' : 'positive number of seconds'}.`);
  }
  return Math.round(n * 1000);
}

function count(env: Env, name: EnvName): number {
  const raw = read(env, name);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new CountyGraphError('E_CONFIG', `${name}=${raw} is not a whole number of at least 1.`);
  return n;
}

function jit(env: Env): 'full' | 'quick' {
  const raw = read(env, 'COUNTY_GRAPH_NEO4J_JIT');
  if (raw !== 'full' && raw !== 'quick') throw new CountyGraphError('E_CONFIG', `COUNTY_GRAPH_NEO4J_JIT=${raw} is neither full nor quick.`);
  return raw;
}

function path(env: Env, name: EnvName): string {
  const raw = read(env, name);
  return isAbsolute(raw) ? raw : resolve(PROJECT_ROOT, raw);
}

export function loadConfig(env: Env = process.env): Config {
  const uri = read(env, 'NEO4J_URI');
  const user = read(env, 'NEO4J_USER');
  const password = read(env, 'NEO4J_PASSWORD');
  const database = read(env, 'NEO4J_DATABASE') || undefined;
  // For the local Neo4j, no password means a generated one (see src/neo4j/password.ts).
  if (password && !uri) checkChosenPassword(password);
  const timeoutS = Number(read(env, 'COUNTY_GRAPH_NEO4J_START_TIMEOUT'));
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) {
    throw new CountyGraphError('E_CONFIG', 'COUNTY_GRAPH_NEO4J_START_TIMEOUT must be a positive number of seconds.');
  }
  return {
    external: uri ? { uri, user, password, database } : undefined,
    local: {
      dir: path(env, 'COUNTY_GRAPH_NEO4J_DIR'),
      version: read(env, 'COUNTY_GRAPH_NEO4J_VERSION'),
      browserVersion: read(env, 'COUNTY_GRAPH_BROWSER_VERSION'),
      boltPort: port(env, 'COUNTY_GRAPH_BOLT_PORT'),
      httpPort: port(env, 'COUNTY_GRAPH_HTTP_PORT'),
      heap: memory(env, 'COUNTY_GRAPH_NEO4J_HEAP'),
      pageCache: memory(env, 'COUNTY_GRAPH_NEO4J_PAGECACHE'),
      jit: jit(env),
      startTimeoutMs: timeoutS * 1000,
      password,
    },
    driver: {
      maxConnectionPoolSize: count(env, 'COUNTY_GRAPH_POOL_SIZE'),
      connectionAcquisitionTimeoutMs: seconds(env, 'COUNTY_GRAPH_ACQUIRE_TIMEOUT'),
      maxTransactionRetryTimeMs: seconds(env, 'COUNTY_GRAPH_RETRY_TIME', 'no retry'),
      readTimeoutMs: seconds(env, 'COUNTY_GRAPH_READ_TIMEOUT', 'no limit'),
      writeTimeoutMs: seconds(env, 'COUNTY_GRAPH_WRITE_TIMEOUT', 'no limit'),
    },
    api: {
      port: port(env, 'COUNTY_GRAPH_API_PORT'),
      host: read(env, 'COUNTY_GRAPH_API_HOST'),
      token: read(env, 'COUNTY_GRAPH_API_TOKEN') || undefined,
      corsOrigin: read(env, 'COUNTY_GRAPH_CORS_ORIGIN') || undefined,
    },
    extraction: {
      budgetMs: seconds(env, 'COUNTY_GRAPH_EXTRACT_BUDGET'),
      threads: read(env, 'COUNTY_GRAPH_EXTRACT_THREADS') === '0' ? 0 : count(env, 'COUNTY_GRAPH_EXTRACT_THREADS'),
    },
    reportsDir: path(env, 'COUNTY_GRAPH_REPORTS'),
  };
}
