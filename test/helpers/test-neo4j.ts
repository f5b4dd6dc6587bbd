import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config.ts';
import { CountyGraphError } from '../../src/errors.ts';
import { startLocalNeo4j } from '../../src/neo4j/index.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Where it came from, so tests that stop and start Neo4j know whether they may. */
  local: boolean;
  home?: string | undefined;
}

/** Nodes with this label mark a database the test suite may wipe. */
export const TEST_MARKER = 'CountyGraphTestDatabase';

/**
 * Connects to the Neo4j the tests use and proves it answers. An external database
 * (NEO4J_URI) must be empty or carry the test marker: the suite deletes everything in it.
 */
export async function checkTestDatabase(target: Omit<TestNeo4j, 'local'>): Promise<void> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    await driver.verifyConnectivity();
    const session = driver.session({ database: target.database });
    try {
      const res = await session.run(`MATCH (n) WITH count(n) AS total OPTIONAL MATCH (m:${TEST_MARKER}) RETURN total, count(m) AS marked`);
      const total = res.records[0]?.get('total').toNumber() ?? 0;
      const marked = res.records[0]?.get('marked').toNumber() ?? 0;
      if (total > 0 && marked === 0 && process.env.COUNTY_GRAPH_TEST_ALLOW_WIPE !== '1') {
        throw new CountyGraphError('E_TEST_DATABASE', `The Neo4j at ${target.uri} holds ${total} nodes and is not a test database; the tests would delete them.`, {
          hints: ['unset NEO4J_URI to let the tests start their own Neo4j,', 'or set COUNTY_GRAPH_TEST_ALLOW_WIPE=1 if this database may be wiped.'],
        });
      }
      await session.run(`MERGE (:${TEST_MARKER} {id: 1})`);
    } finally {
      await session.close();
    }
  } catch (e) {
    if (e instanceof CountyGraphError) throw e;
    throw new CountyGraphError('E_NEO4J_UNREACHABLE', `The tests cannot reach Neo4j at ${target.uri}: ${(e as Error).message}`, {
      hints: ['the integration tests need a real Neo4j; they never skip.'],
    });
  } finally {
    await driver.close();
  }
}

/** The test Neo4j: NEO4J_URI when set, otherwise a fresh local instance on free ports. */
export async function startTestNeo4j(log: (line: string) => void): Promise<TestNeo4j & { stop(): Promise<void> }> {
  const config = loadConfig();
  if (config.external) {
    const target = { ...config.external };
    await checkTestDatabase(target);
    return { ...target, local: false, stop: async () => {} };
  }
  const running = await startLocalNeo4j({
    ...config.local,
    instance: 'test-instance',
    fresh: true,
    boltPort: 0,
    httpPort: 0,
    heap: '512m',
    pageCache: '128m',
    log,
  });
  // The suite talks to its own Neo4j through a routing URI, as it would to a cluster or
  // Aura (a single server answers routing requests with itself); the browser tests and the
  // faults use bolt://, so both schemes run in every `npm test`.
  const target = { uri: running.uri.replace(/^bolt:/, 'neo4j:'), user: running.user, password: running.password };
  await checkTestDatabase(target);
  return { ...target, local: true, home: running.home, stop: running.stop };
}
