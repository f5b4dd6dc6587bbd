// The local Neo4j's bookkeeping when its owner dies or its state file goes: a Neo4j left
// running by a command killed with -9 is adopted (and stopped) by the next one; one whose
// state file is gone is found by its command line and left running; a state file that
// names another process is never removed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';
import { freePort } from '../../src/neo4j/ports.ts';
import { findNeo4jProcess, startLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { tempNeo4jFolder } from '../helpers/neo4j-folder.ts';

const dir = tempNeo4jFolder('county-graph-instance-');
const home = join(dir, 'instance');
const stateFile = join(home, 'run', 'county-graph.json');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => {
  const pid = findNeo4jProcess(home);
  if (pid) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('the local Neo4j when its owner is gone', () => {
  it('is adopted by the next command after its owner was killed with -9, and stopped by it', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, COUNTY_GRAPH_NEO4J_DIR: dir, COUNTY_GRAPH_BOLT_PORT: String(boltPort), COUNTY_GRAPH_HTTP_PORT: String(httpPort) };
    delete env.NEO4J_URI;
    delete env.NEO4J_PASSWORD;
    const owner = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'county-graph.js'), 'neo4j'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    owner.stdout.on('data', (d) => (out += d));
    owner.stderr.on('data', (d) => (out += d));
    const deadline = Date.now() + 180_000;
    while (!/Ctrl-C stops it/.test(out)) {
      if (owner.exitCode !== null || Date.now() > deadline) throw new Error(`county-graph neo4j did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const neo4jPid = JSON.parse(readFileSync(stateFile, 'utf8')).pid as number;
    // The default compiles tiered (COUNTY_GRAPH_NEO4J_JIT=full).
    expect(readFileSync(`/proc/${neo4jPid}/cmdline`, 'utf8').split('\0')).not.toContain('-XX:TieredStopAtLevel=1');
    owner.kill('SIGKILL');
    await new Promise((r) => owner.once('exit', r));
    expect(alive(neo4jPid)).toBe(true);

    const lines: string[] = [];
    const config = loadConfig({ ...env, COUNTY_GRAPH_NEO4J_DIR: dir });
    const adopted = await startLocalNeo4j({ ...config.local, instance: 'instance', log: (l) => lines.push(l) });
    expect(adopted.pid).toBe(neo4jPid);
    expect(adopted.owned).toBe(true);
    expect(lines.join('\n')).toMatch(/left running by a command that is gone; this command stops it/);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).owner).toBe(process.pid);
    await adopted.stop();
    expect(alive(neo4jPid)).toBe(false);
    expect(existsSync(stateFile)).toBe(false);
  }, 300_000);

  it('is found by its command line when its state file is gone, left running, and its new state file kept', async () => {
    const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_PASSWORD: '', COUNTY_GRAPH_NEO4J_DIR: dir, COUNTY_GRAPH_NEO4J_JIT: 'quick' });
    const first = await startLocalNeo4j({ ...config.local, instance: 'instance', boltPort: 0, httpPort: 0 });
    // COUNTY_GRAPH_NEO4J_JIT=quick starts the JVM with the client compiler only.
    expect(readFileSync(`/proc/${first.pid}/cmdline`, 'utf8').split('\0')).toContain('-XX:TieredStopAtLevel=1');
    rmSync(stateFile);
    const lines: string[] = [];
    const found = await startLocalNeo4j({ ...config.local, instance: 'instance', boltPort: 0, httpPort: 0, log: (l) => lines.push(l) });
    expect(found.pid).toBe(first.pid);
    expect(found.owned).toBe(false);
    expect(found.boltPort).toBe(first.boltPort);
    expect(lines.join('\n')).toMatch(/that county-graph did not start; it is left running/);
    await found.stop();
    expect(alive(first.pid)).toBe(true);
    // The first owner stops it; the state file it finds names the same process, so it goes too.
    await first.stop();
    expect(alive(first.pid)).toBe(false);
    expect(existsSync(stateFile)).toBe(false);
  }, 300_000);
});
