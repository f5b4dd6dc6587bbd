import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { Gate, operationCost } from '../../src/api/cost.ts';
import { DEFAULT_QUERY } from '../../src/api/graphiql.ts';
import { LIMITS, loadSchema } from '../../src/api/server.ts';

const schema = loadSchema();
const cost = (q: string, vars: Record<string, unknown> = {}) => operationCost(schema, parse(q), vars);
const EXAMPLES = join(PROJECT_ROOT, 'docs', 'queries');

describe('what a query may cost, counting the lists', () => {
  it('lets every documented example and the GraphiQL default query through', () => {
    for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.graphql'))) {
      expect(cost(readFileSync(join(EXAMPLES, f), 'utf8')), f).toBeLessThan(LIMITS.expensive);
    }
    expect(cost(DEFAULT_QUERY)).toBeLessThan(LIMITS.expensive);
  });

  it('multiplies by the size of each list: first, else the schema default, never more than the largest page', () => {
    expect(cost('{ county(code: "1") { name } }')).toBe(2);
    expect(cost('{ county(code: "1") { reports(first: 3) { title } } }')).toBe(1 + 3 * 2);
    expect(cost('{ county(code: "1") { reports { title } } }')).toBe(1 + 100 * 2);
    expect(cost('{ county(code: "1") { reports(first: 100000) { title } } }')).toBe(1 + 500 * 2);
    // A connection's size applies to its edges.
    expect(cost('{ projects(first: 10) { totalCount edges { node { name } } } }')).toBe(1 + 1 + 10 * (1 + 1 + 1));
    // Variables and fragments count as written out.
    expect(cost('query($n: Int) { projects(first: $n) { edges { ...P } } } fragment P on ProjectEdge { node { name } }', { n: 4 })).toBe(1 + 4 * 3);
  });

  it('refuses aliases of nested lists that would return megabytes', () => {
    const hostile = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: honours(first: 100) { edges { node { awards { year evidence { text } } } } }`).join(' ')} }`;
    expect(cost(hostile)).toBeGreaterThan(LIMITS.values * 5);
  });
});

describe('the gate for expensive requests', () => {
  it('lets its size in, queues the rest in order, and turns away those that wait too long', async () => {
    const gate = new Gate(2);
    expect(await gate.enter(10)).toBe(true);
    expect(await gate.enter(10)).toBe(true);
    const third = gate.enter(1000);
    expect(await gate.enter(20)).toBe(false);
    gate.leave();
    expect(await third).toBe(true);
    gate.leave();
    gate.leave();
    expect(await gate.enter(10)).toBe(true);
  });
});
