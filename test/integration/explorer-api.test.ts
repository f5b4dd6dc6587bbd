import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { createApi, loadSchema, LIMITS, serveApi } from '../../src/api/server.ts';
import { operationCost } from '../../src/api/cost.ts';
import { deleteReport, writeReport } from '../../src/graph/write-report.ts';
import { extractText, EXTRACTOR_VERSION } from '../../loaders/index.ts';
import * as Q from '../../src/explorer/client/queries.ts';
import { useGraph, wipe } from '../helpers/graph.ts';

const SAMPLES = join(PROJECT_ROOT, 'data', 'reports');

type Body = { data?: any; errors?: { message: string }[] };

describe('what the explorer reads: report texts, facts in place, periods, its own queries', () => {
  const { executor } = useGraph({ wipeBeforeEach: false });
  const yoga = createApi(executor, { corsOrigin: undefined });
  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<Body> => {
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as Body;
  };
  const texts = new Map<string, string>();

  beforeAll(async () => {
    await wipe(executor);
    for (const f of readdirSync(SAMPLES)) {
      const x = extractText(readFileSync(join(SAMPLES, f), 'utf8'), f);
      texts.set(x.report.id, x.text!);
      await writeReport(executor, x, { path: `/sample/${f}`, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });
    }
  }, 120_000);

  it('keeps each report’s normalized text, and every fact’s words and sentence stand at their offsets in it', async () => {
    let facts = 0;
    let inPlace = 0;
    for (const [id, text] of texts) {
      const body = await gql('query($id: ID!) { report(id: $id) { text facts { type words start end evidence { text start end } } } }', { id });
      expect(body.errors).toBeUndefined();
      const r = body.data.report;
      expect(r.text).toBe(text);
      // As many facts as the graph holds evidence for (a recipient's own evidence repeats its award's).
      const [count] = await executor.readText("MATCH (n)-[e:EVIDENCED_BY]->(:Report {id: $id}) WHERE e.fact <> 'RECIPIENT' RETURN count(e) AS n", { id });
      expect(r.facts.length).toBe(Number(count!.n));
      expect(r.facts.length).toBeGreaterThan(10);
      for (const f of r.facts) {
        expect(text.slice(f.start, f.end)).toBe(f.words);
        expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
        expect(f.start).toBeGreaterThanOrEqual(f.evidence.start);
        expect(f.end).toBeLessThanOrEqual(f.evidence.end);
        facts++;
        if (f.end - f.start < f.evidence.end - f.evidence.start) inPlace++;
      }
      const starts = r.facts.map((f: { start: number }) => f.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    // Most facts are found by their own words inside the sentence, not only by the sentence.
    expect(inPlace / facts).toBeGreaterThan(0.8);
  });

  it('gives each fact the thing it is about', async () => {
    const [id] = [...texts.keys()];
    const body = await gql('query($id: ID!) { report(id: $id) { facts { type observation { metric } project { id } industry { name } enterprise { name } award { honour { name } recipient { name } } } } }', { id });
    for (const f of body.data.report.facts) {
      const about = { INDICATOR: f.observation, PROJECT: f.project, INDUSTRY: f.industry, ENTERPRISE: f.enterprise, HONOUR: f.award }[f.type as string];
      expect(about, f.type).toBeTruthy();
    }
  });

  it('lists the periods of a metric with the number of counties reporting each', async () => {
    const body = await gql('{ indicatorPeriods(metric: GDP) { period counties } }');
    const rows = await executor.readText("MATCH (o:Observation {metric: 'gdp', kind: 'actual'}) WHERE o.period IS NOT NULL RETURN o.period AS period, count(DISTINCT o.countyCode) AS counties ORDER BY period DESC");
    expect(body.data.indicatorPeriods).toEqual(rows.map((r) => ({ period: r.period, counties: Number(r.counties) })));
    expect(body.data.indicatorPeriods.length).toBeGreaterThan(0);
  });

  it('removes a report’s text with the report', async () => {
    const [id] = [...texts.keys()];
    const before = await executor.readText('MATCH (t:ReportText) RETURN count(t) AS n');
    expect(Number(before[0]!.n)).toBe(texts.size);
    await deleteReport(executor, id!);
    const after = await executor.readText('MATCH (t:ReportText) RETURN count(t) AS n');
    expect(Number(after[0]!.n)).toBe(texts.size - 1);
    const f = readdirSync(SAMPLES).find((name) => extractText(readFileSync(join(SAMPLES, name), 'utf8'), name).report.id === id)!;
    await writeReport(executor, extractText(readFileSync(join(SAMPLES, f), 'utf8'), f), { path: `/sample/${f}`, loadedAt: '2026-01-01T00:00:00Z', extractorVersion: EXTRACTOR_VERSION });
  });

  describe('every query the explorer sends runs on the sample graph, cheap enough never to wait for the expensive lane', () => {
    const schema = loadSchema();
    const cases = (): [string, string, Record<string, unknown>][] => {
      const [reportId] = [...texts.keys()];
      return [
        ['home', Q.HOME_QUERY, {}],
        ['county', Q.COUNTY_QUERY, { code: '431025' }],
        ['project', Q.PROJECT_QUERY, { id: '431025:智慧停车' }],
        ['industry', Q.INDUSTRY_QUERY, { name: '锂电' }],
        ['enterprise', Q.ENTERPRISE_QUERY, { name: '中国电建' }],
        ['report', Q.REPORT_QUERY, { id: reportId }],
        ['league', Q.LEAGUE_QUERY, { metric: 'GDP', period: '2023', by: 'VALUE', kind: 'ACTUAL', province: null, withRanks: true }],
        ['compare', Q.COMPARE_QUERY(4), { c0: '431025', c1: '141026', c2: '430423', c3: '431025' }],
        ['search', Q.SEARCH_QUERY, { text: '临武', first: 50 }],
        ['honours', Q.HONOURS_QUERY, { q: null, level: 'NATIONAL', year: null }],
        ['county code', Q.COUNTY_CODE_QUERY, { n: '临武' }],
      ];
    };
    it('all of them', async () => {
      for (const [name, query, variables] of cases()) {
        const body = await gql(query, variables);
        expect(body.errors, name).toBeUndefined();
        expect(Object.values(body.data).some((v) => v !== null), name).toBe(true);
        expect(operationCost(schema, parse(query), variables), name).toBeLessThan(LIMITS.expensive);
      }
    });
  });

  describe('pages served by the API', () => {
    let url: string;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const s = await serveApi(executor, { port: 0, host: '127.0.0.1', token: undefined, corsOrigin: undefined });
      url = s.url;
      close = () => new Promise((r) => s.server.close(() => r()));
    });
    afterAll(() => close?.());

    it('answers every explorer address with the shell, which links only assets it serves', async () => {
      for (const path of ['/', '/county/431025', '/report/abc', '/league?metric=GDP', '/compare', '/search?q=x', '/honours', '/industry/%E9%94%82%E7%94%B5']) {
        const res = await fetch(url + path);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'");
        const html = await res.text();
        expect(html).toContain('id="view"');
        const links = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
        for (const l of links) expect(l.startsWith('/'), `${path} links ${l}`).toBe(true);
        for (const asset of links.filter((l) => l.startsWith('/assets/'))) {
          const a = await fetch(url + asset);
          expect(a.status, asset).toBe(200);
          expect((await a.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
        }
      }
    });

    it('is not a catch-all: other paths are not the explorer', async () => {
      for (const path of ['/county', '/county/1/2', '/assets/nothing.js', '/nowhere']) {
        const res = await fetch(url + path);
        expect(res.status, path).toBe(404);
      }
    });
  });
});
