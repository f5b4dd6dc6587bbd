import { gql } from '../api.ts';
import { empty, h, link, section } from '../dom.ts';
import { amount, growth, period } from '../format.ts';
import { FACTS, KINDS, LEVELS, METRICS, RECIPIENTS, ROLES, STATUSES, label } from '../labels.ts';
import { countyLink, enterpriseLink, industryLink, projectLink, type Page } from '../parts.ts';
import { REPORT_QUERY } from '../queries.ts';

export interface Fact {
  type: string;
  words: string;
  start: number;
  end: number;
  evidence: { start: number; end: number };
  observation: { metric: string; label: string; period: string | null; kind: string; value: number | null; unit: string | null; growthPct: number | null } | null;
  project: { id: string; name: string; investment: string | null; status: string | null } | null;
  industry: { name: string } | null;
  role: string | null;
  enterprise: { name: string } | null;
  award: { year: number | null; honour: { name: string; level: string }; recipient: { name: string; type: string } } | null;
}

interface ReportData {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  file: string | null;
  url: string | null;
  countyConfidence: string | null;
  loadedAt: string | null;
  warnings: string[];
  text: string | null;
  county: { code: string; name: string } | null;
  facts: Fact[];
}

interface Range {
  start: number;
  end: number;
  make: () => HTMLElement;
  /** Drawn around the ranges it holds when two begin at the same place. */
  outer: boolean;
}

/**
 * The text with its ranges as nested elements, one element per range. Ranges that cross
 * (rare: a name starting inside another and ending after it) are cut at the end of the
 * range they start in, so that each still has its own element.
 */
export function markText(text: string, ranges: Range[]): DocumentFragment {
  const root = document.createDocumentFragment();
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || Number(b.outer) - Number(a.outer));
  const stack: { el: Node; end: number }[] = [{ el: root, end: text.length }];
  let pos = 0;
  const top = () => stack[stack.length - 1]!;
  const emit = (to: number) => {
    if (to > pos) top().el.appendChild(document.createTextNode(text.slice(pos, to)));
    pos = Math.max(pos, to);
  };
  for (const r of sorted) {
    const start = Math.max(0, Math.min(r.start, text.length));
    while (stack.length > 1 && top().end <= start) {
      emit(top().end);
      stack.pop();
    }
    emit(start);
    const el = r.make();
    top().el.appendChild(el);
    stack.push({ el, end: Math.max(start, Math.min(r.end, top().end)) });
  }
  while (stack.length > 1) {
    emit(top().end);
    stack.pop();
  }
  emit(text.length);
  return root;
}

/** What a fact says, in a few words, with links to what it is about. */
export function factSummary(f: Fact): (Node | string)[] {
  const o = f.observation;
  if (o) return [`${METRICS[o.metric] && o.metric !== 'OTHER' ? METRICS[o.metric] : o.label} · ${period(o.period)}${o.kind !== 'ACTUAL' ? ` · ${KINDS[o.kind]}` : ''} ${amount(o.value, o.unit)} ${growth(o.growthPct)}`.trim()];
  if (f.project) return [projectLink(f.project), ...[f.project.investment, label(STATUSES, f.project.status)].filter(Boolean).map((x) => ` · ${x}`)];
  if (f.industry) return [industryLink(f.industry.name), f.role ? ` · ${label(ROLES, f.role)}` : ''];
  if (f.enterprise) return [enterpriseLink(f.enterprise.name)];
  if (f.award) return [`${f.award.honour.name}（${label(LEVELS, f.award.honour.level)}）· ${f.award.recipient.name}${f.award.recipient.type !== 'COUNTY' ? `（${label(RECIPIENTS, f.award.recipient.type)}）` : ''}${f.award.year ? ` · ${f.award.year}年` : ''}`];
  return [f.words];
}

/** The sentence an address points at (#s<offset>): the first fact's sentence starting there. */
function focusOf(facts: Fact[], text: string): { start: number; end: number } | null {
  const m = /^#s(\d+)$/.exec(location.hash);
  if (!m) return null;
  const start = Number(m[1]);
  const f = facts.find((x) => x.evidence.start === start);
  if (f) return f.evidence;
  if (start >= text.length) return null;
  const stop = text.slice(start).search(/[。！？\n]/);
  return { start, end: stop < 0 ? text.length : start + stop + 1 };
}

