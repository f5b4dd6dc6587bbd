import { gql } from '../api.ts';
import { metricChart, sourceHref, type Obs } from '../charts.ts';
import { empty, h, link, section } from '../dom.ts';
import { amount, comparePeriods, growth, period } from '../format.ts';
import { KEY_METRICS, KINDS, METRICS, ROLES, label } from '../labels.ts';
import { countyLink, enterpriseLink, honoursByLevel, industryLink, projectsTable, source, type AwardRow, type EvidenceRef, type Page, type ProjectRow } from '../parts.ts';
import { COUNTY_QUERY } from '../queries.ts';

interface CountyData {
  code: string;
  name: string;
  shortName: string | null;
  kind: string | null;
  prefecture: { name: string } | null;
  province: { name: string };
  reports: { id: string; title: string | null; publishedAt: string | null; publisher: string | null }[];
  indicators: Obs[];
  projects: { totalCount: number; edges: { node: ProjectRow }[] };
  industries: { role: string | null; industry: { name: string }; evidence: EvidenceRef[] }[];
  enterprises: { totalCount: number; edges: { node: { name: string; industries: { name: string }[] } }[] };
  honours: AwardRow[];
  similarCounties: { score: number; sharedIndustries: string[]; county: { code: string; name: string; province: { name: string } } }[];
}

/** The latest statement of a metric: actual before estimate, the newest period, the newest report. */
function latest(observations: Obs[], metric: string): Obs | null {
  const mine = observations.filter((o) => o.metric === metric && o.kind !== 'TARGET' && (o.value !== null || o.growthPct !== null));
  mine.sort((a, b) => comparePeriods(a.period, b.period) || (a.kind === b.kind ? 0 : a.kind === 'ACTUAL' ? 1 : -1) || ((a.evidence.report.publishedAt ?? '') < (b.evidence.report.publishedAt ?? '') ? -1 : 1));
  return mine[mine.length - 1] ?? null;
}

function keyFigures(c: CountyData): HTMLElement {
  const shown = KEY_METRICS.map((m) => latest(c.indicators, m)).filter((o): o is Obs => o !== null);
  if (!shown.length) return empty('报告中没有主要经济指标。');
  return h(
    'div',
    { class: 'figures' },
    ...shown.map((o) =>
      h(
        'a',
        { class: 'figure', href: sourceHref(o.evidence), title: o.evidence.text },
        h('span', { class: 'name' }, METRICS[o.metric] ?? o.label),
        // A figure stated by its growth alone shows the growth in the value's place.
        h('span', { class: 'value' }, amount(o.value, o.unit) || growth(o.growthPct)),
        h('span', { class: `growth ${o.growthPct !== null && o.growthPct < 0 ? 'down' : 'up'}` }, o.value !== null ? growth(o.growthPct) : ''),
        h('span', { class: 'period' }, `${period(o.period)}${o.kind !== 'ACTUAL' ? ` · ${KINDS[o.kind]}` : ''}`),
      ),
    ),
  );
}

function indicatorCharts(c: CountyData): HTMLElement[] {
  const metrics = [...new Set(c.indicators.map((o) => o.metric))].filter((m) => m !== 'OTHER');
  metrics.sort((a, b) => Object.keys(METRICS).indexOf(a) - Object.keys(METRICS).indexOf(b));
  const charts = metrics.map((m) => metricChart(m, c.indicators.filter((o) => o.metric === m && (o.value !== null || o.growthPct !== null))));
  const others = c.indicators.filter((o) => o.metric === 'OTHER');
  const rest = others.length
    ? h(
        'details',
        { class: 'others' },
        h('summary', {}, `其他指标（${others.length}）`),
        h('ul', {}, ...others.map((o) => h('li', {}, `${period(o.period)} ${o.label} ${amount(o.value, o.unit)} ${growth(o.growthPct)}`.trim(), ' ', source(o.evidence)))),
      )
    : null;
  return [h('div', { class: 'charts' }, ...charts), ...(rest ? [rest] : [])];
}

function industries(c: CountyData): HTMLElement {
  if (!c.industries.length) return empty('报告中没有点名的产业。');
  const byIndustry = new Map<string, string[]>();
  for (const { node } of c.enterprises.edges) for (const i of node.industries) byIndustry.set(i.name, [...(byIndustry.get(i.name) ?? []), node.name]);
  const order = ['LEADING', 'CHARACTERISTIC', 'EMERGING', ''];
  const rows = [...c.industries].sort((a, b) => order.indexOf(a.role ?? '') - order.indexOf(b.role ?? '') || a.industry.name.localeCompare(b.industry.name, 'zh'));
  return h(
    'ul',
    { class: 'industries' },
    ...rows.map((i) =>
      h(
        'li',
        {},
        industryLink(i.industry.name),
        i.role ? h('span', { class: `role r-${i.role}` }, label(ROLES, i.role)) : null,
        (byIndustry.get(i.industry.name) ?? []).length ? h('span', { class: 'members' }, '企业：', ...(byIndustry.get(i.industry.name) ?? []).flatMap((n, k) => [k ? '、' : '', enterpriseLink(n)])) : null,
        ' ',
        source(i.evidence[0]),
      ),
    ),
  );
}

export async function countyView(code: string): Promise<Page> {
  const { county: c } = await gql<{ county: CountyData | null }>(COUNTY_QUERY, { code });
  if (!c) return { title: '未找到', body: h('div', { class: 'card' }, h('h2', {}, `图谱中没有代码为 ${code} 的县`), link('/', '回到首页')) };
  const place = [c.province.name, c.prefecture?.name].filter(Boolean).join(' · ');
  const body = h(
    'article',
    { class: 'county' },
    h('header', { class: 'title' }, h('h1', {}, c.name), h('p', { class: 'sub' }, `${place} · 代码 ${c.code}`, c.kind ? ` · ${c.kind}` : '', ' · ', link(`/compare?codes=${c.code}`, '与其他县对比'))),
    section('主要指标', keyFigures(c)),
    section('指标走势', ...indicatorCharts(c)),
    section(`项目（${c.projects.totalCount}）`, c.projects.edges.length ? projectsTable(c.projects.edges.map((e) => e.node)) : empty('报告中没有项目。'), c.projects.totalCount > c.projects.edges.length ? h('p', { class: 'note' }, `只列出投资最多的 ${c.projects.edges.length} 个。`) : null),
    section(`产业（${c.industries.length}）`, industries(c)),
    section(`荣誉（${c.honours.length}）`, c.honours.length ? honoursByLevel(c.honours) : empty('报告中没有荣誉。')),
    section(
      '相似的县',
      c.similarCounties.length
        ? h('ul', { class: 'similar' }, ...c.similarCounties.map((s) => h('li', {}, countyLink(s.county), ` ${s.county.province.name} · 相似度 ${s.score.toFixed(2)} · 共有产业：${s.sharedIndustries.join('、')}`)))
        : empty('没有产业相同的县。'),
    ),
    section(
      `报告（${c.reports.length}）`,
      h('ul', { class: 'reports' }, ...c.reports.map((r) => h('li', {}, link(`/report/${encodeURIComponent(r.id)}`, r.title ?? r.id), ` ${r.publishedAt ?? ''} ${r.publisher ?? ''}`.trimEnd()))),
    ),
  );
  return { title: c.name, body };
}
