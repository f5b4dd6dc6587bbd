import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { CountyGraphError, NEO4J_WAYS_OUT } from '../errors.ts';
import type { LocalNeo4jConfig } from '../config.ts';
import { findJava } from './java.ts';
import { resolveClasspath } from './maven.ts';
import { withOfflineBrowser } from './offline-browser.ts';
import { localPassword, passwordFile, replaceFormerPassword } from './password.ts';
import { freePort, isListening, isPortFree } from './ports.ts';

const run = promisify(execFile);

/** JVM flags the Neo4j distribution ships in its default configuration. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface LocalServerOptions extends LocalNeo4jConfig {
  /** Sub-folder of `dir` for this instance's conf, data and logs (the tests use their own). */
  instance: string;
  /** Start from empty data (the test instance). */
  fresh?: boolean;
  /** Allow another port when the configured one is taken (otherwise fail clearly). */
  portFallback?: boolean;
  /** The API's port, from which Neo4j Browser loads the style and the guide. */
  apiPort?: number;
  log?: (line: string) => void;
}

interface StateFile {
  pid: number;
  boltPort: number;
  httpPort: number;
  home: string;
  startedAt: string;
  /** The county-graph process that stops it (it started or adopted it). */
  owner?: number;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  boltPort: number;
  httpPort: number;
  browserUrl: string;
  /** True when this process started it (and so stops it). */
  owned: boolean;
  pid: number;
  home: string;
  stop(): Promise<void>;
}

export function browserUrl(httpPort: number, boltPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/?dbms=${encodeURIComponent(`neo4j://neo4j@127.0.0.1:${boltPort}`)}`;
}

function neo4jConf(home: string, boltPort: number, httpPort: number, o: LocalServerOptions): string {
  return [
    '# Written by county-graph on every start; edit the environment variables instead (see README).',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=127.0.0.1:${httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pageCache}`,
    `server.directories.data=${join(home, 'data')}`,
    `server.directories.logs=${join(home, 'logs')}`,
    `server.directories.plugins=${join(home, 'plugins')}`,
    `server.directories.import=${join(home, 'import')}`,
    `server.directories.run=${join(home, 'run')}`,
    `server.directories.lib=${join(home, 'lib')}`,
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=1 days',
    // Neo4j Browser loads the graph style and the guide of saved queries from the API.
    `browser.remote_content_hostname_whitelist=127.0.0.1,localhost`,
    // Nothing reaches out from the local Neo4j or the Browser it serves (see offline-browser.ts).
    'client.allow_telemetry=false',
    ...(o.apiPort ? [`browser.post_connect_cmd=style http://127.0.0.1:${o.apiPort}/browser/style.grass; play http://127.0.0.1:${o.apiPort}/browser/guide.html`] : []),
    '',
  ].join('\n');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid belongs to a Neo4j started for this home folder (and not to a recycled pid). */
function isOurNeo4j(pid: number, home: string): boolean {
  if (!alive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(home);
  } catch {
    return true; // no /proc: trust the pid
  }
}

async function readState(file: string): Promise<StateFile | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as StateFile;
  } catch {
    return undefined;
  }
}

async function choosePort(wanted: number, what: string, o: LocalServerOptions): Promise<number> {
  if (wanted === 0) return freePort();
  if (await isPortFree(wanted)) return wanted;
  if (!o.portFallback) {
    throw new CountyGraphError('E_PORT_IN_USE', `Port ${wanted} (${what}) is already in use on 127.0.0.1.`, {
      hints: [`set ${what === 'Bolt' ? 'COUNTY_GRAPH_BOLT_PORT' : 'COUNTY_GRAPH_HTTP_PORT'} to a free port, or stop what uses ${wanted}.`],
    });
  }
  const port = await freePort();
  o.log?.(`Port ${wanted} (${what}) is in use; the local Neo4j uses ${port} instead.`);
  return port;
}

