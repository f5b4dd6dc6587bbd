import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createApi } from '../../src/api/server.ts';
import { compiledQueryCounts } from '../../src/api/compiled-queries.ts';
import { useGraph, writeSampleReports } from '../helpers/graph.ts';

const EXAMPLES = join(PROJECT_ROOT, 'docs', 'queries');

// A document runs through graphql's executor the first time and compiled from the second
// (src/api/compiled-queries.ts): both must give the same answer, byte for byte,
// status included, whatever the document asks and however it fails.
describe('a document answers the same the first time (interpreted) and later (compiled)', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });
  let code = '';
  let projectId = '';

  beforeAll(async () => {
    await writeSampleReports(executor);
    const [row] = await executor.readText('MATCH (c:County)-[:HAS_PROJECT]->(p:Project) RETURN c.code AS code, p.id AS id ORDER BY c.code, p.id LIMIT 1');
    code = String(row!.code);
    projectId = String(row!.id);
  }, 120_000);

  /** The same request three times through one API: what each answer was. */
  const thrice = async (body: unknown) => {
    const yoga = createApi(executor, { corsOrigin: undefined, token: 'secret' });
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const before = executor.roundTrips;
      const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      // The request plans (plan.ts) read the resolvers' info as well compiled: as many round trips.
      answers.push({ status: res.status, body: await res.text(), roundTrips: executor.roundTrips - before });
    }
    return answers;
  };

  it('for every documented example', async () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    const before = { ...compiledQueryCounts };
    for (const f of files) {
      const [first, second, third] = await thrice({ query: readFileSync(join(EXAMPLES, f), 'utf8') });
      expect(first!.status, f).toBe(200);
      expect(second, f).toEqual(first);
      expect(third, f).toEqual(first);
    }
    // Each example compiled once and answered compiled the second and third time.
    expect(compiledQueryCounts.compiled - before.compiled).toBe(files.length);
    expect(compiledQueryCounts.answered - before.answered).toBe(2 * files.length);
  });

  it('for variables, defaults, fragments, aliases, typenames, nulls, enums and errors of every kind', async () => {
    const cases: unknown[] = [
      { query: 'query($c: String!, $n: Int = 3) { county(code: $c) { __typename name projects(first: $n) { totalCount edges { cursor node { ...P } } } } } fragment P on Project { id name investmentYuan status industry { name } }', variables: { c: code } },
      { query: 'query($id: ID!) { project(id: $id) { name county { name province { name } } enterprises { name } evidence { quote } } }', variables: { id: projectId } },
      { query: `{ a: county(code: "${code}") { name } b: county(code: "000000") { name } }` },
      { query: '{ rankCounties(metric: GDP, period: "2023", by: GROWTH, first: 5) { rank county { name } growthPct value } }' },
      { query: 'query($m: Metric!) { rankCounties(metric: $m, period: "2023", first: 3) { rank } }', variables: { m: 'GDP' } },
      { query: '{ search(text: "新能源", first: 5) { type name } }' },
      // Errors the resolvers raise, with data beside them.
      { query: `{ county(code: "${code}") { name projects(first: -1) { totalCount } } }` },
      { query: '{ county { name } }' },
      // Variables that do not coerce: missing, null for non-null, wrong type, unknown enum value.
      { query: 'query($c: String!) { county(code: $c) { name } }' },
      { query: 'query($c: String!) { county(code: $c) { name } }', variables: { c: null } },
      { query: 'query($n: Int) { projects(first: $n) { totalCount } }', variables: { n: 'many' } },
      { query: 'query($m: Metric!) { rankCounties(metric: $m, period: "2023") { rank } }', variables: { m: 'NOT_A_METRIC' } },
      // A document with two operations and no name to choose one.
      { query: 'query A { version } query B { version }' },
    ];
    const before = { ...compiledQueryCounts };
    let failures = 0;
    for (const body of cases) {
      const [first, second, third] = await thrice(body);
      if (first!.status !== 200 || (JSON.parse(first!.body) as { errors?: unknown }).errors) failures++;
      expect(second, JSON.stringify(body)).toEqual(first);
      expect(third, JSON.stringify(body)).toEqual(first);
    }
    // The cases above include answers that fail, so the comparison covers errors too.
    expect(failures).toBeGreaterThanOrEqual(6);
    // The answers that failed came from graphql's executor, the others compiled.
    expect(compiledQueryCounts.reran - before.reran).toBeGreaterThanOrEqual(2 * 5);
    expect(compiledQueryCounts.answered - before.answered).toBeGreaterThanOrEqual(2 * (cases.length - failures));
  });
});
