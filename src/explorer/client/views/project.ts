import { gql } from '../api.ts';
import { empty, h, link, section } from '../dom.ts';
import { STATUSES, label } from '../labels.ts';
import { countyLink, enterpriseLink, industryLink, source, type EvidenceRef, type Page } from '../parts.ts';
import { PROJECT_QUERY } from '../queries.ts';

interface ProjectData {
  id: string;
  name: string;
  aliases: string[];
  investment: string | null;
  annualInvestmentYuan: number | null;
  status: string | null;
  capacity: string | null;
  year: number | null;
  county: { code: string; name: string; province: { name: string } } | null;
  industry: { name: string } | null;
  enterprises: { name: string }[];
  evidence: (EvidenceRef & { text: string; report: { id: string; title: string | null; publishedAt: string | null; publisher: string | null } })[];
}

export async function projectView(id: string): Promise<Page> {
  const { project: p } = await gql<{ project: ProjectData | null }>(PROJECT_QUERY, { id });
  if (!p) return { title: '未找到', body: h('div', { class: 'card' }, h('h2', {}, '图谱中没有这个项目'), link('/', '回到首页')) };
  const facts: [string, Node | string | null][] = [
    ['县', p.county ? h('span', {}, countyLink(p.county), ` · ${p.county.province.name}`) : null],
    ['总投资', p.investment],
    ['年度投资', p.annualInvestmentYuan !== null ? `${(p.annualInvestmentYuan / 1e8).toFixed(2)}亿元` : null],
    ['状态', label(STATUSES, p.status) || null],
    ['产能', p.capacity],
    ['年份', p.year !== null ? `${p.year}年` : null],
    ['产业', p.industry ? industryLink(p.industry.name) : null],
    ['企业', p.enterprises.length ? h('span', {}, ...p.enterprises.flatMap((e, i) => [i ? '、' : '', enterpriseLink(e.name)])) : null],
    ['别名', p.aliases.filter((a) => a !== p.name).join('、') || null],
  ];
  const body = h(
    'article',
    { class: 'project' },
    h('header', { class: 'title' }, h('h1', {}, p.name), h('p', { class: 'sub' }, '项目')),
    section('概况', h('dl', { class: 'facts' }, ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))),
    section(
      `出处（${p.evidence.length}）`,
      p.evidence.length
        ? h('ol', { class: 'evidence' }, ...p.evidence.map((e) => h('li', {}, h('blockquote', {}, e.text), h('p', { class: 'cite' }, `${e.report.title ?? e.report.id} ${e.report.publishedAt ?? ''} `, source(e, '在报告中查看')))))
        : empty('没有出处。'),
    ),
  );
  return { title: p.name, body };
}
