import { afterEach, describe, expect, inject, it } from 'vitest';
import { createExecutor, type Executor } from '../../src/graph/executor.ts';
import { useGraph } from '../helpers/graph.ts';

// The driver settings of the configuration (pool size, acquisition timeout, retry time,
// transaction timeouts), each shown to act on the real Neo4j.
const SLOW = 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('driver settings', () => {
  const { executor: base } = useGraph();
  const opened: Executor[] = [];
  const open = (o: Parameters<typeof createExecutor>[0] extends infer T ? Partial<T> : never) => {
    const e = createExecutor({ ...inject('neo4j'), ...o });
    opened.push(e);
    return e;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((e) => e.close()));
  });

  it('stops a read or write transaction that runs past its timeout, with a clear error, and keeps serving', async () => {
    const e = open({ readTimeoutMs: 300, writeTimeoutMs: 300 });
    await expect(e.readText(SLOW)).rejects.toMatchObject({ code: 'E_NEO4J_TIMEOUT', message: expect.stringMatching(/transaction timeout/) });
    await expect(e.writeText(`${SLOW.replace(' RETURN count(*) AS n', ' WITH count(*) AS n CREATE (:Slow {n: n}) RETURN n')}`)).rejects.toMatchObject({ code: 'E_NEO4J_TIMEOUT' });
    expect(await e.readText('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    expect(await base.readText('MATCH (s:Slow) RETURN count(s) AS n')).toEqual([{ n: 0 }]);
  }, 60_000);

  it('fails a query that finds no free connection within the acquisition timeout, and recovers once one is free', async () => {
    const e = open({ maxConnectionPoolSize: 1, connectionAcquisitionTimeoutMs: 300 });
    const release = deferred();
    const holding = e.writeTx(async (tx) => {
      await tx.run('RETURN 1');
      await release.promise;
    });
    await new Promise((r) => setTimeout(r, 200));
    await expect(e.readText('RETURN 1 AS one')).rejects.toMatchObject({ code: 'E_NEO4J_BUSY', message: expect.stringMatching(/No free connection to Neo4j within 300 ms/) });
    release.resolve();
    await holding;
    expect(await e.readText('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  }, 60_000);

  // Two transactions that lock two nodes in opposite orders: Neo4j detects the deadlock
  // and fails one of them with a transient error.
  async function deadlock(e: Executor) {
    await base.writeText("CREATE (:LockTest {k: 'a'}), (:LockTest {k: 'b'})");
    const aLocked = deferred();
    const bLocked = deferred();
    let attempts = 0;
    const tx = (first: string, second: string, mine: ReturnType<typeof deferred>, theirs: ReturnType<typeof deferred>) =>
      e.writeTx(async (t) => {
        attempts++;
        await t.run('MATCH (n:LockTest {k: $k}) SET n.v = coalesce(n.v, 0) + 1', { k: first });
        mine.resolve();
        await theirs.promise;
        await t.run('MATCH (n:LockTest {k: $k}) SET n.v = coalesce(n.v, 0) + 1', { k: second });
      });
    const outcomes = await Promise.allSettled([tx('a', 'b', aLocked, bLocked), tx('b', 'a', bLocked, aLocked)]);
    const [row] = await base.readText("MATCH (n:LockTest) RETURN sum(n.v) AS writes");
    return { outcomes, attempts, writes: Number(row!.writes) };
  }

  it('retries a transaction that failed on a transient error (a deadlock) within the retry time', async () => {
    const { outcomes, attempts, writes } = await deadlock(open({ maxTransactionRetryTimeMs: 10_000 }));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(attempts).toBe(3);
    expect(writes).toBe(4);
  }, 60_000);

  it('with no retry time, reports the transient error as Neo4j being busy, and the other transaction still commits', async () => {
    const { outcomes, attempts, writes } = await deadlock(open({ maxTransactionRetryTimeMs: 0 }));
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toMatchObject({ code: 'E_NEO4J_BUSY', message: expect.stringMatching(/DeadlockDetected/) });
    expect(attempts).toBe(2);
    expect(writes).toBe(2);
  }, 60_000);
});