async function stopPid(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

async function waitReady(child: ChildProcess | undefined, boltPort: number, user: string, password: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child?.once('exit', (code) => {
    exited = code;
  });
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new CountyGraphError('E_NEO4J_START', `The local Neo4j exited during start-up (code ${exited}).\n${tail(logFile)}`, { hints: NEO4J_WAYS_OUT });
    }
    if (await isListening(boltPort)) {
      const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`, neo4j.auth.basic(user, password));
      try {
        await driver.verifyConnectivity();
        return;
      } catch (e) {
        lastError = (e as Error).message;
        if ((e as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') {
          throw new CountyGraphError('E_NEO4J_AUTH', 'The local Neo4j refused the password: its data folder was initialised with another one.', {
            hints: ['set NEO4J_PASSWORD to the password used the first time (a generated one is kept in the local Neo4j folder, file `password`),', 'or reset the local data with `npm run reset` (deletes the local graph).'],
          });
        }
      } finally {
        await driver.close();
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new CountyGraphError('E_NEO4J_START', `The local Neo4j was not ready after ${Math.round(timeoutMs / 1000)} s${lastError ? ` (${lastError})` : ''}.\n${tail(logFile)}`, {
    hints: ['raise COUNTY_GRAPH_NEO4J_START_TIMEOUT on a slow machine,', ...NEO4J_WAYS_OUT],
  });
}

function tail(file: string, lines = 15): string {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8').trimEnd().split('\n');
  return `Last lines of ${file}:\n${text.slice(-lines).join('\n')}`;
}

/** The pid of the local Neo4j running for this folder and instance, if any. */
export async function runningLocalPid(dir: string, instance: string): Promise<number | undefined> {
  const home = join(dir, instance);
  const state = await readState(join(home, 'run', 'county-graph.json'));
  return state && isOurNeo4j(state.pid, home) ? state.pid : findNeo4jProcess(home);
}

/**
 * A Neo4j running on this home folder found by its command line, for when the state file
 * is gone or names another process (Neo4j restarted by hand, a state file removed).
 */
export function findNeo4jProcess(home: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmdline.includes('CommunityEntryPoint') && cmdline.includes(`--home-dir=${home}\0`)) return Number(pid);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return undefined;
}

/** The ports a running instance was started with, from the configuration written for it. */
function configuredPorts(home: string): { boltPort: number; httpPort: number } | undefined {
  try {
    const conf = readFileSync(join(home, 'conf', 'neo4j.conf'), 'utf8');
    const bolt = /^server\.bolt\.listen_address=[^:\n]*:(\d+)$/m.exec(conf)?.[1];
    const http = /^server\.http\.listen_address=[^:\n]*:(\d+)$/m.exec(conf)?.[1];
    return bolt && http ? { boltPort: Number(bolt), httpPort: Number(http) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stops the instance this process owns. The state file is removed only while it still
 * names that instance: if Neo4j was restarted by hand meanwhile, the file describes the
 * new one and stays.
 */
function ownStop(pid: number, stateFile: string): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      await stopPid(pid);
      const now = await readState(stateFile);
      if (!now || now.pid === pid) await rm(stateFile, { force: true });
    })();
    return stopping;
  };
}

/**
 * Starts Neo4j Community from its Maven Central jars (Bolt and HTTP on 127.0.0.1,
 * Browser served by Neo4j's HTTP connector), or finds the one this folder already runs.
 */
export async function startLocalNeo4j(o: LocalServerOptions): Promise<RunningNeo4j> {
  const log = o.log ?? (() => {});
  const home = join(o.dir, o.instance);
  const stateFile = join(home, 'run', 'county-graph.json');
  const user = 'neo4j';

  const { password, replaceFormer } = await localPassword(o.dir, home, o.password, log, o.fresh);
  const generated = replaceFormer ? readFileSync(passwordFile(o.dir), 'utf8').trim() : password;

  // A running instance: from the state file, or found by its command line when the state
  // file is gone or stale (Neo4j restarted by hand).
  const state = await readState(stateFile);
  const known = state && isOurNeo4j(state.pid, home) ? state : undefined;
  const foundPid = known?.pid ?? findNeo4jProcess(home);
  if (foundPid !== undefined) {
    if (o.fresh) {
      await stopPid(foundPid);
    } else {
      const ports = known ?? configuredPorts(home);
      if (ports && (await isListening(ports.boltPort))) {
        if (replaceFormer) await replaceFormerPassword(ports.boltPort, generated);
        const found = { uri: `bolt://127.0.0.1:${ports.boltPort}`, user, password: generated, boltPort: ports.boltPort, httpPort: ports.httpPort, browserUrl: browserUrl(ports.httpPort, ports.boltPort), pid: foundPid, home };
        const ownerAlive = known?.owner !== undefined && known.owner !== process.pid && alive(known.owner);
        if (ownerAlive) {
          log(`Found the local Neo4j already running (pid ${foundPid}); the command that started it (pid ${known!.owner}) stops it.`);
          return { ...found, owned: false, stop: async () => {} };
        }
        if (!known) {
          // Not started by county-graph (or its state file is gone): never stopped by us.
          log(`Found a local Neo4j running for ${home} (pid ${foundPid}) that county-graph did not start; it is left running when this command ends.`);
          await writeFile(stateFile, JSON.stringify({ pid: foundPid, ...ports, home, startedAt: new Date().toISOString() } satisfies StateFile, null, 2)).catch(() => undefined);
          return { ...found, owned: false, stop: async () => {} };
        }
        // Started by a county-graph process that is gone (killed with -9): this one adopts it and stops it when it ends.
        log(`Found the local Neo4j (pid ${foundPid}) left running by a command that is gone; this command stops it when it ends.`);
        await writeFile(stateFile, JSON.stringify({ ...known, owner: process.pid } satisfies StateFile, null, 2));
        return { ...found, owned: true, stop: ownStop(foundPid, stateFile) };
      }
    }
  }

  const java = await findJava();
  const classpath = await withOfflineBrowser(await resolveClasspath(join(o.dir, 'runtime'), o, { log }), join(o.dir, 'runtime'));

  if (o.fresh) await rm(home, { recursive: true, force: true });
  for (const sub of ['conf', 'data', 'logs', 'plugins', 'import', 'run', 'lib']) await mkdir(join(home, sub), { recursive: true });

  const boltPort = await choosePort(o.boltPort, 'Bolt', o);
  const httpPort = await choosePort(o.httpPort, 'HTTP', o);
  await writeFile(join(home, 'conf', 'neo4j.conf'), neo4jConf(home, boltPort, httpPort, o));

  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
  if (!existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    try {
      await run(java.path, ['-cp', classpath, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', '--', password], { env, timeout: 120_000 });
    } catch (cause) {
      // The message of a failed execFile repeats the whole class path; the reason is on stderr.
      const reason = String((cause as { stderr?: string }).stderr ?? '').trim() || 'the admin command failed';
      throw new CountyGraphError('E_NEO4J_START', `Could not set the initial password of the local Neo4j: ${reason}`, { hints: NEO4J_WAYS_OUT });
    }
  }

  const logFile = join(home, 'logs', 'console.log');
  const out = createWriteStream(logFile, { flags: 'a' });
  // quick: the client compiler alone compiles at once and never recompiles (see LocalNeo4jConfig.jit).
  const jitFlags = o.jit === 'quick' ? ['-XX:TieredStopAtLevel=1'] : [];
  const args = [`-Xms${o.heap}`, `-Xmx${o.heap}`, ...JVM_FLAGS, ...jitFlags, '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`, `--config-dir=${join(home, 'conf')}`];
  const child = spawn(java.path, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const pid = child.pid ?? -1;
  await writeFile(stateFile, JSON.stringify({ pid, boltPort, httpPort, home, startedAt: new Date().toISOString(), owner: process.pid } satisfies StateFile, null, 2));
  const stop = ownStop(pid, stateFile);

  try {
    await waitReady(child, boltPort, user, password, o.startTimeoutMs, logFile);
    if (replaceFormer) {
      await replaceFormerPassword(boltPort, generated);
      log('Replaced the former default password of the local Neo4j with the generated one.');
    }
  } catch (e) {
    await stop();
    throw e;
  }
  // Let the child not keep the event loop alive by its pipes alone once we are done with it.
  child.unref();
  return { uri: `bolt://127.0.0.1:${boltPort}`, user, password: generated, boltPort, httpPort, browserUrl: browserUrl(httpPort, boltPort), owned: true, pid, home, stop };
}
