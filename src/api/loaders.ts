import DataLoader from 'dataloader';
import type { Executor, Row } from '../graph/executor.ts';
import type { QueryName } from '../graph/queries.ts';

/**
 * Per-request batching: every nested field asks its loader, and each loader sends one
 * query for all the keys asked in the same tick. A query for 50 counties with their
 * projects, industries and honours therefore makes one round trip per field, not 50.
 */

type Keyed = Record<string, unknown>;

/** A loader whose batch query takes `$<param>` (a list of keys) and returns rows with `keyField`. */
function byKey<V>(executor: Executor, name: QueryName, param: string, keyField: string, pick: (row: Row) => V, empty: V, extra: Keyed = {}) {
  return new DataLoader<string, V>(async (keys) => {
    const rows = await executor.read(name, { ...extra, [param]: [...keys] });
    const found = new Map(rows.map((r) => [r[keyField] as string, pick(r)]));
    return keys.map((k) => found.get(k) ?? empty);
  });
}

/** Loaders whose query also takes arguments (paging, filters): one loader per distinct set of arguments. */
function withArgs<V>(make: (args: Keyed) => DataLoader<string, V>) {
  const cache = new Map<string, DataLoader<string, V>>();
  return (args: Keyed) => {
    const k = JSON.stringify(args);
    let loader = cache.get(k);
    if (!loader) cache.set(k, (loader = make(args)));
    return loader;
  };
}

export interface Page {
  total: number;
  page: Row[];
}

/**
 * Pages of projects arrive with each project's industry and enterprises (`links`, the
 * shape of api/project-links), and some with its county's row (`links.countyRow`, the
 * shape of api/counties-by-code): they go into the links and county loaders, so asking
 * for them costs no second round trip.
 */
export function primeProjectLinks(loader: DataLoader<string, Row | null>, page: Page, counties?: DataLoader<string, Row | null>): Page {
  for (const row of page.page) {
    const links = row.links as Row | undefined;
    if (!links || !row.id) continue;
    const { countyRow, ...rest } = links;
    loader.prime(row.id as string, rest);
    if (counties && countyRow) counties.prime((countyRow as Row).code as string, countyRow as Row);
  }
  return page;
}

export type EvidenceItem = { kind: 'project' | 'enterprise' | 'countyIndustry' | 'award'; key: string; extra?: string | null };

export function createLoaders(executor: Executor) {
  const projectLinks = byKey(executor, 'api/project-links', 'ids', 'id', (r) => r, null as Row | null);
  const county = byKey(executor, 'api/counties-by-code', 'codes', 'code', (r) => r, null as Row | null);
  const pageOf = (r: Row): Page => primeProjectLinks(projectLinks, { total: Number(r.total ?? 0), page: (r.page as Row[]) ?? [] }, county);
  const noPage: Page = { total: 0, page: [] };
  return {
    county,
    project: byKey(executor, 'api/projects-by-id', 'ids', 'id', (r) => r.project as Row, null as Row | null),
    projectLinks,
    report: byKey(executor, 'api/reports-by-id', 'ids', 'id', (r) => r.report as Row, null as Row | null),
    reportFacts: byKey(executor, 'api/report-facts', 'ids', 'id', (r) => r, null as Row | null),
    countyIndustries: byKey(executor, 'api/county-industries', 'codes', 'code', (r) => r.industries as Row[], [] as Row[]),
    countyReports: byKey(executor, 'api/county-reports', 'codes', 'code', (r) => r.reports as Row[], [] as Row[]),
    industryLinks: byKey(executor, 'api/industry-links', 'keys', 'key', (r) => r, null as Row | null),
    enterpriseLinks: byKey(executor, 'api/enterprise-links', 'keys', 'key', (r) => r, null as Row | null),
    honourAwards: byKey(executor, 'api/honour-awards', 'keys', 'key', (r) => r.awards as Row[], [] as Row[]),
    countyIndicators: withArgs((args) => byKey(executor, 'api/county-indicators', 'codes', 'code', (r) => r.observations as Row[], [] as Row[], args)),
    countyProjects: withArgs((args) => byKey(executor, 'api/county-projects', 'codes', 'code', pageOf, noPage, args)),
    countyEnterprises: withArgs((args) => byKey(executor, 'api/county-enterprises', 'codes', 'code', pageOf, noPage, args)),
    countyHonours: withArgs((args) => byKey(executor, 'api/county-honours', 'codes', 'code', (r) => r.awards as Row[], [] as Row[], args)),
    similarCounties: withArgs((args) => byKey(executor, 'api/similar-counties', 'codes', 'code', (r) => r.similar as Row[], [] as Row[], args)),
    industryProjects: withArgs((args) => byKey(executor, 'api/industry-projects', 'keys', 'key', pageOf, noPage, args)),
    evidence: new DataLoader<EvidenceItem, Row[], string>(
      async (items) => {
        const rows = await executor.read('api/evidence', { items: items.map((i) => ({ kind: i.kind, key: i.key, extra: i.extra ?? null })) });
        const found = new Map(rows.map((r) => [r.k as string, r.evidence as Row[]]));
        return items.map((i) => found.get(`${i.kind}|${i.key}|${i.extra ?? ''}`) ?? []);
      },
      { cacheKeyFn: (i) => `${i.kind}|${i.key}|${i.extra ?? ''}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
