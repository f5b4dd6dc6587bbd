import { describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/migrate.ts';
import { cypherFiles, cypherStatements } from '../../src/graph/queries.ts';
import { useGraph } from '../helpers/graph.ts';

describe('schema migrations', () => {
  const { executor } = useGraph();

  const snapshot = async () => {
    const constraints = await executor.readText('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name, labelsOrTypes, properties, type ORDER BY name');
    const indexes = await executor.readText('SHOW INDEXES YIELD name, labelsOrTypes, properties, type, state RETURN name, labelsOrTypes, properties, type, state ORDER BY name');
    return { constraints, indexes };
  };

  it('creates every constraint and index in cypher/schema/, and running it twice changes nothing', async () => {
    const before = await snapshot();
    const applied = await applySchema(executor);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(applied).toBe(0);

    // Dropping one makes the next run create exactly that one again.
    await executor.writeText('DROP INDEX county_name');
    expect(await applySchema(executor)).toBe(1);
    expect(await snapshot()).toEqual(before);

    const declared = cypherFiles('schema').flatMap(cypherStatements);
    const names = [...after.constraints, ...after.indexes].map((r) => r.name);
    for (const statement of declared) {
      const dropped = /DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF EXISTS/.exec(statement)?.[1];
      if (dropped) {
        expect(names).not.toContain(dropped);
        continue;
      }
      const name = /(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/.exec(statement)?.[1];
      expect(name, statement).toBeDefined();
      expect(names).toContain(name);
    }
    expect(after.indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
  });

  it('drops an index of an earlier version when it finds one, and only then', async () => {
    await executor.writeText("CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:County) ON EACH [n.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }");
    expect(await applySchema(executor)).toBe(1);
    const indexes = (await executor.readText('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name);
    expect(indexes).not.toContain('names');
    expect(indexes).toContain('name_search');
    expect(await applySchema(executor)).toBe(0);
  });

  it('enforces uniqueness of county codes', async () => {
    await executor.writeText("CREATE (:County {code: '431025', name: '临武县'})");
    await expect(executor.writeText("CREATE (:County {code: '431025', name: '临武县'})")).rejects.toThrow(/already exists/);
  });
});
