import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectSelfContained, watchedContext, type PageRecord } from './chromium.ts';
import { useProductAndBrowser } from './product.ts';
import { SHOTS } from './shots.ts';

/**
 * The explorer on the sample graph, in a real Chromium cut off from everything but this
 * machine. What the pages show is checked against what the API answers for the same things.
 */

const running = useProductAndBrowser();

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${running.product().apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Waits until the explorer has drawn the view of the page's current address. */
async function drawn(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    return v?.dataset.ready === location.pathname + location.search + location.hash && !v.hasAttribute('aria-busy');
  }, null, { timeout: 30_000 });
  return (await page.locator('#view').getAttribute('data-view')) ?? '';
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(running.product().apiUrl + path);
  expect(await drawn(page), path).not.toBe('error');
}

async function withPage(run: (page: Page, record: PageRecord) => Promise<void>): Promise<void> {
  const { context, record, newPage } = await watchedContext(running.browser());
  try {
    const page = await newPage();
    await run(page, record);
    expectSelfContained(record);
  } finally {
    await context.close();
  }
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `explorer-${name}.png`) });

const SAMPLE_COUNTIES = async () => (await api<{ counties: { edges: { node: { code: string; name: string } }[] } }>('{ counties(first: 50) { edges { node { code name } } } }')).counties.edges.map((e) => e.node);

