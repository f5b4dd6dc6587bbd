import { gql } from '../api.ts';
import { barChart, metricChartOption, chart, type Obs } from '../charts.ts';
import { empty, h, link, section, sortableTable } from '../dom.ts';
import { amount, comparePeriods, growth, period } from '../format.ts';
import { KINDS, METRICS } from '../labels.ts';
import { navigate } from '../nav.ts';
import { countyLink, source, type Page } from '../parts.ts';
import { COMPARE_QUERY, COUNTY_CODE_QUERY, LEAGUE_QUERY } from '../queries.ts';

interface Rank {
  rank: number;
  value: number | null;
  formattedValue: string | null;
  unit: string | null;
  growthPct: number | null;
  period: string;
  kind: string;
  county: { code: string; name: string; province: { name: string } };
  evidence: { start: number; text: string; report: { id: string } };
}

const select = (name: string, value: string, options: [string, string][]) =>
  h('select', { name, 'aria-label': name }, ...options.map(([v, t]) => h('option', { value: v, selected: v === value }, t)));

/** Counties ranked on a metric and period (by level or growth, optionally in one province). */
export async function leagueView(params: URLSearchParams): Promise<Page> {
  const metric = params.get('metric') && METRICS[params.get('metric')!] ? params.get('metric')! : 'GDP';
  const by = params.get('by') === 'GROWTH' ? 'GROWTH' : 'VALUE';
  const kind = KINDS[params.get('kind') ?? ''] ? params.get('kind')! : 'ACTUAL';
  const province = params.get('province')?.trim() || null;
  const asked = params.get('period')?.trim() || null;
  const data = await gql<{ periods: { period: string; counties: number }[]; ranks?: Rank[] }>(LEAGUE_QUERY, { metric, period: asked ?? '', by, kind, province, withRanks: asked !== null });
  // Without a period, the one most counties report (the newest of equals) is shown.
  if (!asked && data.periods.length) {
    const best = [...data.periods].sort((a, b) => b.counties - a.counties || (a.period < b.period ? 1 : -1))[0]!;
    const next = new URLSearchParams({ metric, period: best.period, by, kind, ...(province ? { province } : {}) });
    navigate(`/league?${next}`, true);
    return { title: '指标排行', body: h('p', { class: 'loading' }, '加载中…') };
  }
  const ranks = data.ranks ?? [];
  const form = h(
    'form',
    { class: 'league-form', action: '/league', method: 'get' },
    h('label', {}, '指标 ', select('metric', metric, Object.entries(METRICS).filter(([k]) => k !== 'OTHER'))),
    h('label', {}, '时期 ', select('period', asked ?? '', data.periods.map((p) => [p.period, `${period(p.period)}（${p.counties}个县）`]))),
    h('label', {}, '类别 ', select('kind', kind, Object.entries(KINDS))),
    h('label', {}, '排序 ', select('by', by, [['VALUE', '按总量'], ['GROWTH', '按增速']])),
    h('label', {}, '省份 ', h('input', { name: 'province', value: province ?? '', placeholder: '全部省份', size: 8 })),
    h('button', { type: 'submit' }, '排行'),
  );
  form.addEventListener('change', (e) => {
    // Another metric has other periods: its own default period is chosen.
    if ((e.target as HTMLSelectElement).name === 'metric') (form.elements.namedItem('period') as HTMLSelectElement).value = '';
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const q = new URLSearchParams();
    for (const k of ['metric', 'period', 'kind', 'by', 'province']) {
      const v = String(f.get(k) ?? '').trim();
      if (v) q.set(k, v);
    }
    navigate(`/league?${q}`);
  });
  const unit = ranks.find((r) => r.value !== null)?.unit ?? null;
  const bars = ranks
    .filter((r) => (by === 'VALUE' ? r.value !== null : r.growthPct !== null))
    .map((r) => ({ name: r.county.name, value: by === 'VALUE' ? r.value! : r.growthPct!, href: `/county/${r.county.code}` }));
  const table = sortableTable(ranks, [
    { title: '名次', cell: (r) => r.rank, sort: (r) => r.rank, numeric: true },
    { title: '县', cell: (r) => countyLink(r.county), sort: (r) => r.county.name },
    { title: '省份', cell: (r) => r.county.province.name, sort: (r) => r.county.province.name },
    { title: '总量', cell: (r) => amount(r.value, r.unit), sort: (r) => r.value, numeric: true },
    { title: '增速', cell: (r) => growth(r.growthPct), sort: (r) => r.growthPct, numeric: true },
    { title: '出处', cell: (r) => source(r.evidence) },
  ], { class: 'league' });
  const title = `${METRICS[metric]} · ${asked ? period(asked) : ''}${kind !== 'ACTUAL' ? ` · ${KINDS[kind]}` : ''}${province ? ` · ${province}` : ''}`;
  const body = h(
    'article',
    { class: 'league-page' },
    h('header', { class: 'title' }, h('h1', {}, '指标排行'), h('p', { class: 'sub' }, title)),
    section('条件', form),
    section(
      `排行（${ranks.length}）`,
      ranks.length ? [h('figure', { class: 'bars' }, barChart(bars, by === 'VALUE' ? unit : 'PERCENT', { 'data-chart': 'league', 'data-bars': String(bars.length) })), table] : empty(data.periods.length ? '这个时期没有县报告这一指标。' : '还没有县报告这一指标。'),
    ),
  );
  return { title: `指标排行 · ${METRICS[metric]}`, body };
}

