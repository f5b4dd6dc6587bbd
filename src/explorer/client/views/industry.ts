import { gql } from '../api.ts';
import { barChart } from '../charts.ts';
import { empty, h, link, section } from '../dom.ts';
import { ROLES, label } from '../labels.ts';
import { countyLink, enterpriseLink, honoursByLevel, industryLink, projectsTable, source, type AwardRow, type EvidenceRef, type Page, type ProjectRow } from '../parts.ts';
import { INDUSTRY_QUERY, ENTERPRISE_QUERY } from '../queries.ts';

/** Stated investment summed per county, with a link to each county. */
function investmentByCounty(projects: ProjectRow[]): HTMLElement {
  const sums = new Map<string, { name: string; value: number }>();
  for (const p of projects) {
    if (!p.county || p.investmentYuan === null) continue;
    const s = sums.get(p.county.code) ?? { name: p.county.name, value: 0 };
    s.value += p.investmentYuan;
    sums.set(p.county.code, s);
  }
  if (!sums.size) return empty('项目都没有写明投资额。');
  return h(
    'figure',
    { class: 'bars' },
    h('figcaption', {}, '各县项目投资（已写明投资额的项目合计）'),
    barChart([...sums].map(([code, s]) => ({ name: s.name, value: s.value, href: `/county/${code}` })), 'YUAN', { 'data-chart': 'investment-by-county', 'data-bars': String(sums.size) }),
  );
}

interface IndustryData {
  name: string;
  aliases: string[];
  counties: { role: string | null; county: { code: string; name: string; province: { name: string } } }[];
  enterprises: { name: string; counties: { code: string; name: string }[] }[];
  projects: { totalCount: number; edges: { node: ProjectRow }[] };
}

export async function industryView(name: string): Promise<Page> {
  const { industry: i } = await gql<{ industry: IndustryData | null }>(INDUSTRY_QUERY, { name });
  if (!i) return { title: '未找到', body: h('div', { class: 'card' }, h('h2', {}, `图谱中没有产业“${name}”`), link('/', '回到首页')) };
  const projects = i.projects.edges.map((e) => e.node);
  const body = h(
    'article',
    { class: 'industry' },
    h('header', { class: 'title' }, h('h1', {}, i.name), h('p', { class: 'sub' }, '产业', i.aliases.length > 1 ? ` · 又称 ${i.aliases.filter((a) => a !== i.name).join('、')}` : '')),
    section('投资', investmentByCounty(projects)),
    section(
      `县（${i.counties.length}）`,
      i.counties.length ? h('ul', { class: 'counties' }, ...i.counties.map((c) => h('li', {}, countyLink(c.county), ` ${c.county.province.name}`, c.role ? h('span', { class: `role r-${c.role}` }, label(ROLES, c.role)) : null))) : empty('没有县。'),
    ),
    section(
      `企业（${i.enterprises.length}）`,
      i.enterprises.length ? h('ul', { class: 'enterprises' }, ...i.enterprises.map((e) => h('li', {}, enterpriseLink(e.name), e.counties.length ? ' · ' : '', ...e.counties.flatMap((c, k) => [k ? '、' : '', countyLink(c)])))) : empty('没有企业。'),
    ),
    section(`项目（${i.projects.totalCount}）`, projects.length ? projectsTable(projects, true) : empty('没有项目。')),
  );
  return { title: i.name, body };
}

interface EnterpriseData {
  name: string;
  aliases: string[];
  industries: { name: string }[];
  counties: { code: string; name: string; province: { name: string } }[];
  projects: ProjectRow[];
  honours: AwardRow[];
  evidence: (EvidenceRef & { text: string; report: { id: string; title: string | null; publishedAt: string | null } })[];
}

export async function enterpriseView(name: string): Promise<Page> {
  const { enterprise: e } = await gql<{ enterprise: EnterpriseData | null }>(ENTERPRISE_QUERY, { name });
  if (!e) return { title: '未找到', body: h('div', { class: 'card' }, h('h2', {}, `图谱中没有企业“${name}”`), link('/', '回到首页')) };
  const body = h(
    'article',
    { class: 'enterprise' },
    h(
      'header',
      { class: 'title' },
      h('h1', {}, e.name),
      h('p', { class: 'sub' }, '企业', e.industries.length ? ' · 产业：' : '', ...e.industries.flatMap((i, k) => [k ? '、' : '', industryLink(i.name)]), e.aliases.length > 1 ? ` · 又称 ${e.aliases.filter((a) => a !== e.name).join('、')}` : ''),
    ),
    section(`所在的县（${e.counties.length}）`, e.counties.length ? h('ul', { class: 'counties' }, ...e.counties.map((c) => h('li', {}, countyLink(c), ` ${c.province.name}`))) : empty('没有县。')),
    section('投资', investmentByCounty(e.projects)),
    section(`项目（${e.projects.length}）`, e.projects.length ? projectsTable(e.projects, true) : empty('没有项目。')),
    section(`荣誉（${e.honours.length}）`, e.honours.length ? honoursByLevel(e.honours, true) : empty('没有荣誉。')),
    section(
      `出处（${e.evidence.length}）`,
      h('ol', { class: 'evidence' }, ...e.evidence.map((x) => h('li', {}, h('blockquote', {}, x.text), h('p', { class: 'cite' }, `${x.report.title ?? x.report.id} ${x.report.publishedAt ?? ''} `, source(x, '在报告中查看'))))),
    ),
  );
  return { title: e.name, body };
}