describe('explorer', () => {
  it('goes from the search box to a county, to a project, to the sentence it came from, and back', async () => {
    const { county } = await api('{ county(code: "431025") { name projects(first: 100) { edges { node { id name evidence(first: 1) { text start report { id } } } } } } }');
    const project = county.projects.edges.map((e: any) => e.node).find((p: any) => p.evidence.length > 0);
    expect(project).toBeTruthy();
    await withPage(async (page) => {
      await open(page, '/');
      await shot(page, 'home');
      await page.locator('#search input').fill('临武');
      const suggestion = page.locator('.suggestions a[href="/county/431025"]');
      await suggestion.waitFor({ timeout: 15_000 });
      await shot(page, 'search');
      await suggestion.click();
      expect(await drawn(page)).toBe('county');
      expect(new URL(page.url()).pathname).toBe('/county/431025');
      expect(await page.locator('h1').innerText()).toBe(county.name);

      await page.locator(`table.projects a[href="/project/${encodeURIComponent(project.id)}"]`).click();
      expect(await drawn(page)).toBe('project');
      expect(await page.locator('h1').innerText()).toBe(project.name);
      await shot(page, 'project');

      await page.locator('.evidence a.source').first().click();
      expect(await drawn(page)).toBe('report');
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/report/${project.evidence[0].report.id}`);
      expect(url.hash).toBe(`#s${project.evidence[0].start}`);
      const focus = page.locator('.report-text .focus');
      expect(await focus.count()).toBe(1);
      expect(await focus.innerText()).toBe(project.evidence[0].text);
      // The sentence is where the reader looks: inside the window.
      const box = await focus.boundingBox();
      const viewport = page.viewportSize()!;
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(viewport.height);
      expect(await focus.locator('mark.f-PROJECT').count()).toBeGreaterThan(0);

      await page.goBack();
      expect(await drawn(page)).toBe('project');
      expect(await page.locator('h1').innerText()).toBe(project.name);
      await page.goBack();
      expect(await drawn(page)).toBe('county');
      await page.goForward();
      expect(await drawn(page)).toBe('project');
    });
  });

  it('draws a chart per metric of each county with one point per stored observation', async () => {
    const counties = await SAMPLE_COUNTIES();
    expect(counties.length).toBe(5);
    let charted = 0;
    await withPage(async (page) => {
      for (const c of counties) {
        const { county } = await api('query($code: String!) { county(code: $code) { indicators { metric value growthPct } } }', { code: c.code });
        const expected = new Map<string, number>();
        for (const o of county.indicators) if (o.metric !== 'OTHER' && (o.value !== null || o.growthPct !== null)) expected.set(o.metric, (expected.get(o.metric) ?? 0) + 1);
        await open(page, `/county/${c.code}`);
        if (c.code === '431025') await shot(page, 'county');
        // Charts out of view are drawn when the browser is idle.
        await page.waitForFunction(() => [...document.querySelectorAll('[data-metric]')].every((el) => el.hasAttribute('data-drawn')), null, { timeout: 30_000 });
        const shown = await page.$$eval('[data-metric]', (els) =>
          els.map((el) => {
            const chart = (window as any).echarts.getInstanceByDom(el);
            const series = chart ? (chart.getOption().series as { data: unknown[] }[]) : [];
            return { metric: el.getAttribute('data-metric')!, points: Number(el.getAttribute('data-points')), drawn: series.reduce((n, s) => n + s.data.length, 0) };
          }),
        );
        expect(new Map(shown.map((s) => [s.metric, s.points])), c.name).toEqual(expected);
        for (const s of shown) expect(s.drawn, `${c.name} ${s.metric}`).toBe(s.points);
        charted += shown.length;
      }
    });
    expect(charted).toBeGreaterThan(10);
  });

  it('sorts and filters a county’s projects in the page', async () => {
    await withPage(async (page) => {
      await open(page, '/county/431025');
      const rows = page.locator('table.projects tbody tr');
      const total = await rows.count();
      expect(total).toBeGreaterThan(5);
      await page.locator('table.projects th[data-column="投资"]').click();
      const amounts = await page.$$eval('table.projects tbody tr', (trs) => trs.map((tr) => tr.children[1]!.textContent ?? ''));
      const values = amounts.filter(Boolean).map((a) => Number(/[\d.]+/.exec(a)![0]) * (a.includes('亿') ? 1e8 : a.includes('万') ? 1e4 : 1));
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(amounts.indexOf('')).toBe(values.length === amounts.length ? -1 : values.length);
      await page.locator('.filters input').fill('项目');
      const filtered = await rows.count();
      expect(filtered).toBeGreaterThan(0);
      expect(filtered).toBeLessThan(total);
      for (const name of await page.$$eval('table.projects tbody tr td:first-child', (tds) => tds.map((td) => td.textContent ?? ''))) expect(name).toContain('项目');
    });
  });

  it('highlights every fact of each report in its text, one span per fact', async () => {
    const { reports } = await api('{ reports(first: 10) { edges { node { id facts { type words } } } } }');
    expect(reports.edges.length).toBe(5);
    await withPage(async (page) => {
      for (const { node: r } of reports.edges) {
        await open(page, `/report/${r.id}`);
        const marks = await page.$$eval('.report-text mark.fact', (ms) => ms.map((m) => ({ i: Number((m as HTMLElement).dataset.fact), type: [...m.classList].find((c) => c.startsWith('f-'))!.slice(2), text: m.textContent ?? '' })));
        expect(marks.length, r.id).toBe(r.facts.length);
        expect(new Set(marks.map((m) => m.i)).size).toBe(r.facts.length);
        expect(await page.locator('.fact-list li').count()).toBe(r.facts.length);
        let same = 0;
        for (const m of marks) {
          expect(m.type).toBe(r.facts[m.i].type);
          if (m.text === r.facts[m.i].words) same++;
        }
        // A name that starts inside another and ends after it is cut at the other's end.
        expect(same / marks.length).toBeGreaterThan(0.95);
      }
      // A fact of the list shows itself in the text.
      await page.locator('.fact-list li button').nth(3).click();
      expect(await page.locator('.report-text mark.selected').count()).toBe(1);
      await shot(page, 'report');
    });
  });

  it('shows an industry with its counties, enterprises and projects, and investment by county', async () => {
    // The industry with projects of stated investment in the most counties.
    const { industries } = await api('{ industries(first: 100) { edges { node { name counties { county { code } } enterprises { name } projects(first: 100) { totalCount edges { node { investmentYuan county { code } } } } } } } }');
    const invested = (i: any) => new Set(i.projects.edges.filter((e: any) => e.node.investmentYuan !== null && e.node.county).map((e: any) => e.node.county.code));
    const industry = industries.edges.map((e: any) => e.node).sort((a: any, b: any) => invested(b).size - invested(a).size || b.projects.totalCount - a.projects.totalCount)[0];
    expect(invested(industry).size).toBeGreaterThan(0);
    await withPage(async (page) => {
      await open(page, `/industry/${encodeURIComponent(industry.name)}`);
      expect(await page.locator('h1').innerText()).toBe(industry.name);
      expect(await page.locator('ul.counties li').count()).toBe(industry.counties.length);
      expect(await page.locator('ul.enterprises li').count()).toBe(industry.enterprises.length);
      expect(await page.locator('table.projects tbody tr').count()).toBe(industry.projects.edges.length);
      expect(Number(await page.locator('[data-chart="investment-by-county"]').getAttribute('data-bars'))).toBe(invested(industry).size);
      await shot(page, 'industry');

    });
  });

  it('shows an enterprise with its projects and the sentences that name it', async () => {
    const { enterprises } = await api('{ enterprises(first: 100) { edges { node { name projects { id } } } } }');
    const enterprise = enterprises.edges.map((e: any) => e.node).sort((a: any, b: any) => b.projects.length - a.projects.length)[0].name;
    await withPage(async (page) => {
      await open(page, `/enterprise/${encodeURIComponent(enterprise)}`);
      const data = await api('query($n: String!) { enterprise(name: $n) { name projects { id } evidence(first: 10) { start } } }', { n: enterprise });
      expect(await page.locator('h1').innerText()).toBe(data.enterprise.name);
      expect(await page.locator('table.projects tbody tr').count()).toBe(data.enterprise.projects.length);
      expect(await page.locator('ol.evidence li').count()).toBe(data.enterprise.evidence.length);
      await shot(page, 'enterprise');
    });
  });

  it('ranks counties on a metric and period, linked to their pages', async () => {
    await withPage(async (page) => {
      await open(page, '/league');
      const url = new URL(page.url());
      expect(url.searchParams.get('metric')).toBe('GDP');
      const period = url.searchParams.get('period');
      expect(period).toMatch(/^\d{4}/);
      const { rankCounties } = await api('query($p: String!) { rankCounties(metric: GDP, period: $p, first: 50) { county { code name } } }', { p: period });
      expect(rankCounties.length).toBeGreaterThan(0);
      expect(await page.locator('table.league tbody tr').count()).toBe(rankCounties.length);
      expect(Number(await page.locator('[data-chart="league"]').getAttribute('data-bars'))).toBe(rankCounties.length);
      await shot(page, 'league');

      await page.locator('select[name="by"]').selectOption('GROWTH');
      await page.locator('.league-form button').click();
      expect(await drawn(page)).toBe('league');
      expect(new URL(page.url()).searchParams.get('by')).toBe('GROWTH');
      const growth = await api('query($p: String!) { rankCounties(metric: GDP, period: $p, by: GROWTH, first: 50) { county { code } } }', { p: period });
      expect(await page.locator('table.league tbody tr').count()).toBe(growth.rankCounties.length);

      const first = growth.rankCounties[0].county.code;
      await page.locator(`table.league a[href="/county/${first}"]`).click();
      expect(await drawn(page)).toBe('county');
      expect(new URL(page.url()).pathname).toBe(`/county/${first}`);
    });
  });

  it('puts two counties on the same metric charts', async () => {
    const codes = ['431025', '141026'];
    const data = await api(`{ ${codes.map((c, i) => `c${i}: county(code: "${c}") { indicators(kind: ACTUAL) { metric value growthPct } }`).join(' ')} }`);
    const expected = new Map<string, number>();
    for (const i of [0, 1]) for (const o of data[`c${i}`].indicators) if (o.metric !== 'OTHER' && (o.value !== null || o.growthPct !== null)) expected.set(o.metric, (expected.get(o.metric) ?? 0) + 1);
    await withPage(async (page) => {
      await open(page, `/compare?codes=${codes.join(',')}`);
      const shown = await page.$$eval('[data-metric]', (els) => els.map((el) => [el.getAttribute('data-metric')!, Number(el.getAttribute('data-points'))] as [string, number]));
      expect(new Map(shown)).toEqual(expected);
      expect(await page.locator('ul.chosen li').count()).toBe(2);
      await shot(page, 'compare');
    });
  });

  it('says so when an address names nothing in the graph', async () => {
    await withPage(async (page) => {
      await open(page, '/county/999999');
      expect(await page.locator('h2').first().innerText()).toContain('999999');
      await open(page, `/report/${'0'.repeat(16)}`);
      expect(await page.locator('h2').first().innerText()).toContain('没有这篇报告');
    });
  });
});
