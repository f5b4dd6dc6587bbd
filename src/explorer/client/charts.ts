import type { EChartsOption, ECharts } from 'echarts';
import { h } from './dom.ts';
import { amount, comparePeriods, growth, period } from './format.ts';
import { KINDS, METRICS } from './labels.ts';
import { navigate } from './nav.ts';

declare const echarts: typeof import('echarts');

export interface Obs {
  metric: string;
  label: string;
  period: string | null;
  kind: string;
  value: number | null;
  unit: string | null;
  growthPct: number | null;
  evidence: { start: number; text: string; report: { id: string; title: string | null; publishedAt: string | null } };
}

/**
 * Charts are drawn once their element is on the page (ECharts measures it): views make
 * them with `chart`, main.ts calls `drawCharts` after putting the view in place.
 */
let pending: { el: HTMLElement; option: EChartsOption }[] = [];
let live: ECharts[] = [];

export function chart(option: EChartsOption, attrs: Record<string, string> = {}): HTMLElement {
  const el = h('div', { class: 'chart', ...attrs });
  pending.push({ el, option });
  return el;
}

let observer: IntersectionObserver | null = null;

function draw(el: HTMLElement, option: EChartsOption): void {
  if (!el.isConnected || el.hasAttribute('data-drawn')) return;
  const c = echarts.init(el, null, { renderer: 'canvas' });
  c.setOption(option);
  // A point or bar that carries an address opens it: the sentence a figure came from.
  c.on('click', (p) => {
    const href = (p.data as { href?: string } | undefined)?.href;
    if (href) navigate(href);
  });
  el.setAttribute('data-drawn', '');
  live.push(c);
}

/**
 * Charts in view are drawn at once; the others when they come near the view or when the
 * browser is idle, one at a time, so a page with twenty charts is usable as soon as its
 * first screen is.
 */
export function drawCharts(): void {
  for (const c of live) c.dispose();
  live = [];
  observer?.disconnect();
  const waiting = new Map(pending.map(({ el, option }) => [el, option]));
  pending = [];
  const drawOne = (el: HTMLElement) => {
    const option = waiting.get(el);
    if (!option) return;
    waiting.delete(el);
    observer?.unobserve(el);
    draw(el, option);
  };
  for (const el of [...waiting.keys()]) if (el.getBoundingClientRect().top < window.innerHeight) drawOne(el);
  if (!waiting.size) return;
  observer = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) drawOne(e.target as HTMLElement);
  }, { rootMargin: '300px' });
  for (const el of waiting.keys()) observer.observe(el);
  const idle = () => {
    const next = waiting.keys().next();
    if (next.done) return;
    drawOne(next.value);
    requestIdleCallback(idle);
  };
  requestIdleCallback(idle);
}

window.addEventListener('resize', () => {
  for (const c of live) c.resize();
});

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const sourceHref = (e: { start: number; report: { id: string } }) => `/report/${encodeURIComponent(e.report.id)}#s${e.start}`;

