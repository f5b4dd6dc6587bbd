import type { Page } from './parts.ts';
import { countyView } from './views/county.ts';
import { homeView, honoursView, searchView } from './views/home.ts';
import { enterpriseView, industryView } from './views/industry.ts';
import { compareView, leagueView } from './views/league.ts';
import { projectView } from './views/project.ts';
import { reportView } from './views/report.ts';

export interface Route {
  name: string;
  render: () => Promise<Page>;
}

/** The view an address names. */
export function routeOf(pathname: string, params: URLSearchParams): Route {
  const [, kind, rest] = /^\/([a-z]+)\/(.+)$/.exec(pathname) ?? [];
  const arg = rest ? decodeURIComponent(rest) : '';
  switch (kind) {
    case 'county':
      return { name: 'county', render: () => countyView(arg) };
    case 'project':
      return { name: 'project', render: () => projectView(arg) };
    case 'industry':
      return { name: 'industry', render: () => industryView(arg) };
    case 'enterprise':
      return { name: 'enterprise', render: () => enterpriseView(arg) };
    case 'report':
      return { name: 'report', render: () => reportView(arg) };
  }
  switch (pathname) {
    case '/league':
      return { name: 'league', render: () => leagueView(params) };
    case '/compare':
      return { name: 'compare', render: () => compareView(params) };
    case '/search':
      return { name: 'search', render: () => searchView(params) };
    case '/honours':
      return { name: 'honours', render: () => honoursView(params) };
    default:
      return { name: 'home', render: () => homeView() };
  }
}
