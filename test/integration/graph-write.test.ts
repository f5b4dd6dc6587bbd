import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { deleteReport, writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import { graphFingerprint, useGraph } from '../helpers/graph.ts';
import { warmWritePlans } from '../../src/graph/warm-up.ts';
import { cypher } from '../../src/graph/queries.ts';
import { markLatestObservations } from '../../src/graph/migrate.ts';

const sample = (f: string) => readFileSync(join(PROJECT_ROOT, 'data', 'reports', f), 'utf8');
const opts = (path: string) => ({ path, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });

describe('writing reports into the graph', () => {
  const { executor } = useGraph();

  const counts = async () => {
    const [row] = await executor.readText(`
      MATCH (n) WHERE NOT n:CountyGraphTestDatabase
      WITH count(n) AS nodes, sum(size(keys(n))) AS nodeProps
      OPTIONAL MATCH ()-[r]->()
      RETURN nodes, nodeProps, count(r) AS rels, sum(size(keys(r))) AS relProps`);
    return row;
  };

  it('writes a report with its county chain, facts and evidence', async () => {
    const x = extractText(sample('000_fb4594d07f176b4c.txt'), '000.txt');
    const out = await writeReport(executor, x, opts('/r/000.txt'));
    expect(out.status).toBe('written');
    const [chain] = await executor.readText(
      "MATCH (r:Report {id: $id})-[:ABOUT]->(c:County {code: '431025'})-[:IN]->(:Prefecture {name: '郴州市'})-[:IN]->(:Province {name: '湖南省'}) RETURN c.name AS county",
      { id: x.report.id },
    );
    expect(chain).toEqual({ county: '临武县' });
    const [facts] = await executor.readText(`
      MATCH (c:County {code: '431025'})
      RETURN COUNT { (c)-[:HAS_PROJECT]->(:Project)-[:EVIDENCED_BY {fact: 'Project'}]->(:Report) } AS projects, COUNT { (c)-[:HAS_INDUSTRY]->(:Industry) } AS industries,
             COUNT { (c)-[:REPORTED]->(:Observation) } AS observations, COUNT { (c)-[:RECEIVED]->(:Honour) } AS countyHonours`);
    const distinctProjects = new Set(x.projects.map((p) => p.name.replace(/[“”"]/g, '').replace(/(项目|工程)$/, ''))).size;
    expect(facts).toMatchObject({ projects: distinctProjects, industries: x.industries.length, observations: x.indicators.length });
    expect(facts!.countyHonours).toBeGreaterThan(5);
  });

  it('gives every Project, Honour, Observation and HAS_INDUSTRY evidence with the sentence and offsets', async () => {
    for (const f of ['000_fb4594d07f176b4c.txt', '002_db3e59a35cbc5e31.txt']) await writeReport(executor, extractText(sample(f), f), opts(`/r/${f}`));
    const [missing] = await executor.readText(`
      RETURN
        COUNT { MATCH (p:Project) WHERE NOT EXISTS { (p)-[:EVIDENCED_BY]->(:Report) } } AS projects,
        COUNT { MATCH (h:Honour) WHERE NOT EXISTS { (h)-[:EVIDENCED_BY {fact: 'RECEIVED'}]->(:Report) } } AS honours,
        COUNT { MATCH (o:Observation) WHERE NOT EXISTS { (o)-[:EVIDENCED_BY]->(:Report) } } AS observations,
        COUNT { MATCH (c:County)-[h:HAS_INDUSTRY]->(i:Industry) WHERE NOT EXISTS { (i)-[:EVIDENCED_BY {fact: 'HAS_INDUSTRY'}]->(:Report)-[:ABOUT]->(c) } } AS hasIndustry`);
    expect(missing).toEqual({ projects: 0, honours: 0, observations: 0, hasIndustry: 0 });
    const evidence = await executor.readText('MATCH ()-[e:EVIDENCED_BY]->(r:Report) RETURN e.text AS text, e.start AS start, e.end AS end, r.chars AS chars');
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) {
      expect(e.text).toEqual(expect.any(String));
      expect((e.end as number) - (e.start as number)).toBe((e.text as string).length);
      expect(e.end as number).toBeLessThanOrEqual(e.chars as number);
    }
  });

  it('is idempotent: loading the same report twice changes nothing', async () => {
    const x = extractText(sample('001_8c93e10fb14268ae.txt'), '001.txt');
    await writeReport(executor, x, opts('/r/001.txt'));
    const before = await counts();
    const again = await writeReport(executor, x, opts('/r/001.txt'));
    expect(again.status).toBe('unchanged');
    expect(await counts()).toEqual(before);
    const forced = await writeReport(executor, x, { ...opts('/r/001.txt'), force: true });
    expect(forced.status).toBe('written');
    expect(await counts()).toEqual(before);
  });

  it('replaces the facts of a file whose text changed instead of adding to them', async () => {
    const v1 = '临武县2023年工作综述\n2023年,临武县地区生产总值增长3%。东城大道、西城大道等项目顺利完工。';
    const v2 = '临武县2023年工作综述\n2023年,临武县地区生产总值增长4%。南城大道等项目顺利完工。';
    await writeReport(executor, extractText(v1, 'a.txt'), opts('/r/a.txt'));
    const out = await writeReport(executor, extractText(v2, 'a.txt'), opts('/r/a.txt'));
    expect(out.replaced).toHaveLength(1);
    const rows = await executor.readText('MATCH (r:Report) RETURN count(r) AS reports, COUNT { MATCH (p:Project) } AS projects, COLLECT { MATCH (o:Observation) RETURN o.growthPct } AS growth');
    expect(rows[0]).toEqual({ reports: 1, projects: 1, growth: [4] });
  });

  it('writes a report in one transaction: a failure in the middle leaves no trace of it', async () => {
    const x = extractText(sample('004_bb1220a0de392d27.txt'), '004.txt');
    await expect(writeReport(executor, x, { ...opts('/r/004.txt'), failAfter: 'report/write' })).rejects.toThrow(/forced failure/);
    expect(await counts()).toMatchObject({ nodes: 0, rels: 0 });
  });

  it('keeps the stored version whole when writing its replacement fails after the old one was removed', async () => {
    const v1 = '临武县2023年工作综述\n2023年,临武县地区生产总值增长5%。临武锂电池项目开工建设。';
    const v2 = '临武县2023年工作综述\n2023年,临武县地区生产总值增长4%。';
    await writeReport(executor, extractText(v1, 'a.txt'), opts('/r/a.txt'));
    const before = await counts();
    await expect(writeReport(executor, extractText(v2, 'a.txt'), { ...opts('/r/a.txt'), failAfter: 'report/delete' })).rejects.toThrow(/forced failure/);
    expect(await counts()).toEqual(before);
    const [row] = await executor.readText('MATCH (o:Observation) RETURN collect(o.growthPct) AS growth');
    expect(row).toEqual({ growth: [5] });
  });

  it('resolves the same entities named in two reports into one node, with the names seen as aliases', async () => {
    const a = '临武县2023年工作综述\n2023年,临武县把锂电产业作为“一号工程”,引进湖南安能锂业有限公司。国家卫生县城顺利创建成功。';
    const b = '嘉禾县2023年工作综述\n2023年,嘉禾县做强锂电产业,安能锂业投资的嘉禾锂电池项目开工建设。嘉禾县成功创建“国家卫生县城”。';
    await writeReport(executor, extractText(a, 'a.txt'), opts('/r/a.txt'));
    await writeReport(executor, extractText(b, 'b.txt'), opts('/r/b.txt'));
    const [row] = await executor.readText(`
      MATCH (i:Industry {name: '锂电'})
      MATCH (e:Enterprise) WHERE e.key = '安能锂业'
      MATCH (h:Honour {key: '国家卫生县城'})
      RETURN COUNT { (:County)-[:HAS_INDUSTRY]->(i) } AS industryCounties, e.aliases AS aliases,
             COUNT { (e)-[:LOCATED_IN]->(:County) } AS enterpriseCounties, COUNT { (:County)-[:RECEIVED]->(h) } AS honourCounties,
             COUNT { MATCH (x:Enterprise) } AS enterprises`);
    expect(row).toMatchObject({ industryCounties: 2, honourCounties: 2, enterprises: 1 });
    expect((row!.aliases as string[]).sort()).toEqual(['安能锂业', '湖南安能锂业有限公司']);
  });

  it('deletes a report and what only it supported, keeping what another report still states', async () => {
    const a = '临武县2023年工作综述\n2023年,临武县把锂电产业作为“一号工程”。国家卫生县城顺利创建成功。东城大道等项目顺利完工。';
    const b = '临武县2023年上半年工作简报\n2023年,临武县做强锂电产业。东城大道等项目顺利完工。';
    const xa = extractText(a, 'a.txt');
    const xb = extractText(b, 'b.txt');
    await writeReport(executor, xa, opts('/r/a.txt'));
    await writeReport(executor, xb, opts('/r/b.txt'));
    expect((await deleteReport(executor, xa.report.id)).deleted).toBe(true);
    const [row] = await executor.readText(`
      RETURN COUNT { MATCH (r:Report) } AS reports, COUNT { MATCH (:Honour) } AS honours,
             COLLECT { MATCH (:County)-[h:HAS_INDUSTRY]->(:Industry {name: '锂电'}) RETURN [h.sources, h.role] } AS industry,
             COLLECT { MATCH (:County)-[h:HAS_PROJECT]->(p:Project) RETURN [p.name, h.sources] } AS projects`);
    expect(row).toEqual({ reports: 1, honours: 0, industry: [[[xb.report.id], null]], projects: [['东城大道', [xb.report.id]]] });
    // Another county of the same prefecture keeps the prefecture and the province in the graph.
    const xc = extractText('嘉禾县2023年工作简报\n2023年,嘉禾县地区生产总值增长5%。', 'c.txt');
    await writeReport(executor, xc, opts('/r/c.txt'));
    expect((await deleteReport(executor, xb.report.id)).deleted).toBe(true);
    const places = async () => (await executor.readText('MATCH (n) WHERE n:County OR n:Prefecture OR n:Province RETURN n.name AS name ORDER BY name')).map((r) => r.name);
    expect(await places()).toEqual(['嘉禾县', '湖南省', '郴州市']);
    // The last report of a county takes the county, and its prefecture and province when nothing else is in them.
    expect((await deleteReport(executor, xc.report.id)).deleted).toBe(true);
    expect(await places()).toEqual([]);
    expect(await counts()).toMatchObject({ nodes: 0, rels: 0 });
    expect((await deleteReport(executor, 'no-such-report')).deleted).toBe(false);
  });

  it('shows the figures of the newest report for a project, whatever the load order, and the older ones again once the newest is deleted', async () => {
    const older = '临武县2022年政府工作报告\n2022年,临武县东城大道项目总投资5亿元,开工建设。';
    const newer = '临武县2023年政府工作报告\n2023年,临武县东城大道项目总投资6.5亿元,顺利完工。';
    const xo = extractText(older, 'old.txt', { publishedAt: '2022-02-01' });
    const xn = extractText(newer, 'new.txt', { publishedAt: '2023-02-01' });
    const project = async () => (await executor.readText("MATCH (p:Project) WHERE p.name CONTAINS '东城大道' RETURN p.investmentYuan AS investment, p.status AS status"))[0];
    for (const order of [[xo, xn], [xn, xo]]) {
      for (const x of order) await writeReport(executor, x, opts(`/r/${x.report.file}`));
      expect(await project()).toEqual({ investment: 650_000_000, status: 'completed' });
      await deleteReport(executor, xo.report.id);
      await deleteReport(executor, xn.report.id);
    }
    await writeReport(executor, xo, opts('/r/old.txt'));
    await writeReport(executor, xn, opts('/r/new.txt'));
    await deleteReport(executor, xn.report.id);
    expect(await project()).toEqual({ investment: 500_000_000, status: 'started' });
  });

  it("keeps each county's latest statement of a metric flagged for the league table, through loads in any order, replacements and deletes", async () => {
    // Three bulletins on the 2023 GDP of one county: the newest gives only a growth rate.
    const texts = [
      ['a.txt', '2024-01-10', '临武县2023年经济运行简况\n2023年,临武县实现地区生产总值180亿元,增长5.1%。'],
      ['b.txt', '2024-03-01', '临武县2023年国民经济和社会发展统计公报\n2023年,临武县实现地区生产总值182.5亿元,比上年增长5.3%。'],
      ['c.txt', '2024-06-01', '临武县经济发展综述\n2023年,临武县地区生产总值比上年增长5.4%。'],
    ].map(([f, date, text]) => extractText(text!, f!, { publishedAt: date }));
    const latest = async () =>
      executor.readText(`MATCH (o:Observation {metric: 'gdp', period: '2023', kind: 'actual'})
        RETURN o.value AS value, o.growthPct AS growth, o.latestValue AS latestValue, o.latestGrowth AS latestGrowth ORDER BY o.reportRank`);
    // The reference: the league table's grouping, per request, over every observation.
    const reference = async (by: 'value' | 'growthPct') =>
      (await executor.readText(`MATCH (o:Observation {metric: 'gdp', period: '2023', kind: 'actual'}) WHERE o['${by}'] IS NOT NULL
        WITH o ORDER BY o.reportRank DESC WITH o.countyCode AS code, head(collect(o)) AS o RETURN o['${by}'] AS x`)).map((r) => r.x);
    const flagged = async (flag: 'latestValue' | 'latestGrowth', by: 'value' | 'growthPct') =>
      (await executor.readText(`MATCH (o:Observation {metric: 'gdp', period: '2023', kind: 'actual'}) WHERE o.${flag} RETURN o['${by}'] AS x`)).map((r) => r.x);
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
      for (const i of order) await writeReport(executor, texts[i]!, opts(`/r/${texts[i]!.report.file}`));
      expect(await latest()).toEqual([
        { value: 18_000_000_000, growth: 5.1, latestValue: false, latestGrowth: false },
        { value: 18_250_000_000, growth: 5.3, latestValue: true, latestGrowth: false },
        { value: null, growth: 5.4, latestValue: false, latestGrowth: true },
      ]);
      expect(await flagged('latestValue', 'value')).toEqual(await reference('value'));
      expect(await flagged('latestGrowth', 'growthPct')).toEqual(await reference('growthPct'));
      for (const x of texts) await deleteReport(executor, x.report.id);
    }
    for (const x of texts) await writeReport(executor, x, opts(`/r/${x.report.file}`));
    // Deleting the newest value hands the flag to the one before; deleting the growth-only one hands growth back.
    await deleteReport(executor, texts[1]!.report.id);
    await deleteReport(executor, texts[2]!.report.id);
    expect(await latest()).toEqual([{ value: 18_000_000_000, growth: 5.1, latestValue: true, latestGrowth: true }]);
    // A file whose text changed replaces its report: the flags follow the new figures.
    const changed = extractText('临武县2023年经济运行简况\n2023年,临武县实现地区生产总值181亿元,增长5.2%。', 'a.txt', { publishedAt: '2024-01-10' });
    await writeReport(executor, changed, opts('/r/a.txt'));
    expect(await latest()).toEqual([{ value: 18_100_000_000, growth: 5.2, latestValue: true, latestGrowth: true }]);
    // A graph written before the flags existed gets them when the schema is applied.
    await writeReport(executor, texts[2]!, opts('/r/c.txt'));
    await executor.writeText('MATCH (o:Observation) REMOVE o.latestValue, o.latestGrowth');
    expect(await markLatestObservations(executor, 1)).toBe(1);
    expect(await latest()).toEqual([
      { value: 18_100_000_000, growth: 5.2, latestValue: true, latestGrowth: false },
      { value: null, growth: 5.4, latestValue: false, latestGrowth: true },
    ]);
    expect(await markLatestObservations(executor)).toBe(0);
  });

  it('rehearses the write statements without leaving anything in the graph', async () => {
    await writeReport(executor, extractText(sample('000_fb4594d07f176b4c.txt'), 'a.txt'), opts('/r/a.txt'));
    const before = await graphFingerprint(executor);
    const ran = new Set<string>();
    const writeTx = executor.writeTx.bind(executor);
    executor.writeTx = (work, label) => writeTx((tx) => work(new Proxy(tx, { get: (t, k) => (k === 'run' ? (text: string, params: unknown) => (ran.add(text.replace(/^CYPHER replan=skip\n/, '')), t.run(text, params as never)) : Reflect.get(t, k)) })), label);
    try {
      await warmWritePlans(executor);
    } finally {
      executor.writeTx = writeTx;
    }
    expect(await graphFingerprint(executor)).toEqual(before);
    // Every statement a load writes with ran (the delete on its own, for a report no one has).
    for (const name of ['report/claim', 'report/write', 'report/write-observations', 'report/write-industries', 'report/write-enterprises', 'report/write-projects', 'report/write-honours', 'report/settle-projects', 'report/mark-latest', 'report/delete'] as const) {
      expect(ran.has(cypher(name)), name).toBe(true);
    }
  });
});