function byReportDate(a: Obs, b: Obs): number {
  const x = a.evidence.report.publishedAt ?? '';
  const y = b.evidence.report.publishedAt ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

interface Point {
  value: [string, number];
  href: string;
  tip: string;
}

function point(o: Obs, x: string, y: number): Point {
  const r = o.evidence.report;
  const tip = [
    `${KINDS[o.kind] ?? o.kind} · ${period(o.period)}`,
    `${escape(o.label)} ${escape(amount(o.value, o.unit))} ${escape(growth(o.growthPct))}`.trim(),
    `${escape(r.title ?? '')} ${escape(r.publishedAt ?? '')}`.trim(),
    '点击查看原文',
  ].join('<br>');
  return { value: [x, y], href: sourceHref(o.evidence), tip };
}

/**
 * One metric over the periods: a series per kind (actual, estimate, target) through the
 * latest statement of each period, the earlier statements of a period (revised by a later
 * report) as points of their own, and statements of growth alone on a percent axis. Every
 * observation is one point.
 */
export function metricChartOption(
  observations: Obs[],
  shared: { seriesPrefix?: string; periods?: (string | null)[]; among?: Obs[] } = {},
): { option: EChartsOption; points: number } {
  // Charts that share axes (counties compared) pass the periods and statements of all.
  const among = shared.among ?? observations;
  const seriesPrefix = shared.seriesPrefix ?? '';
  const periods = shared.periods ?? [...new Set(observations.map((o) => o.period))].sort(comparePeriods);
  const categories = periods.map((p) => period(p));
  const withValue = among.some((o) => o.value !== null);
  const unit = among.find((o) => o.value !== null)?.unit ?? null;
  const series: NonNullable<EChartsOption['series']> = [];
  let points = 0;
  for (const kind of ['ACTUAL', 'ESTIMATE', 'TARGET']) {
    const mine = observations.filter((o) => o.kind === kind);
    if (!mine.length) continue;
    const name = `${seriesPrefix}${KINDS[kind]}`;
    const latest: Point[] = [];
    const earlier: Point[] = [];
    const growthOnly: Point[] = [];
    for (const p of periods) {
      const here = mine.filter((o) => o.period === p).sort(byReportDate);
      const x = period(p);
      const valued = here.filter((o) => o.value !== null);
      valued.forEach((o, i) => (i === valued.length - 1 ? latest : earlier).push(point(o, x, o.value!)));
      for (const o of here) if (o.value === null && o.growthPct !== null) growthOnly.push(point(o, x, o.growthPct));
    }
    const dashed = kind === 'ACTUAL' ? 'solid' : 'dashed';
    if (latest.length) series.push({ name, type: 'line', data: latest, connectNulls: true, lineStyle: { type: dashed }, symbolSize: 8 });
    if (earlier.length) series.push({ name: `${name}（早前报告）`, type: 'scatter', data: earlier, symbol: 'emptyCircle', symbolSize: 10 });
    if (growthOnly.length) series.push({ name: `${name}增速`, type: withValue ? 'scatter' : 'line', data: growthOnly, yAxisIndex: withValue ? 1 : 0, symbol: 'diamond', symbolSize: 9, lineStyle: { type: dashed } });
    points += latest.length + earlier.length + growthOnly.length;
  }
  const valueAxis = { type: 'value' as const, scale: true, axisLabel: { formatter: (v: number) => amount(v, unit) } };
  const percentAxis = { type: 'value' as const, scale: true, axisLabel: { formatter: '{value}%' } };
  const option: EChartsOption = {
    animation: false,
    grid: { left: 70, right: withValue ? 50 : 20, top: 40, bottom: 30 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'item', formatter: (p) => ((p as { data?: Point }).data?.tip ?? '') },
    xAxis: { type: 'category', data: categories, boundaryGap: true },
    yAxis: withValue ? [valueAxis, percentAxis] : [percentAxis],
    series,
  };
  return { option, points };
}

export function metricChart(metric: string, observations: Obs[]): HTMLElement {
  const { option, points } = metricChartOption(observations);
  return h('figure', { class: 'metric' }, h('figcaption', {}, METRICS[metric] ?? metric), chart(option, { 'data-metric': metric, 'data-points': String(points) }));
}

/** Bars with a link each (a county, a sentence), largest first. */
export function barChart(items: { name: string; value: number; href?: string; label?: string }[], unit: string | null, attrs: Record<string, string> = {}): HTMLElement {
  const shown = [...items].sort((a, b) => a.value - b.value);
  return chart(
    {
      animation: false,
      grid: { left: 110, right: 90, top: 10, bottom: 20 },
      tooltip: { trigger: 'item', formatter: (p) => escape(`${(p as { name: string }).name}：${amount((p as { value: number }).value, unit)}`) },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => amount(v, unit) } },
      yAxis: { type: 'category', data: shown.map((i) => i.name) },
      series: [{ type: 'bar', data: shown.map((i) => ({ value: i.value, href: i.href })), label: { show: true, position: 'right', formatter: (p) => amount((p as { value: number }).value, unit) } }],
    },
    { ...attrs, style: `height:${Math.max(160, 28 * shown.length + 40)}px` },
  );
}
