import { gql } from '../api.ts';
import { empty, h, link, section, sortableTable } from '../dom.ts';
import { LEVELS } from '../labels.ts';
import { countyLink, honoursByLevel, type AwardRow, type Page } from '../parts.ts';
import { hitContext, hitHref, hitType, type Hit } from '../search-box.ts';
import { HOME_QUERY, HONOURS_QUERY, SEARCH_QUERY } from '../queries.ts';

interface HomeData {
  stats: { reports: number; lastLoadedAt: string | null; labels: { label: string; count: number }[] };
  counties: { totalCount: number; edges: { node: { code: string; name: string; province: { name: string }; prefecture: { name: string } | null; projects: { totalCount: number }; honours: unknown[] } }[] };
  honourLeaders: { rank: number; count: number; national: number; provincial: number; county: { code: string; name: string } }[];
  projects: { edges: { node: { id: string; name: string; investment: string | null; county: { code: string; name: string } | null } }[] };
}

export async function homeView(): Promise<Page> {
  const d = await gql<HomeData>(HOME_QUERY);
  const count = (l: string) => d.stats.labels.find((x) => x.label === l)?.count ?? 0;
  const counties = d.counties.edges.map((e) => e.node);
  const body = h(
    'article',
    { class: 'home' },
    h('header', { class: 'title' }, h('h1', {}, '县域图谱'), h('p', { class: 'sub' }, '县级报告中的县、项目与投资、产业与企业、荣誉，每一条都能追溯到原文。')),
    h(
      'div',
      { class: 'figures' },
      ...([['报告', d.stats.reports], ['县', count('County')], ['项目', count('Project')], ['企业', count('Enterprise')], ['产业', count('Industry')], ['荣誉', count('Honour')]] as [string, number][]).map(([n, v]) =>
        h('div', { class: 'figure' }, h('span', { class: 'name' }, n), h('span', { class: 'value' }, String(v))),
      ),
    ),
    section(
      `县（${d.counties.totalCount}）`,
      counties.length
        ? sortableTable(counties, [
            { title: '县', cell: (c) => countyLink(c), sort: (c) => c.name },
            { title: '省份', cell: (c) => c.province.name, sort: (c) => c.province.name },
            { title: '地市', cell: (c) => c.prefecture?.name ?? '', sort: (c) => c.prefecture?.name ?? null },
            { title: '项目', cell: (c) => c.projects.totalCount, sort: (c) => c.projects.totalCount, numeric: true },
            // The page asks for at most 100 honours a county (a cheap query for a first page).
            { title: '荣誉', cell: (c) => (c.honours.length >= 100 ? '100+' : c.honours.length), sort: (c) => c.honours.length, numeric: true },
          ], { class: 'counties' })
        : empty('图谱中还没有报告。用 `npm run load -- 文件夹` 载入。'),
      d.counties.totalCount > counties.length ? h('p', { class: 'note' }, `列出项目最多的 ${counties.length} 个县；其余的用搜索找到。`) : null,
    ),
    h(
      'div',
      { class: 'columns' },
      section('投资最多的项目', h('ol', {}, ...d.projects.edges.map(({ node: p }) => h('li', {}, link(`/project/${encodeURIComponent(p.id)}`, p.name), ` ${p.investment ?? ''} `, countyLink(p.county))))),
      section('荣誉最多的县', h('ol', {}, ...d.honourLeaders.map((l) => h('li', {}, countyLink(l.county), ` ${l.count} 项（国家级 ${l.national}，省级 ${l.provincial}）`)))),
    ),
  );
  return { title: '首页', body };
}

export async function searchView(params: URLSearchParams): Promise<Page> {
  const q = params.get('q')?.trim() ?? '';
  const hits = q ? (await gql<{ search: Hit[] }>(SEARCH_QUERY, { text: q, first: 50 })).search : [];
  const body = h(
    'article',
    { class: 'search-page' },
    h('header', { class: 'title' }, h('h1', {}, `搜索：${q}`), h('p', { class: 'sub' }, `${hits.length} 条结果`)),
    section('结果', hits.length ? h('ul', { class: 'hits' }, ...hits.map((hit) => h('li', {}, h('span', { class: `tag t-${hit.type}` }, hitType(hit.type)), ' ', link(hitHref(hit), hit.name), ' ', h('span', { class: 'hit-context' }, hitContext(hit))))) : empty('没有找到。县可以用全称或简称（临武县、临武）搜索。')),
  );
  return { title: `搜索 ${q}`, body };
}

export async function honoursView(params: URLSearchParams): Promise<Page> {
  const q = params.get('q')?.trim() || null;
  const level = LEVELS[params.get('level') ?? ''] ? params.get('level') : null;
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : null;
  const d = await gql<{ honours: { totalCount: number; edges: { node: { name: string; level: string; awards: AwardRow[] } }[] } }>(HONOURS_QUERY, { q, level, year });
  const awards = d.honours.edges.flatMap((e) => e.node.awards).filter((a) => year === null || a.year === year);
  const levels = h('p', { class: 'filters' }, link(`/honours${q ? `?q=${encodeURIComponent(q)}` : ''}`, '全部'), ...Object.entries(LEVELS).map(([k, v]) => [' · ', link(`/honours?${new URLSearchParams({ ...(q ? { q } : {}), level: k })}`, v)]));
  const body = h(
    'article',
    { class: 'honours-page' },
    h('header', { class: 'title' }, h('h1', {}, '荣誉'), h('p', { class: 'sub' }, [q ? `含“${q}”` : '', level ? LEVELS[level] : '', year ? `${year}年` : ''].filter(Boolean).join(' · ') || '全部荣誉')),
    section(`获奖（${awards.length}）`, levels, awards.length ? honoursByLevel(awards, true) : empty('没有荣誉。')),
  );
  return { title: '荣誉', body };
}
