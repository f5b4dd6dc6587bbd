import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { findMaven, WRAPPER_MAVEN_VERSION } from '../../src/neo4j/maven.ts';
import { startLocalNeo4j } from '../../src/neo4j/index.ts';

const run = promisify(execFile);

describe('local Neo4j runtime', () => {
  it('fetches Maven from Maven Central when none is installed (the wrapper way), once per machine', async () => {
    const mvn = await findMaven({ preferWrapper: true });
    expect(mvn).toContain(`apache-maven-${WRAPPER_MAVEN_VERSION}`);
    const { stdout } = await run(mvn, ['--version']);
    expect(stdout).toContain(`Apache Maven ${WRAPPER_MAVEN_VERSION}`);
  }, 300_000);

  it('says clearly that the Bolt port is taken instead of starting on it', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const config = loadConfig();
    const instance = `port-test-${process.pid}`;
    try {
      const error = await startLocalNeo4j({ ...config.local, instance, boltPort: port, portFallback: false }).catch((e) => e);
      expect(error.code).toBe('E_PORT_IN_USE');
      expect(error.message).toContain(String(port));
      expect(error.hints.join(' ')).toMatch(/COUNTY_GRAPH_BOLT_PORT/);
    } finally {
      blocker.close();
      await rm(join(config.local.dir, instance), { recursive: true, force: true });
    }
  }, 300_000);
});