export async function reportView(id: string): Promise<Page> {
  const { report: r } = await gql<{ report: ReportData | null }>(REPORT_QUERY, { id });
  if (!r) return { title: '未找到', body: h('div', { class: 'card' }, h('h2', {}, '图谱中没有这篇报告'), link('/', '回到首页')) };
  const text = r.text ?? '';
  const focus = r.text ? focusOf(r.facts, text) : null;
  const list = h('ol', { class: 'fact-list' });
  const marks: HTMLElement[] = [];
  const ranges: Range[] = r.facts.map((f, i) => ({
    start: f.start,
    end: f.end,
    outer: false,
    make: () => {
      const el = h('mark', { class: `fact f-${f.type}`, 'data-fact': String(i), title: `${FACTS[f.type]}：${f.words.length > 40 ? `${f.words.slice(0, 40)}…` : f.words}` });
      marks[i] = el;
      return el;
    },
  }));
  if (focus) ranges.push({ start: focus.start, end: focus.end, outer: true, make: () => h('span', { class: 'focus', id: `s${focus.start}` }) });
  const select = (i: number, from: 'text' | 'list') => {
    for (const el of document.querySelectorAll('.selected')) el.classList.remove('selected');
    marks[i]?.classList.add('selected');
    list.children[i]?.classList.add('selected');
    (from === 'text' ? list.children[i] : marks[i])?.scrollIntoView({ block: 'nearest' });
  };
  list.append(
    ...r.facts.map((f, i) =>
      h('li', { class: `f-${f.type}`, 'data-fact': String(i) }, h('button', { type: 'button', class: `tag t-${f.type}`, title: '在原文中查看', onclick: () => select(i, 'list') }, FACTS[f.type] ?? f.type), ' ', ...factSummary(f)),
    ),
  );
  const body_ = h('div', { class: 'report-text', lang: 'zh-CN' });
  body_.append(markText(text, ranges));
  body_.addEventListener('click', (e) => {
    const mark = (e.target as Element).closest('mark.fact');
    if (mark) select(Number((mark as HTMLElement).dataset.fact), 'text');
  });
  const types = Object.keys(FACTS).filter((t) => r.facts.some((f) => f.type === t));
  const toggles = h(
    'div',
    { class: 'toggles' },
    ...types.map((t) => {
      const box = h('input', { type: 'checkbox', checked: true, onchange: (e: Event) => body_.classList.toggle(`hide-${t}`, !(e.target as HTMLInputElement).checked) });
      return h('label', { class: `t-${t}` }, box, ` ${FACTS[t]}（${r.facts.filter((f) => f.type === t).length}）`);
    }),
  );
  const meta = [r.publisher, r.publishedAt, r.file].filter(Boolean).join(' · ');
  const body = h(
    'article',
    { class: 'report' },
    h(
      'header',
      { class: 'title' },
      h('h1', {}, r.title ?? r.file ?? r.id),
      h('p', { class: 'sub' }, meta, r.county ? [' · ', countyLink(r.county)] : '', r.countyConfidence === 'low' ? '（县的判断把握不大）' : '', r.url ? [' · ', h('a', { href: r.url, rel: 'noreferrer', target: '_blank' }, '原始网页')] : ''),
      r.warnings.length ? h('ul', { class: 'warnings' }, ...r.warnings.map((w) => h('li', {}, w))) : null,
    ),
    h(
      'div',
      { class: 'provenance' },
      section('原文', toggles, r.text ? body_ : empty('这篇报告的原文没有存入图谱（在保存原文之前载入）；重新载入后可见。')),
      section(`事实（${r.facts.length}）`, r.facts.length ? list : empty('没有抽取到事实。')),
    ),
  );
  return {
    title: r.title ?? r.id,
    body,
    after: () => {
      const el = focus ? document.getElementById(`s${focus.start}`) : null;
      if (el) el.scrollIntoView({ block: 'center' });
      else window.scrollTo(0, 0);
    },
  };
}
