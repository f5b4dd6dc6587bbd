import { apiError } from './errors.ts';
import type { Executor, Row } from '../graph/executor.ts';
import type { QueryName } from '../graph/queries.ts';
import { enterpriseKey, industryKey } from '../graph/keys.ts';
import { ingestText } from '../graph/ingest.ts';
import { deleteReport } from '../graph/write-report.ts';
import { formatAmount } from './format.ts';
import { primeProjectLinks, type Loaders } from './loaders.ts';
import { connection, pageArgs } from './pagination.ts';
import { enterpriseArgs, honourArgs, indicatorArgs, PROJECT_ORDER, projectArgs, similarArgs } from './field-args.ts';
import { reportFacts } from './report-facts.ts';
import { planCounty, planProject } from './plan.ts';
import type { GraphQLResolveInfo } from 'graphql';

export interface ApiContext {
  executor: Executor;
  loaders: Loaders;
  /** Mutations are allowed: a token is configured and the request carries it. */
  authorized: boolean;
  /** A token is configured at all (otherwise mutations are disabled). */
  mutationsEnabled: boolean;
  /** Requests for a county or a project are read by one planned statement (plan.ts); off, every field asks its loader. */
  plans: boolean;
}

export const VERSION = '0.1.0';

type Args = Record<string, any>;
type Ctx = ApiContext;

const lower = (v: unknown) => (typeof v === 'string' ? v : null);

/** Enum values as the graph stores them (GDP → gdp, PERSON_TIME → person-time). */
function enumOf(values: string[], toInternal: (v: string) => string = (v) => v.toLowerCase()) {
  return Object.fromEntries(values.map((v) => [v, toInternal(v)]));
}

const METRICS = ['GDP', 'GDP_PRIMARY', 'GDP_SECONDARY', 'GDP_TERTIARY', 'PER_CAPITA_GDP', 'INDUSTRIAL_VALUE_ADDED', 'FIXED_ASSET_INVESTMENT', 'RETAIL_SALES', 'GENERAL_BUDGET_REVENUE', 'FISCAL_REVENUE', 'TAX_REVENUE', 'DISPOSABLE_INCOME', 'DISPOSABLE_INCOME_URBAN', 'DISPOSABLE_INCOME_RURAL', 'FOREIGN_TRADE', 'FOREIGN_INVESTMENT', 'DOMESTIC_INVESTMENT', 'HIGH_TECH_OUTPUT', 'AGRICULTURAL_OUTPUT', 'GRAIN_AREA', 'GRAIN_OUTPUT', 'TOURIST_VISITS', 'TOURISM_REVENUE', 'NEW_URBAN_JOBS', 'URBAN_UNEMPLOYMENT_RATE', 'KEY_PROJECT_INVESTMENT', 'INVESTMENT_ATTRACTED', 'OTHER'];

const notFoundIfAmbiguous = (name: string, rows: Row[]) =>
  apiError(`"${name}" is the name of ${rows.length} county-level units: ${rows.map((r) => `${r.name} (${r.code})`).join(', ')}. Ask by code.`, 'AMBIGUOUS', { candidates: rows.map((r) => r.code) });

function requireWrite(ctx: Ctx): void {
  if (!ctx.mutationsEnabled) throw apiError('Mutations are disabled: no API token is configured (COUNTY_GRAPH_API_TOKEN).', 'FORBIDDEN', { http: { status: 403 } });
  if (!ctx.authorized) throw apiError('Mutations need the API token: send `Authorization: Bearer <token>`.', 'UNAUTHENTICATED', { http: { status: 401 } });
}

const county = (code: unknown) => (typeof code === 'string' && code ? { code } : null);

async function countyRow(ctx: Ctx, code: string): Promise<Row> {
  const row = await ctx.loaders.county.load(code);
  if (!row) throw apiError(`No county ${code} in the graph.`, 'NOT_FOUND');
  return row;
}


/** A top-level list: the query returns the total and one page; the answer is a connection. */
async function listPage(ctx: Ctx, name: QueryName, filters: Record<string, unknown>, first: unknown, after: unknown) {
  const { skip, limit } = pageArgs(first as number | null, after as string | null);
  const [r] = await ctx.executor.read(name, { ...filters, skip, limit });
  const { page, total } = primeProjectLinks(ctx.loaders.projectLinks, { page: (r?.page as Row[]) ?? [], total: Number(r?.total ?? 0) }, ctx.loaders.county);
  return connection(page, total, skip);
}