interface CompareCounty {
  code: string;
  name: string;
  province: { name: string };
  indicators: Obs[];
}

/** Two to four counties on the same metric charts (their actual figures). */
export async function compareView(params: URLSearchParams): Promise<Page> {
  const codes = [...new Set((params.get('codes') ?? '').split(',').map((c) => c.trim()).filter((c) => /^\d{6}$/.test(c)))].slice(0, 4);
  const picker = h('input', { placeholder: '加入县（代码或名称）', 'aria-label': '加入县', list: 'county-names' });
  const form = h('form', { class: 'compare-form' }, picker, h('button', { type: 'submit' }, '加入'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = picker.value.trim();
    if (!v) return;
    try {
      const { county } = await gql<{ county: { code: string } | null }>(COUNTY_CODE_QUERY, /^\d{6}$/.test(v) ? { c: v } : { n: v });
      if (!county) throw new Error(`图谱中没有“${v}”`);
      navigate(`/compare?codes=${[...codes.filter((c) => c !== county.code), county.code].slice(-4).join(',')}`);
    } catch (err) {
      picker.setCustomValidity((err as Error).message);
      picker.reportValidity();
      picker.addEventListener('input', () => picker.setCustomValidity(''), { once: true });
    }
  });
  const head = h('header', { class: 'title' }, h('h1', {}, '县域对比'), h('p', { class: 'sub' }, '两到四个县放在同一组指标图上（实际值）。'));
  if (!codes.length) return { title: '县域对比', body: h('article', {}, head, section('选择县', form)) };
  const data = await gql<Record<string, CompareCounty | null>>(COMPARE_QUERY(codes.length), Object.fromEntries(codes.map((c, i) => [`c${i}`, c])));
  const counties = codes.map((_, i) => data[`c${i}`]).filter((c): c is CompareCounty => c !== null && c !== undefined);
  const metrics = Object.keys(METRICS).filter((m) => m !== 'OTHER' && counties.some((c) => c.indicators.some((o) => o.metric === m)));
  const charts = metrics.map((m) => {
    const shown = (c: CompareCounty) => c.indicators.filter((o) => o.metric === m && (o.value !== null || o.growthPct !== null));
    // One axis of periods for all counties.
    const periods = [...new Set(counties.flatMap((c) => shown(c).map((o) => o.period)))].sort(comparePeriods);
    const among = counties.flatMap(shown);
    const per = counties.map((c) => metricChartOption(shown(c), { seriesPrefix: `${c.name} `, periods, among }));
    const option = { ...per[0]!.option, series: per.flatMap((p) => p.option.series as object[]) };
    return h('figure', { class: 'metric' }, h('figcaption', {}, METRICS[m]!), chart(option as never, { 'data-metric': m, 'data-points': String(per.reduce((s, p) => s + p.points, 0)) }));
  });
  const body = h(
    'article',
    { class: 'compare' },
    head,
    section(
      '县',
      h('ul', { class: 'chosen' }, ...counties.map((c) => h('li', {}, countyLink(c), ` ${c.province.name} `, link(`/compare?codes=${codes.filter((x) => x !== c.code).join(',')}`, '移除')))),
      counties.length < 4 ? form : null,
    ),
    section('指标', metrics.length ? h('div', { class: 'charts' }, ...charts) : empty('这些县没有可比的指标。')),
  );
  return { title: `对比 · ${counties.map((c) => c.name).join('、')}`, body };
}
