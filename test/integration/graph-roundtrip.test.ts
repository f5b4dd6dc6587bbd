import { describe, expect, it } from 'vitest';
import { useGraph } from '../helpers/graph.ts';

// The project's own executor writes in one transaction and reads back through Cypher.
describe('executor against the real Neo4j', () => {
  const { executor } = useGraph();

  it('writes in a transaction and reads the same values back', async () => {
    await executor.writeTx(async (tx) => {
      await tx.run('MERGE (p:Province {code: $code}) SET p.name = $name', { code: '43', name: '湖南省' });
      await tx.run('MERGE (c:County {code: $code}) SET c.name = $name WITH c MATCH (p:Province {code: $p}) MERGE (c)-[:IN]->(p)', { code: '431025', name: '临武县', p: '43' });
    });
    const rows = await executor.readText('MATCH (c:County)-[:IN]->(p:Province) RETURN c.name AS county, p.name AS province, count(*) AS n');
    expect(rows).toEqual([{ county: '临武县', province: '湖南省', n: 1 }]);
  });

  it('rolls the whole transaction back when a statement in it fails', async () => {
    await expect(
      executor.writeTx(async (tx) => {
        await tx.run("CREATE (:County {code: '430281', name: '醴陵市'})");
        await tx.run('RETURN 1 / 0');
      }),
    ).rejects.toThrow();
    const rows = await executor.readText('MATCH (c:County) RETURN count(c) AS n');
    expect(rows[0]?.n).toBe(0);
  });

  it('starts each test from an empty graph', async () => {
    const rows = await executor.readText('MATCH (n) WHERE NOT n:CountyGraphTestDatabase RETURN count(n) AS n');
    expect(rows[0]?.n).toBe(0);
  });

  it('counts its round trips', async () => {
    const before = executor.roundTrips;
    await executor.read('api/ping');
    await executor.read('api/ping');
    expect(executor.roundTrips - before).toBe(2);
  });
});
