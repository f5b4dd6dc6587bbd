import { sourceHref } from './charts.ts';
import { h, link, sortableTable, type Column } from './dom.ts';
import { growth, amount } from './format.ts';
import { LEVELS, RECIPIENTS, STATUSES, label } from './labels.ts';

/** What every view returns: its title, its content, and what to do once it is on the page. */
export interface Page {
  title: string;
  body: HTMLElement;
  after?: () => void;
}

export interface EvidenceRef {
  start: number;
  text?: string;
  report: { id: string; title?: string | null; publishedAt?: string | null };
}

/** The way to the sentence a fact came from. */
export function source(e: EvidenceRef | undefined | null, text = '原文'): HTMLElement | null {
  if (!e) return null;
  return h('a', { href: sourceHref(e), class: 'source', title: e.text ?? '查看原文' }, text);
}

export const countyLink = (c: { code: string; name: string } | null | undefined) => (c ? link(`/county/${c.code}`, c.name) : '');
export const industryLink = (name: string) => link(`/industry/${encodeURIComponent(name)}`, name);
export const enterpriseLink = (name: string) => link(`/enterprise/${encodeURIComponent(name)}`, name);
export const projectLink = (p: { id: string; name: string }) => link(`/project/${encodeURIComponent(p.id)}`, p.name);

export const figure = (value: number | null, unit: string | null, pct: number | null) => [amount(value, unit), pct !== null ? ` ${growth(pct)}` : ''].join('');

export interface ProjectRow {
  id: string;
  name: string;
  investmentYuan: number | null;
  investment: string | null;
  status: string | null;
  year: number | null;
  industry: { name: string } | null;
  enterprises: { name: string }[];
  county?: { code: string; name: string } | null;
  evidence?: EvidenceRef[];
}

/** Projects as a table that sorts by any column and filters by words and status. */
export function projectsTable(rows: ProjectRow[], withCounty = false): HTMLElement {
  const columns: Column<ProjectRow>[] = [
    { title: '项目', cell: (p) => projectLink(p), sort: (p) => p.name },
    ...(withCounty ? [{ title: '县', cell: (p: ProjectRow) => countyLink(p.county), sort: (p: ProjectRow) => p.county?.name ?? null }] : []),
    { title: '投资', cell: (p) => p.investment ?? '', sort: (p) => p.investmentYuan, numeric: true },
    { title: '状态', cell: (p) => label(STATUSES, p.status), sort: (p) => p.status },
    { title: '产业', cell: (p) => (p.industry ? industryLink(p.industry.name) : ''), sort: (p) => p.industry?.name ?? null },
    { title: '企业', cell: (p) => p.enterprises.flatMap((e, i) => [i ? '、' : '', enterpriseLink(e.name)]) },
    { title: '年份', cell: (p) => p.year ?? '', sort: (p) => p.year, numeric: true },
    { title: '出处', cell: (p) => source(p.evidence?.[0]) },
  ];
  const holder = h('div', { class: 'table-holder' });
  const words = h('input', { type: 'search', placeholder: '按名称、产业或企业筛选', 'aria-label': '筛选项目' });
  const statuses = [...new Set(rows.map((r) => r.status).filter((s): s is string => Boolean(s)))];
  const status = h('select', { 'aria-label': '项目状态' }, h('option', { value: '' }, '全部状态'), ...statuses.map((s) => h('option', { value: s }, label(STATUSES, s))));
  const count = h('span', { class: 'count' });
  const redraw = () => {
    const w = words.value.trim();
    const shown = rows.filter((r) => (!status.value || r.status === status.value) && (!w || [r.name, r.industry?.name ?? '', ...r.enterprises.map((e) => e.name)].some((t) => t.includes(w))));
    count.textContent = `${shown.length} / ${rows.length} 个项目`;
    holder.replaceChildren(sortableTable(shown, columns, { class: 'projects' }));
  };
  words.addEventListener('input', redraw);
  status.addEventListener('change', redraw);
  redraw();
  return h('div', {}, h('div', { class: 'filters' }, words, status, count), holder);
}

export interface AwardRow {
  year: number | null;
  honour: { name: string; level: string };
  recipient: { name: string; type: string; county?: { code: string; name: string } | null };
  evidence?: EvidenceRef[];
}

/** Honours grouped by level, newest first within a level. */
export function honoursByLevel(awards: AwardRow[], withCounty = false): HTMLElement {
  const levels = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'OTHER'].filter((l) => awards.some((a) => a.honour.level === l));
  return h(
    'div',
    { class: 'honours' },
    ...levels.map((l) =>
      h(
        'div',
        { class: 'level' },
        h('h3', {}, `${LEVELS[l]}（${awards.filter((a) => a.honour.level === l).length}）`),
        h(
          'ul',
          {},
          ...awards
            .filter((a) => a.honour.level === l)
            .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
            .map((a) =>
              h(
                'li',
                { class: 'award' },
                h('span', { class: 'year' }, a.year ? `${a.year}年` : '年份不详'),
                ' ',
                h('strong', {}, a.honour.name),
                ' · ',
                a.recipient.type === 'ENTERPRISE' ? enterpriseLink(a.recipient.name) : a.recipient.name,
                a.recipient.type !== 'COUNTY' ? ` （${label(RECIPIENTS, a.recipient.type)}）` : '',
                withCounty && a.recipient.county ? [' · ', countyLink(a.recipient.county)] : '',
                ' ',
                source(a.evidence?.[0]),
              ),
            ),
        ),
      ),
    ),
  );
}