/** Missing filters travel as nulls, so every `$param IS NULL OR …` in the Cypher holds. */
const orNull = (w: Record<string, unknown> | null | undefined, keys: string[]) => Object.fromEntries(keys.map((k) => [k, w?.[k] ?? null]));

/** The most items a list field gives, whatever `first` asks (lists that grow with the reports loaded). */
export const MAX_LIST = 500;

/**
 * A list that grows with the reports loaded, cut to its `first` argument (default in the
 * schema), never more than MAX_LIST: a client cannot make one field return megabytes.
 */
function capped<P>(resolve: (parent: P, args: Args, ctx: Ctx) => unknown) {
  return async (parent: P, args: Args, ctx: Ctx) => {
    const n = (args.first as number | null | undefined) ?? MAX_LIST;
    if (!Number.isInteger(n) || n < 0) throw apiError(`\`first\` must be a whole number from 0 to ${MAX_LIST}.`, 'BAD_USER_INPUT');
    return ((await resolve(parent, args, ctx)) as unknown[]).slice(0, Math.min(n, MAX_LIST));
  };
}

export const resolvers = {
  Metric: enumOf(METRICS),
  IndicatorKind: enumOf(['ACTUAL', 'ESTIMATE', 'TARGET']),
  Unit: enumOf(['YUAN', 'USD', 'PERCENT', 'PERSON', 'PERSON_TIME', 'MU', 'TONNE', 'HOUSEHOLD', 'COUNT'], (v) => v.toLowerCase().replace('_', '-')),
  HonourLevel: enumOf(['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'OTHER']),
  ProjectStatus: enumOf(['PLANNED', 'SIGNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'IN_PRODUCTION']),
  IndustryRole: enumOf(['LEADING', 'CHARACTERISTIC', 'EMERGING']),
  RecipientType: enumOf(['COUNTY', 'TOWN', 'VILLAGE', 'ENTERPRISE', 'ORGANISATION', 'PROJECT', 'PERSON']),
  FactType: enumOf(['INDICATOR', 'PROJECT', 'INDUSTRY', 'ENTERPRISE', 'HONOUR'], (v) => v),

  Query: {
    version: () => VERSION,

    stats: async (_: unknown, __: Args, { executor }: Ctx) => {
      const [labels, reports] = await Promise.all([executor.read('api/stats-labels'), executor.read('api/stats-reports')]);
      const r = reports[0] ?? {};
      return { labels, reports: Number(r.reports ?? 0), lastLoadedAt: r.lastLoadedAt ?? null };
    },

    county: async (_: unknown, { code, name }: Args, ctx: Ctx, info: GraphQLResolveInfo) => {
      if (!code && !name) throw apiError('Give `code` or `name`.', 'BAD_USER_INPUT');
      if (!code) {
        const rows = await ctx.executor.read('api/county-by-name', { name });
        if (rows.length > 1) throw notFoundIfAmbiguous(name, rows);
        if (!rows[0]) return null;
        code = rows[0].code;
      }
      const planned = ctx.plans ? await planCounty(ctx, code, info) : undefined;
      if (planned !== undefined) return planned ? { code } : null;
      return (await ctx.loaders.county.load(code)) ? { code } : null;
    },

    counties: async (_: unknown, { where, orderBy, first, after }: Args, ctx: Ctx) => {
      const { skip, limit } = pageArgs(first, after);
      const w = where ?? {};
      const [r] = await ctx.executor.read('api/counties', {
        province: w.province ?? null,
        prefecture: w.prefecture ?? null,
        industryKey: w.industry ? industryKey(w.industry) : null,
        honourLevel: w.honourLevel ?? null,
        nameContains: w.nameContains ?? null,
        metric: w.metric ? { period: null, minValue: null, maxValue: null, minGrowthPct: null, maxGrowthPct: null, ...w.metric } : null,
        orderBy: orderBy ?? 'NAME_ASC',
        skip,
        limit,
      });
      return connection(((r?.page as string[]) ?? []).map((code) => ({ code })), Number(r?.total ?? 0), skip);
    },

    project: async (_: unknown, { id }: Args, ctx: Ctx, info: GraphQLResolveInfo) => {
      const planned = ctx.plans ? await planProject(ctx, id, info) : undefined;
      return planned !== undefined ? planned : ctx.loaders.project.load(id);
    },

    projects: (_: unknown, { where, orderBy, first, after }: Args, ctx: Ctx) =>
      listPage(
        ctx,
        'api/projects',
        {
          ...orNull(where, ['county', 'province', 'status', 'year', 'nameContains']),
          minInvestment: where?.minInvestmentYuan ?? null,
          maxInvestment: where?.maxInvestmentYuan ?? null,
          industryKey: where?.industry ? industryKey(where.industry) : null,
          enterpriseKey: where?.enterprise ? enterpriseKey(where.enterprise) : null,
          ...PROJECT_ORDER[orderBy ?? 'INVESTMENT_DESC']!,
        },
        first,
        after,
      ),

    industry: async (_: unknown, { name }: Args, ctx: Ctx) => {
      const [r] = await ctx.executor.read('api/industry-by-name', { key: industryKey(name), name });
      return r?.industry ?? null;
    },

    industries: (_: unknown, { where, first, after }: Args, ctx: Ctx) => listPage(ctx, 'api/industries', orNull(where, ['province', 'role', 'nameContains']), first, after),

    enterprise: async (_: unknown, { name }: Args, ctx: Ctx) => {
      const [r] = await ctx.executor.read('api/enterprise-by-name', { key: enterpriseKey(name), name });
      return r?.enterprise ?? null;
    },

    enterprises: (_: unknown, { where, first, after }: Args, ctx: Ctx) =>
      listPage(ctx, 'api/enterprises', { ...orNull(where, ['county', 'province', 'nameContains']), industryKey: where?.industry ? industryKey(where.industry) : null }, first, after),

    honours: (_: unknown, { where, first, after }: Args, ctx: Ctx) =>
      listPage(ctx, 'api/honours', orNull(where, ['level', 'year', 'province', 'recipientType', 'nameContains']), first, after),

    honourLeaders: async (_: unknown, { level, year, province, first }: Args, ctx: Ctx) => {
      const { limit } = pageArgs(first, null);
      const rows = await ctx.executor.read('api/honour-leaders', { level: level ?? null, year: year ?? null, province: province ?? null, first: limit });
      return rows.map((r, i) => ({ rank: i + 1, county: { code: r.code }, count: r.count, national: r.national, provincial: r.provincial, municipal: r.municipal }));
    },

    rankCounties: async (_: unknown, { metric, period, by, kind, province, first }: Args, ctx: Ctx) => {
      const { limit } = pageArgs(first, null);
      const rows = await ctx.executor.read('api/rank-counties', { metric, period, by: by ?? 'VALUE', kind: kind ?? 'actual', province: province ?? null, first: limit });
      return rows.map((r, i) => {
        const o = r.observation as Row;
        return { rank: i + 1, county: { code: r.code }, value: o.value ?? null, unit: o.unit ?? null, growthPct: o.growthPct ?? null, period: o.period, kind: o.kind, evidence: r.evidence };
      });
    },

    indicatorPeriods: async (_: unknown, { metric, kind, province }: Args, ctx: Ctx) =>
      (await ctx.executor.read('api/indicator-periods', { metric, kind: kind ?? 'actual', province: province ?? null })).map((r) => ({ period: r.period, counties: Number(r.counties) })),

    search: async (_: unknown, { text, first }: Args, ctx: Ctx) => {
      const { limit } = pageArgs(first, null);
      const query = luceneQuery(text);
      if (!query) return [];
      const rows = await ctx.executor.read('api/search', { query, first: limit });
      return rows.filter((r) => r.type).map((r) => ({ score: r.score, type: r.type, name: (r.node as Row).name, node: { ...(r.node as Row), __typename: r.type } }));
    },

    report: async (_: unknown, { id }: Args, ctx: Ctx) => ctx.loaders.report.load(id),

    reports: (_: unknown, { first, after }: Args, ctx: Ctx) => listPage(ctx, 'api/reports', {}, first, after),
  },

  Mutation: {
    ingestReport: async (_: unknown, { text, fileName, publishedAt, county, url, title, publisher }: Args, ctx: Ctx) => {
      requireWrite(ctx);
      // The name is stored and indexed (Neo4j refuses index keys of several KB): a file name, not a document.
      if (!fileName || fileName.length > 255 || /[\u0000-\u001f]/.test(fileName)) throw apiError('`fileName` must be 1 to 255 characters without control characters.', 'BAD_USER_INPUT');
      if (!text.trim()) throw apiError(`${fileName}: the report holds no text.`, 'BAD_USER_INPUT');
      // Files holding NUL are refused as binary; text given here is held to the same rule.
      if (text.includes('\u0000')) throw apiError(`${fileName}: the text holds NUL characters; a report is text, not binary data.`, 'BAD_USER_INPUT');
      let result;
      try {
        result = await ingestText(ctx.executor, text, fileName, { publishedAt, county, url, title, publisher });
      } catch (e) {
        if ((e as { code?: string }).code === 'E_INPUT') throw apiError((e as Error).message, 'BAD_USER_INPUT');
        if ((e as { code?: string }).code === 'E_EXTRACT_TIMEOUT') throw apiError((e as Error).message, 'EXTRACTION_TIMEOUT');
        throw e;
      }
      const { extraction: x, outcome } = result;
      ctx.loaders.report.clear(x.report.id);
      return {
        report: (await ctx.loaders.report.load(x.report.id)) ?? { ...x.report, warnings: x.warnings },
        status: outcome.status,
        replaced: outcome.replaced,
        indicators: x.indicators.length,
        projects: x.projects.length,
        industries: x.industries.length,
        enterprises: x.enterprises.length,
        honours: x.honours.length,
        nodesCreated: outcome.counters.nodesCreated,
        relationshipsCreated: outcome.counters.relationshipsCreated,
        warnings: x.warnings,
      };
    },
    deleteReport: async (_: unknown, { id }: Args, ctx: Ctx) => {
      requireWrite(ctx);
      const r = await deleteReport(ctx.executor, id);
      return { deleted: r.deleted, nodesDeleted: r.counters.nodesDeleted, relationshipsDeleted: r.counters.relationshipsDeleted };
    },
  },

  County: {
    code: (c: Row) => c.code,
    name: async (c: Row, _: Args, ctx: Ctx) => ((await countyRow(ctx, c.code as string)).county as Row).name,
    shortName: async (c: Row, _: Args, ctx: Ctx) => ((await countyRow(ctx, c.code as string)).county as Row).shortName ?? null,
    kind: async (c: Row, _: Args, ctx: Ctx) => ((await countyRow(ctx, c.code as string)).county as Row).kind ?? null,
    prefecture: async (c: Row, _: Args, ctx: Ctx) => (await countyRow(ctx, c.code as string)).prefecture ?? null,
    province: async (c: Row, _: Args, ctx: Ctx) => (await countyRow(ctx, c.code as string)).province,
    indicators: capped((c: Row, args: Args, ctx: Ctx) => ctx.loaders.countyIndicators(indicatorArgs(args)).load(c.code as string)),
    projects: async (c: Row, args: Args, ctx: Ctx) => {
      const a = projectArgs(args);
      const p = await ctx.loaders.countyProjects(a).load(c.code as string);
      return connection(p.page, p.total, a.skip);
    },
    industries: capped(async (c: Row, _: Args, ctx: Ctx) => (await ctx.loaders.countyIndustries.load(c.code as string)).map((x) => ({ ...x, countyCode: c.code }))),
    enterprises: async (c: Row, args: Args, ctx: Ctx) => {
      const a = enterpriseArgs(args);
      const p = await ctx.loaders.countyEnterprises(a).load(c.code as string);
      return connection(p.page, p.total, a.skip);
    },
    honours: capped((c: Row, args: Args, ctx: Ctx) => ctx.loaders.countyHonours(honourArgs(args)).load(c.code as string)),
    reports: capped((c: Row, _: Args, ctx: Ctx) => ctx.loaders.countyReports.load(c.code as string)),
    similarCounties: async (c: Row, args: Args, ctx: Ctx) => {
      const rows = await ctx.loaders.similarCounties(similarArgs(args)).load(c.code as string);
      return rows.map((r) => ({ county: { code: r.code }, score: r.score, sharedIndustries: [...(r.shared as string[])].sort() }));
    },
  },

  Observation: {
    formattedValue: (o: Row) => formatAmount(o.value as number | null, lower(o.unit)),
  },

  Project: {
    aliases: (p: Row) => p.aliases ?? [p.name],
    investment: (p: Row) => formatAmount(p.investmentYuan as number | null, 'yuan'),
    county: async (p: Row, _: Args, ctx: Ctx) => county((await ctx.loaders.projectLinks.load(p.id as string))?.county),
    industry: async (p: Row, _: Args, ctx: Ctx) => (await ctx.loaders.projectLinks.load(p.id as string))?.industry ?? null,
    enterprises: capped(async (p: Row, _: Args, ctx: Ctx) => (await ctx.loaders.projectLinks.load(p.id as string))?.enterprises ?? []),
    evidence: capped((p: Row, _: Args, ctx: Ctx) => ctx.loaders.evidence.load({ kind: 'project', key: p.id as string })),
  },

  Industry: {
    aliases: (i: Row) => i.aliases ?? [i.name],
    counties: capped(async (i: Row, _: Args, ctx: Ctx) => (((await ctx.loaders.industryLinks.load(i.key as string))?.counties as Row[]) ?? []).map((c) => ({ county: { code: c.code }, role: c.role }))),
    enterprises: capped(async (i: Row, _: Args, ctx: Ctx) => ((await ctx.loaders.industryLinks.load(i.key as string))?.enterprises as Row[]) ?? []),
    projects: async (i: Row, { first, after }: Args, ctx: Ctx) => {
      const { skip, limit } = pageArgs(first, after);
      const p = await ctx.loaders.industryProjects({ skip, limit }).load(i.key as string);
      return connection(p.page, p.total, skip);
    },
  },

  CountyIndustry: {
    evidence: capped((ci: Row, _: Args, ctx: Ctx) => ctx.loaders.evidence.load({ kind: 'countyIndustry', key: (ci.industry as Row).key as string, extra: ci.countyCode as string })),
  },

  Enterprise: {
    aliases: (e: Row) => e.aliases ?? [e.name],
    industries: capped(async (e: Row, _: Args, ctx: Ctx) => ((await ctx.loaders.enterpriseLinks.load(e.key as string))?.industries as Row[]) ?? []),
    projects: capped(async (e: Row, _: Args, ctx: Ctx) => ((await ctx.loaders.enterpriseLinks.load(e.key as string))?.projects as Row[]) ?? []),
    counties: capped(async (e: Row, _: Args, ctx: Ctx) => (((await ctx.loaders.enterpriseLinks.load(e.key as string))?.counties as string[]) ?? []).map((code) => ({ code }))),
    honours: capped(async (e: Row, _: Args, ctx: Ctx) => (((await ctx.loaders.enterpriseLinks.load(e.key as string))?.awards as Row[]) ?? [])),
    evidence: capped((e: Row, _: Args, ctx: Ctx) => ctx.loaders.evidence.load({ kind: 'enterprise', key: e.key as string })),
  },

  Honour: {
    aliases: (h: Row) => h.aliases ?? [h.name],
    level: (h: Row) => h.level ?? 'other',
    awards: capped((h: Row, _: Args, ctx: Ctx) => ctx.loaders.honourAwards.load(h.key as string)),
  },

  Award: {
    evidence: capped((a: Row, _: Args, ctx: Ctx) => ctx.loaders.evidence.load({ kind: 'award', key: (a.honour as Row).key as string, extra: a.recipientKey as string })),
  },

  Recipient: {
    county: (r: Row) => county(r.countyCode),
  },

  CountyRank: {
    formattedValue: (r: Row) => formatAmount(r.value as number | null, lower(r.unit)),
  },

  SearchResult: {
    __resolveType: (n: Row) => n.__typename as string,
  },

  Evidence: {
    report: (e: Row) => e.report,
  },

  Report: {
    county: async (r: Row, _: Args, ctx: Ctx) => {
      if (r.countyCode !== undefined) return county(r.countyCode);
      const full = await ctx.loaders.report.load(r.id as string);
      return county(full?.countyCode);
    },
    warnings: (r: Row) => r.warnings ?? [],
    text: async (r: Row, _: Args, ctx: Ctx) => ((await ctx.loaders.reportFacts.load(r.id as string))?.text as string | null) ?? null,
    facts: capped(async (r: Row, _: Args, ctx: Ctx) => {
      const row = await ctx.loaders.reportFacts.load(r.id as string);
      return row ? reportFacts(row) : [];
    }),
  },
};

/**
 * The user's words as a Lucene query of quoted phrases, so a search can neither break
 * the query syntax nor use Lucene operators; every word must appear.
 */
export function luceneQuery(text: string): string {
  // Inside a quoted phrase every character is literal but the quote and the backslash, which go.
  return String(text)
    .slice(0, 200)
    .split(/\s+/)
    .map((w) => w.replace(/["\\]/g, ''))
    .filter(Boolean)
    .map((w) => `"${w}"`)
    .join(' AND ');
}
