import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createApi } from '../../src/api/server.ts';
import { createExecutor } from '../../src/graph/executor.ts';
import { writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import { ingestPool } from '../../src/graph/ingest.ts';
import { useGraph, wipe } from '../helpers/graph.ts';

const SAMPLES = join(PROJECT_ROOT, 'data', 'reports');
const EXAMPLES = join(PROJECT_ROOT, 'docs', 'queries');
const TOKEN = 'test-token-0123456789';

type Body = { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('GraphQL API over the sample graph', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });
  const yoga = createApi(executor, { corsOrigin: undefined, token: TOKEN });
  const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Body> => {
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as Body;
  };

  beforeAll(async () => {
    await wipe(executor);
    for (const f of readdirSync(SAMPLES)) {
      await writeReport(executor, extractText(readFileSync(join(SAMPLES, f), 'utf8'), f), { path: `/sample/${f}`, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });
    }
  }, 120_000);

  describe('documented examples (docs/queries) give the answers shown beside them', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql')).sort();
    it('has a dozen examples', () => expect(files.length).toBeGreaterThanOrEqual(12));
    it.each(files)('%s', async (file) => {
      const body = await gql(readFileSync(join(EXAMPLES, file), 'utf8'));
      expect(body.errors).toBeUndefined();
      await expect(`${JSON.stringify(body, null, 2)}\n`).toMatchFileSnapshot(join(EXAMPLES, file.replace(/\.graphql$/, '.json')));
    });
  });

  it('finds counties by code, full name and short name, and says when a name is ambiguous', async () => {
    const body = await gql('{ a: county(code: "141026") { name } b: county(name: "安泽县") { code } c: county(name: "安泽") { code } d: county(code: "999999") { name } }');
    expect(body.data).toEqual({ a: { name: '安泽县' }, b: { code: '141026' }, c: { code: '141026' }, d: null });
  });

  it('lists reports and the stats of the graph', async () => {
    const body = await gql('{ reports(first: 2) { totalCount edges { node { id title publisher publishedAt script county { name } } } } stats { reports labels { label count } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.reports.totalCount).toBe(5);
    expect(body.data.reports.edges).toHaveLength(2);
    expect(body.data.reports.edges[0].node.county.name).toEqual(expect.any(String));
    expect(body.data.stats.reports).toBe(5);
    expect(body.data.stats.labels).toContainEqual({ label: 'County', count: 5 });
  });

  it('pages through connections with cursors and caps first at 100', async () => {
    const first = await gql('{ projects(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }');
    const p = first.data.projects;
    expect(p.totalCount).toBeGreaterThan(20);
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await gql('query($after: String) { projects(first: 2, after: $after) { pageInfo { hasPreviousPage } edges { node { id } } } }', { after: p.pageInfo.endCursor });
    expect(next.data.projects.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...p.edges, ...next.data.projects.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    const big = await gql('{ projects(first: 1000) { edges { cursor } } }');
    expect(big.data.projects.edges.length).toBeLessThanOrEqual(100);
    const bad = await gql('{ projects(first: -1) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await gql('{ projects(after: "not-a-cursor") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds the same projects whichever filter the search starts from (industry, enterprise, county, province, none)', async () => {
    const [expected] = await executor.readText(`
      RETURN COUNT { MATCH (p:Project) } AS all, COUNT { MATCH (p:Project) WHERE p.countyCode STARTS WITH '43' } AS hunan,
             COUNT { MATCH (p:Project {countyCode: '431025'}) } AS linwu,
             COUNT { MATCH (p:Project)-[:IN_INDUSTRY]->(:Industry {key: '焦化'}) WHERE p.countyCode STARTS WITH '14' } AS coking,
             COUNT { MATCH (p:Project)-[:IN_INDUSTRY]->(:Industry {key: '焦化'}) WHERE p.countyCode STARTS WITH '43' } AS cokingHunan`);
    const body = await gql(`{
      all: projects { totalCount } hunan: projects(where: { province: "湖南" }) { totalCount }
      linwu: projects(where: { county: "431025" }) { totalCount edges { node { county { code } } } }
      coking: projects(where: { province: "山西", industry: "焦化" }) { totalCount }
      cokingHunan: projects(where: { province: "湖南", industry: "焦化" }) { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    expect(expected!.linwu).toBeGreaterThan(5);
    expect(expected!.coking).toBeGreaterThan(0);
    expect(body.data.all.totalCount).toBe(expected!.all);
    expect(body.data.hunan.totalCount).toBe(expected!.hunan);
    expect(body.data.linwu.totalCount).toBe(expected!.linwu);
    expect(new Set(body.data.linwu.edges.map((e: any) => e.node.county.code))).toEqual(new Set(['431025']));
    expect(body.data.coking.totalCount).toBe(expected!.coking);
    expect(body.data.cokingHunan.totalCount).toBe(expected!.cokingHunan);
  });

  it('filters projects by status, year, investment and enterprise, and counties by metric ranges and honour level', async () => {
    const body = await gql(`{
      completed: projects(where: { status: COMPLETED, year: 2019 }) { totalCount }
      big: projects(where: { minInvestmentYuan: 1e9 }) { edges { node { name investmentYuan } } }
      byEnterprise: projects(where: { enterprise: "中能建公司" }) { edges { node { name } } }
      fast: counties(where: { metric: { metric: GDP, period: "2023", minGrowthPct: 10 } }) { edges { node { name } } }
      national: counties(where: { honourLevel: NATIONAL, province: "山西" }) { edges { node { name } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.completed.totalCount).toBeGreaterThan(5);
    for (const e of body.data.big.edges) expect(e.node.investmentYuan).toBeGreaterThanOrEqual(1e9);
    expect(body.data.big.edges.map((e: any) => e.node.name)).toContain('中建材碲化镉发电玻璃项目');
    expect(body.data.byEnterprise.edges.map((e: any) => e.node.name)).toEqual(['18万千瓦光伏发电项目']);
    expect(body.data.fast.edges.map((e: any) => e.node.name)).toEqual(['安泽县']);
    expect(body.data.national.edges.map((e: any) => e.node.name)).toEqual(['安泽县']);
  });

  it('answers 50 counties with their projects, industries and honours in a bounded number of round trips', async () => {
    const query = `{ counties(first: 50) { edges { node { name province { name } projects(first: 5) { totalCount edges { node { name industry { name } enterprises { name } evidence { text } } } } industries { role industry { name } evidence { text } } honours { year honour { name } recipient { name } evidence { text } } } } } }`;
    const before = executor.roundTrips;
    const body = await gql(query);
    expect(body.errors).toBeUndefined();
    expect(body.data.counties.edges).toHaveLength(5);
    const trips = executor.roundTrips - before;
    // One query per level of fields, whatever the number of counties.
    expect(trips).toBeLessThanOrEqual(10);
  });

  it('runs every read in read mode', async () => {
    const before = executor.roundTrips;
    await gql('{ stats { reports } }');
    expect(executor.roundTrips - before).toBe(2);
    // The executor's reads are auto-commit queries in read-mode sessions; a write through them is refused by Neo4j.
    await expect(executor.readText("CREATE (:County {code: 'x'})")).rejects.toThrow();
  });

  it('treats hostile strings in every argument as data: nothing breaks, nothing leaks, nothing runs', async () => {
    const hostile = ["'}) DETACH DELETE n //", '\\"; MATCH (n) DETACH DELETE n; //', 'x` RETURN 1 //', '锂电" OR 1=1 --', '*:*', 'AND OR NOT ~ ^ [a TO z]'];
    const countBefore = (await executor.readText('MATCH (n) RETURN count(n) AS n'))[0]!.n;
    for (const s of hostile) {
      const body = await gql(
        `query($s: String!, $id: ID!) {
          county(name: $s) { code }
          counties(where: { province: $s, prefecture: $s, industry: $s, nameContains: $s }) { totalCount }
          projects(where: { county: $s, province: $s, industry: $s, enterprise: $s, nameContains: $s }) { totalCount }
          industry(name: $s) { name }
          enterprise(name: $s) { name }
          enterprises(where: { county: $s, nameContains: $s }) { totalCount }
          honours(where: { province: $s, nameContains: $s }) { totalCount }
          rankCounties(metric: GDP, period: $s) { rank }
          search(text: $s) { name }
          report(id: $id) { id }
        }`,
        { s, id: s },
      );
      expect(body.errors, s).toBeUndefined();
      expect(JSON.stringify(body)).not.toMatch(/MATCH|Neo4j|cypher/i);
    }
    expect((await executor.readText('MATCH (n) RETURN count(n) AS n'))[0]!.n).toBe(countBefore);
  });

  it('refuses queries that are too deep, too costly, too aliased or too long, quickly and with a clear error', async () => {
    const deep = `{ county(code: "431025") { projects { edges { node { county { projects { edges { node { county { projects { edges { node { county { name } } } } } } } } } } } } } }`;
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: version`).join(' ')} }`;
    const tokens = `{ ${Array.from({ length: 4000 }, () => 'version').join(' ')} }`;
    const costly = `{ counties(first: 100) { edges { node { projects(first: 100) { edges { node { enterprises { projects { enterprises { name } } } } } } } } } }`;
    for (const [name, q] of Object.entries({ deep, aliases, tokens, costly })) {
      const t0 = Date.now();
      const body = await gql(q);
      expect(body.data, name).toBeUndefined();
      expect(body.errors?.[0]?.message, name).toMatch(/depth|alias|token|cost|limit/i);
      expect(Date.now() - t0, name).toBeLessThan(1000);
    }
  });

  it('keeps answering other clients correctly while hostile queries are being refused', async () => {
    const normal = '{ county(code: "431025") { name projects(first: 5) { totalCount } industries { industry { name } } } }';
    const expected = (await gql(normal)).data;
    expect(expected.county.name).toBe('临武县');
    const hostile = [
      `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: version`).join(' ')} }`,
      `{ ${Array.from({ length: 4000 }, () => 'version').join(' ')} }`,
      `{ counties(first: 100) { edges { node { projects(first: 100) { edges { node { enterprises { projects { enterprises { name } } } } } } } } } }`,
    ];
    const results = await Promise.all([
      ...Array.from({ length: 60 }, (_, i) => gql(hostile[i % hostile.length]!).then((b) => ({ kind: 'hostile', b }))),
      ...Array.from({ length: 20 }, () => gql(normal).then((b) => ({ kind: 'normal', b }))),
    ]);
    for (const { kind, b } of results) {
      if (kind === 'hostile') expect(b.data).toBeUndefined();
      else expect(b).toEqual({ data: expected });
    }
  });

  it('allows mutations only with the token, ingests and deletes reports, and reports what it wrote', async () => {
    const ingest = `mutation($text: String!) { ingestReport(text: $text, fileName: "api-test.txt", publishedAt: "2024-02-01") { status indicators projects honours report { id title publishedAt county { name } } } }`;
    const text = '嘉禾县2023年工作综述\n2023年,嘉禾县地区生产总值增长5.1%。南屏大道、城东大桥等项目顺利完工。嘉禾县成功创建国家卫生县城。';
    const none = await gql(ingest, { text });
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await gql(ingest, { text }, { authorization: 'Bearer wrong' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const before = ingestPool().stats().done;
    const ok = await gql(ingest, { text }, { authorization: `Bearer ${TOKEN}` });
    expect(ok.errors).toBeUndefined();
    // Extracted on the API's extraction thread, not on the event loop that serves requests.
    expect(ingestPool().stats().done).toBe(before + 1);
    expect(ok.data.ingestReport).toMatchObject({ status: 'written', indicators: 1, projects: 2, honours: 1, report: { title: '嘉禾县2023年工作综述', publishedAt: '2024-02-01', county: { name: '嘉禾县' } } });
    const id = ok.data.ingestReport.report.id;
    const del = await gql(`mutation { deleteReport(id: "${id}") { deleted nodesDeleted } }`, {}, { authorization: `Bearer ${TOKEN}` });
    expect(del.data.deleteReport.deleted).toBe(true);
    expect((await gql(`{ report(id: "${id}") { id } }`)).data.report).toBeNull();
    const disabled = createApi(executor, { corsOrigin: undefined });
    const res = await disabled.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: 'mutation { deleteReport(id: "x") { deleted } }' }) });
    expect(((await res.json()) as Body).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('ingests a report with what the caller knows (county, url, title), shown with the evidence of its facts', async () => {
    const ingest = `mutation($text: String!, $county: String, $url: String) { ingestReport(text: $text, fileName: "hinted.txt", county: $county, url: $url, title: "简报") { status report { id title url countyConfidence county { code } } } }`;
    const text = '经济运行简报\n2023年,全县地区生产总值增长5.3%,我县新签约项目20个。';
    const bad = await gql(ingest, { text, county: '鼓楼区' }, { authorization: `Bearer ${TOKEN}` });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/鼓楼区 names several units/);
    const ok = await gql(ingest, { text, county: '431024', url: 'https://example.org/hinted' }, { authorization: `Bearer ${TOKEN}` });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.ingestReport).toMatchObject({ status: 'written', report: { title: '简报', url: 'https://example.org/hinted', countyConfidence: 'given', county: { code: '431024' } } });
    const seen = await gql(`{ county(code: "431024") { indicators(metric: GDP, period: "2023") { growthPct evidence { report { url } } } } }`);
    expect(seen.data.county.indicators).toContainEqual({ growthPct: 5.3, evidence: { report: { url: 'https://example.org/hinted' } } });
    await gql(`mutation { deleteReport(id: "${ok.data.ingestReport.report.id}") { deleted } }`, {}, { authorization: `Bearer ${TOKEN}` });
  });

  it('refuses what ingestReport cannot store as given, and dates a known text anew when told another date', async () => {
    const ingest = `mutation($text: String!, $fileName: String!, $publishedAt: String) { ingestReport(text: $text, fileName: $fileName, publishedAt: $publishedAt) { status report { id publishedAt } } }`;
    const text = '嘉禾县2023年工作综述\n2023年,嘉禾县地区生产总值增长5.1%。';
    const auth = { authorization: `Bearer ${TOKEN}` };
    const reports = async () => (await gql('{ reports(first: 5) { totalCount } }')).data.reports.totalCount;
    const before = await reports();
    for (const [vars, message] of [
      [{ text, fileName: 'x'.repeat(9000) }, /fileName/],
      [{ text, fileName: 'a\u0000b.txt' }, /fileName/],
      [{ text, fileName: 'bad-date.txt', publishedAt: '2024-13-45' }, /publishedAt must be a date/],
      [{ text: `${text}\u0000\u0000`, fileName: 'nul.txt' }, /NUL/],
    ] as const) {
      const r = await gql(ingest, vars, auth);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(vars).slice(0, 80)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
    }
    expect(await reports()).toBe(before);
    const first = await gql(ingest, { text, fileName: 'dated.txt', publishedAt: '2024-02-01' }, auth);
    expect(first.data.ingestReport).toMatchObject({ status: 'written', report: { publishedAt: '2024-02-01' } });
    const again = await gql(ingest, { text, fileName: 'dated.txt', publishedAt: '2024-02-01' }, auth);
    expect(again.data.ingestReport.status).toBe('unchanged');
    const redated = await gql(ingest, { text, fileName: 'dated.txt', publishedAt: '2024-03-15' }, auth);
    expect(redated.data.ingestReport).toMatchObject({ status: 'written', report: { id: first.data.ingestReport.report.id, publishedAt: '2024-03-15' } });
    await gql(`mutation { deleteReport(id: "${first.data.ingestReport.report.id}") { deleted } }`, {}, auth);
  });

  it('bounds every list that grows: first on nested lists (at most 500), and queries that could return too much are refused before they run', async () => {
    const capped = await gql('{ county(code: "431025") { reports(first: 1) { title } honours(first: 2) { year } industries(first: 1) { role } indicators(first: 3) { period } } }');
    expect(capped.errors).toBeUndefined();
    expect(capped.data.county.reports).toHaveLength(1);
    expect(capped.data.county.honours).toHaveLength(2);
    expect(capped.data.county.industries).toHaveLength(1);
    expect(capped.data.county.indicators).toHaveLength(3);
    const negative = await gql('{ county(code: "431025") { reports(first: -1) { title } } }');
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const flood = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: honours(first: 100) { edges { node { awards { year evidence { text } } } } }`).join(' ')} }`;
    const refused = await gql(flood);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(refused.errors?.[0]?.message).toMatch(/could return up to \d+ values; the limit is 500000/);
    expect(refused.data ?? null).toBeNull();
  });

  it('gives a clear error when Neo4j is unreachable, without leaking details', async () => {
    const dead = createExecutor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', connectionAcquisitionTimeoutMs: 1000, maxTransactionRetryTimeMs: 0 });
    try {
      const api = createApi(dead, { corsOrigin: undefined });
      const res = await api.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ counties { totalCount } }' }) });
      const body = (await res.json()) as Body;
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not reachable/), extensions: { code: 'NEO4J_UNAVAILABLE' } });
      expect(JSON.stringify(body)).not.toMatch(/bolt|127\.0\.0\.1|stack|MATCH/);
    } finally {
      await dead.close();
    }
  });

  it('documents every type and field in the SDL', async () => {
    const body = await gql('{ __schema { types { name kind description fields { name description } } } }');
    const ours = body.data.__schema.types.filter((t: any) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));
    for (const t of ours) {
      expect(t.description, t.name).toBeTruthy();
      for (const f of t.fields ?? []) expect(f.description, `${t.name}.${f.name}`).toBeTruthy();
    }
  });
});
