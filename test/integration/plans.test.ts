import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createApi } from '../../src/api/server.ts';
import { loadReports } from '../../src/graph/load-reports.ts';
import * as Q from '../../src/explorer/client/queries.ts';
import { useGraph, wipe } from '../helpers/graph.ts';

type Body = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

// A county or project request is read by one planned statement (src/api/plan.ts). The
// same requests answered with plans off (every field asks its own batched loader) are the
// reference: the answers must be the same, value for value and in the same order.
describe('request plans: one statement for a county or a project page, the same answers', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });
  const planned = createApi(executor, { corsOrigin: undefined });
  const unplanned = createApi(executor, { corsOrigin: undefined, plans: false });
  // The statements a request ran, by name.
  let ran: string[] = [];
  // The parameters of the last statement of each name.
  const sent = new Map<string, Record<string, unknown>>();
  const readText = executor.readText.bind(executor);
  executor.readText = (text, params, label) => {
    ran.push(label ?? 'query');
    sent.set(label ?? 'query', params ?? {});
    return readText(text, params, label);
  };
  const ask = async (api: typeof planned, query: string, variables: Record<string, unknown> = {}): Promise<{ body: Body; roundTrips: number; ran: string[] }> => {
    const before = executor.roundTrips;
    ran = [];
    const res = await api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { body: (await res.json()) as Body, roundTrips: executor.roundTrips - before, ran: [...ran].sort() };
  };
  const both = async (query: string, variables: Record<string, unknown> = {}) => {
    const a = await ask(planned, query, variables);
    const b = await ask(unplanned, query, variables);
    expect(a.body).toEqual(b.body);
    return { body: a.body, planned: a.roundTrips, unplanned: b.roundTrips, ran: a.ran };
  };
  let codes: string[] = [];
  let projectIds: string[] = [];

  beforeAll(async () => {
    await wipe(executor);
    await loadReports(executor, [join(PROJECT_ROOT, 'data', 'reports')], { force: true });
    codes = (await executor.readText('MATCH (c:County)<-[:ABOUT]-(:Report) RETURN DISTINCT c.code AS code ORDER BY code')).map((r) => r.code as string);
    projectIds = (await executor.readText('MATCH (p:Project) RETURN p.id AS id ORDER BY id')).map((r) => r.id as string);
  }, 180_000);

  it("answers the explorer's county page like the loaders do: one statement for the page, its two heavy parts beside it", async () => {
    expect(codes.length).toBe(5);
    for (const code of codes) {
      const r = await both(Q.COUNTY_QUERY, { code });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.county.projects.edges.length).toBeGreaterThan(0);
      expect(r.body.data.county.indicators.length).toBeGreaterThan(0);
      // Similar counties (then their rows) and enterprises (then their links) run beside the page's statement.
      const beside = ['api/county-enterprises', 'api/enterprise-links', 'api/similar-counties', 'api/counties-by-code'].filter((n) => r.ran.includes(n));
      expect(r.ran).toEqual(['api/county-page', ...beside].sort());
      expect(r.ran.filter((n) => n === 'api/county-page')).toHaveLength(1);
      expect(r.unplanned).toBeGreaterThan(r.planned);
    }
    // A county page without those parts is one statement.
    const r = await both(`query($code: String!) { county(code: $code) { name reports { title } indicators { value evidence { text } } projects { edges { node { name industry { name } enterprises { name } evidence { text } } } } industries { role evidence { text } } enterprises { totalCount edges { node { name } } } honours { honour { name } evidence { text } } } }`, { code: codes[0] });
    expect(r.ran).toEqual(['api/county-page']);
  });

  it('reads aliases only for a request that shows them somewhere, with the same answers', async () => {
    const withAliases = `query($code: String!) { county(code: $code) { projects(first: 100) { edges { node { name ...Links } } } industries { industry { name aliases } } enterprises(first: 100) { edges { node { name aliases } } } honours { honour { name aliases } } } }
      fragment Links on Project { industry { name } enterprises { name aliases } }`;
    const without = `query($code: String!) { county(code: $code) { projects(first: 100) { edges { node { name industry { name } enterprises { name } } } } industries { industry { name } } enterprises(first: 100) { edges { node { name } } } honours { honour { name } } } }`;
    // A second name for every company that builds a project and every industry (as a second
    // report naming them otherwise would give), taken away after the test.
    await executor.writeText(`MATCH (x) WHERE (x:Enterprise AND (x)-[:BUILDS]->()) OR x:Industry OR x:Honour SET x.aliases = coalesce(x.aliases, [x.name]) + ['又名' + x.name]`);
    let shown = 0;
    for (const code of codes) {
      const a = await both(withAliases, { code });
      expect(sent.get('api/county-page')?.aliases).toBe(true);
      for (const e of a.body.data.county.projects.edges) for (const x of e.node.enterprises) if (x.aliases.length > 1) shown++;
      for (const i of a.body.data.county.industries) if (i.industry.aliases.length > 1) shown++;
      for (const e of a.body.data.county.enterprises.edges) if (e.node.aliases.length > 1) shown++;
      for (const h of a.body.data.county.honours) if (h.honour.aliases.length > 1) shown++;
      const b = await both(without, { code });
      expect(sent.get('api/county-page')?.aliases).toBe(false);
      expect(b.body.data.county.projects.edges.map((e: any) => e.node.name)).toEqual(a.body.data.county.projects.edges.map((e: any) => e.node.name));
    }
    // (The samples name some companies in two ways: their aliases are shown.)
    expect(shown).toBeGreaterThan(0);
    for (const id of projectIds.slice(0, 10)) {
      await both(`query($id: ID!) { project(id: $id) { name enterprises { name aliases } } }`, { id });
      expect(sent.get('api/project-page')?.aliases).toBe(true);
      await both(`query($id: ID!) { project(id: $id) { name enterprises { name } } }`, { id });
      expect(sent.get('api/project-page')?.aliases).toBe(false);
    }
    await executor.writeText(`MATCH (x) WHERE x:Enterprise OR x:Industry OR x:Honour SET x.aliases = [a IN x.aliases WHERE NOT a STARTS WITH '又名']`);
  });

  it("answers every project's page like the loaders do, in one round trip", async () => {
    expect(projectIds.length).toBeGreaterThan(40);
    let withEvidence = 0;
    for (const id of projectIds) {
      const r = await both(Q.PROJECT_QUERY, { id });
      expect(r.body.data.project.id).toBe(id);
      // (a project named only as an honour's recipient has no sentence of its own as a project)
      if (r.body.data.project.evidence.length > 0) withEvidence++;
      expect(r.planned).toBe(1);
      expect(r.unplanned).toBeGreaterThan(2);
    }
    expect(withEvidence / projectIds.length).toBeGreaterThan(0.9);
  });

  it('reads arguments as the resolvers do: literals, enums, variables, defaults, cursors, fragments, aliases', async () => {
    const code = codes[0]!;
    const [{ metric, period }] = (await executor.readText('MATCH (:County {code: $code})-[:REPORTED]->(o:Observation) RETURN o.metric AS metric, o.period AS period LIMIT 1', { code })) as [{ metric: string; period: string }];
    const first = await both(`{ county(code: "${code}") { projects(first: 2, orderBy: NAME_ASC) { pageInfo { endCursor } edges { node { name } } } } }`);
    const cursor = first.body.data.county.projects.pageInfo.endCursor;
    const queries: [string, Record<string, unknown>][] = [
      [`{ county(code: "${code}") { name projects(first: 3, orderBy: NAME_ASC, after: "${cursor}") { totalCount edges { cursor node { name year } } } } }`, {}],
      [`query($m: Metric, $k: IndicatorKind) { county(code: "${code}") { indicators(metric: $m, kind: $k) { metric period kind value evidence { text } } } }`, { m: metric.toUpperCase(), k: 'ACTUAL' }],
      [`{ county(code: "${code}") { indicators(period: "${period}", first: 2) { metric value } all: indicators { metric } } }`, {}],
      [`{ county(code: "${code}") { honours(level: NATIONAL) { year honour { name } recipient { name type county { name } } } every: honours { honour { name } evidence { text } } } }`, {}],
      [`{ county(code: "${code}") { ...parts } } fragment parts on County { code reports { title } ... on County { industries(first: 2) { role industry { name counties { county { name } } } } } }`, {}],
      [`query($c: String!, $n: Int) { county(code: $c) { enterprises(first: $n) { totalCount edges { node { name projects { name } } } } similarCounties(first: 2) { score sharedIndustries county { name prefecture { name } province { name } } } } }`, { c: code, n: 3 }],
      [`{ a: county(code: "${code}") { projects(first: 1) { edges { node { name } } } } b: county(code: "${codes[1]}") { projects(first: 5, orderBy: YEAR_ASC) { edges { node { name year evidence(first: 1) { text } } } } } }`, {}],
      [`{ county(name: "${(await executor.readText('MATCH (c:County {code: $code}) RETURN c.name AS n', { code }))[0]!.n}") { code honours { honour { name } } } }`, {}],
      [`{ county(code: "999999") { name projects { totalCount } } }`, {}],
      [`{ county(code: "${code}") { projects(after: "garbage") { totalCount } } }`, {}],
      [`{ project(id: "no-such-project") { name county { name } } }`, {}],
      [`{ project(id: "${projectIds[0]}") { name industry { name } } }`, {}],
    ];
    for (const [query, variables] of queries) {
      const r = await both(query, variables);
      if (query.includes('garbage')) expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      else expect(r.body.errors).toBeUndefined();
    }
  });

  it('answers a page of projects with their counties in one round trip', async () => {
    const [pick] = await executor.readText('MATCH (p:Project)-[:IN_INDUSTRY]->(i:Industry) MATCH (c:County {code: p.countyCode})-[:IN*1..2]->(pr:Province) RETURN i.name AS industry, pr.name AS province, count(*) AS n ORDER BY n DESC LIMIT 1');
    const r = await ask(planned, `{ projects(where: { province: "${pick!.province}", industry: "${pick!.industry}" }, first: 20) { totalCount edges { node { name county { code name prefecture { name } province { name } } industry { name } enterprises { name } } } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.projects.totalCount).toBe(Number(pick!.n));
    for (const { node } of r.body.data.projects.edges) expect(node.county.province.name).toBe(pick!.province);
    expect(r.roundTrips).toBe(1);
    const i = await ask(planned, `{ industry(name: "${pick!.industry}") { projects(first: 50) { edges { node { name county { name } } } } } }`);
    expect(i.body.data.industry.projects.edges.every((e: any) => e.node.county.name)).toBe(true);
    expect(i.roundTrips).toBe(2);
  });

  it('ranks the league table from the maintained flags as the per-request grouping did', async () => {
    // The reference: every observation of the metric and period grouped per county, the newest report's kept.
    const reference = async (metric: string, period: string, by: 'value' | 'growthPct', province: string | null) =>
      (
        await executor.readText(
          `MATCH (o:Observation {metric: $metric, period: $period, kind: 'actual'}) WHERE o[$by] IS NOT NULL
           AND ($province IS NULL OR EXISTS { (:County {code: o.countyCode})-[:IN*1..2]->(:Province {name: $province}) })
           WITH o ORDER BY o.reportRank DESC, o.id WITH o.countyCode AS code, head(collect(o)) AS o
           RETURN code, o[$by] AS score ORDER BY score DESC, code LIMIT 50`,
          { metric, period, by, province },
        )
      ).map((r) => ({ code: r.code, score: r.score }));
    const pairs = await executor.readText("MATCH (o:Observation {kind: 'actual'}) WHERE o.period IS NOT NULL RETURN DISTINCT o.metric AS metric, o.period AS period ORDER BY metric, period");
    expect(pairs.length).toBeGreaterThan(10);
    let ranked = 0;
    for (const { metric, period } of pairs as { metric: string; period: string }[]) {
      for (const by of ['VALUE', 'GROWTH'] as const) {
        for (const province of [null, '湖南省']) {
          const r = await ask(planned, `query($m: Metric!, $p: String!, $by: RankBy, $prov: String) { rankCounties(metric: $m, period: $p, by: $by, province: $prov, first: 50) { county { code } value growthPct } }`, { m: metric.toUpperCase(), p: period, by, prov: province });
          expect(r.body.errors).toBeUndefined();
          const got = r.body.data.rankCounties.map((x: any) => ({ code: x.county.code, score: by === 'VALUE' ? x.value : x.growthPct }));
          expect(got, `${metric} ${period} ${by} ${province}`).toEqual(await reference(metric, period, by === 'VALUE' ? 'value' : 'growthPct', province));
          ranked += got.length;
        }
      }
    }
    expect(ranked).toBeGreaterThan(20);
  });

  it('leaves a county asked only for its own fields to the county loader', async () => {
    const r = await both(`{ county(code: "${codes[0]}") { code name province { name } } }`);
    expect(r.body.data.county.name).toBeTruthy();
    expect(r.planned).toBe(1);
  });

  it('answers the documented examples the same way', async () => {
    const dir = join(PROJECT_ROOT, 'docs', 'queries');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.graphql'))) {
      const r = await both(readFileSync(join(dir, f), 'utf8'));
      expect(r.body.errors, f).toBeUndefined();
    }
  });
});
