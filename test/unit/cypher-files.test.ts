import { describe, expect, it } from 'vitest';
import { cypher, cypherFiles, cypherStatements, QUERY_NAMES } from '../../src/graph/queries.ts';

describe('cypher/ folder', () => {
  it('has exactly the queries the code names (schema files aside)', () => {
    const onDisk = cypherFiles().filter((n) => !n.startsWith('schema/') && !n.startsWith('browser/'));
    expect([...QUERY_NAMES].sort()).toEqual(onDisk.sort());
  });

  it('loads every named query without comments', () => {
    for (const name of QUERY_NAMES) {
      const text = cypher(name);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/^\s*\/\//m);
    }
  });

  it('keeps schema statements idempotent (CREATE … IF NOT EXISTS, DROP … IF EXISTS)', () => {
    const statements = cypherFiles('schema').flatMap(cypherStatements);
    expect(statements.length).toBeGreaterThan(10);
    for (const s of statements) expect(s).toMatch(/^\s*(CREATE .* IF NOT EXISTS|DROP (INDEX|CONSTRAINT) \w+ IF EXISTS)/s);
  });
});
