import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Row } from '../graph/executor.ts';
import { enterpriseArgs, honourArgs, indicatorArgs, projectArgs, similarArgs } from './field-args.ts';
import { primeProjectLinks, type Loaders } from './loaders.ts';
import { argumentsOf, fieldsOf, operationAsks, subfields, type AnyField, type Selection } from './selection.ts';
import type { Executor } from '../graph/executor.ts';

/**
 * Request plans: where a request asks for a county or a project with the parts around it,
 * one statement reads them all (api/county-page, api/project-page) and its rows are primed
 * into the same DataLoaders the nested resolvers ask, so every resolver below finds its
 * answer already there and the request costs one round trip instead of one per level.
 * A part the plan does not cover (a second alias with other arguments, a list of counties)
 * falls through to the loaders' batched queries, so answers never depend on the plan.
 */

interface PlanContext {
  executor: Executor;
  loaders: Loaders;
}

type Fields = Map<string, FieldNode[]>;

function selection(info: GraphQLResolveInfo): Selection {
  return { fragments: info.fragments, variables: info.variableValues };
}

/** The arguments of the first occurrence of a County field, as its loader key; null when not asked or not valid (the resolver then reports it). */
function partArgs<T>(fields: Fields, name: string, defs: Record<string, AnyField>, s: Selection, toKey: (args: Record<string, unknown>) => T): T | null {
  const node = fields.get(name)?.[0];
  if (!node || !defs[name]) return null;
  try {
    return toKey(argumentsOf(defs[name], node, s));
  } catch {
    return null;
  }
}

/** Enterprise fields answered from api/enterprise-links. */
const ENTERPRISE_LINKS = new Set(['industries', 'projects', 'counties', 'honours']);

/** Whether any field of the request shows aliases: when none does, the page's statement leaves them out. */
const asksAliases = (info: GraphQLResolveInfo) => operationAsks(info.operation, info.fragments, 'aliases');

const asksEvidence = (nodes: FieldNode[] | undefined, s: Selection) => subfields(nodes, s).has('evidence');
const strip = (row: Row, key: string): Row => {
  const { [key]: _, ...rest } = row;
  return rest;
};

/**
 * Reads a county and the parts of it the request selects in one statement and primes the
 * loaders with them. Returns whether the county exists, or undefined when the request
 * asks for nothing beyond the county's own fields (the county loader is enough then).
 */
export async function planCounty(ctx: PlanContext, code: string, info: GraphQLResolveInfo): Promise<boolean | undefined> {
  const s = selection(info);
  const fields = fieldsOf(info.fieldNodes.map((n) => n.selectionSet), s);
  const defs = (info.schema.getType('County') as unknown as { getFields(): Record<string, AnyField> }).getFields();
  const projectNodes = subfields(subfields(fields.get('projects'), s).get('edges'), s).get('node');
  const enterprises = partArgs(fields, 'enterprises', defs, s, enterpriseArgs);
  const enterpriseLinks = [...subfields(subfields(subfields(fields.get('enterprises'), s).get('edges'), s).get('node'), s).keys()].some((k) => ENTERPRISE_LINKS.has(k));
  const similar = partArgs(fields, 'similarCounties', defs, s, similarArgs);
  const params = {
    code,
    reports: fields.has('reports'),
    indicators: partArgs(fields, 'indicators', defs, s, indicatorArgs),
    projects: partArgs(fields, 'projects', defs, s, projectArgs),
    projectEvidence: asksEvidence(projectNodes, s),
    industries: fields.has('industries'),
    industryEvidence: asksEvidence(fields.get('industries'), s),
    enterprises: enterpriseLinks ? null : enterprises,
    honours: partArgs(fields, 'honours', defs, s, honourArgs),
    awardEvidence: asksEvidence(fields.get('honours'), s),
    aliases: asksAliases(info),
  };
  if (!params.reports && !params.indicators && !params.projects && !params.industries && !params.enterprises && !params.honours && !similar && !enterprises) return undefined;

  const L = ctx.loaders;
  // The heavy parts run beside the statement through their own loaders (their answers
  // wait in the loaders' caches; a failure reaches the resolver that asks for it).
  const beside: Promise<unknown>[] = [];
  if (similar) beside.push(L.similarCounties(similar).load(code).then((rows) => L.county.loadMany(rows.map((x) => x.code as string))));
  if (enterprises && enterpriseLinks) beside.push(L.countyEnterprises(enterprises).load(code).then((p) => L.enterpriseLinks.loadMany(p.page.map((x) => x.key as string))));
  const [r] = await ctx.executor.read('api/county-page', params);
  await Promise.all(beside.map((x) => x.catch(() => undefined)));
  if (!r) {
    L.county.prime(code, null);
    return false;
  }
  L.county.prime(code, r.row as Row);
  if (params.reports) L.countyReports.prime(code, r.reports as Row[]);
  if (params.indicators) L.countyIndicators(params.indicators).prime(code, r.observations as Row[]);
  if (params.projects) {
    const [p] = r.projects as { total: number; page: Row[] }[];
    const page = p!.page.map((x) => {
      if (params.projectEvidence) L.evidence.prime({ kind: 'project', key: x.id as string }, x.evidence as Row[]);
      return strip(x, 'evidence');
    });
    L.countyProjects(params.projects).prime(code, primeProjectLinks(L.projectLinks, { total: Number(p!.total), page }));
  }
  if (params.industries) {
    const industries = (r.industries as Row[]).map((x) => {
      if (params.industryEvidence) L.evidence.prime({ kind: 'countyIndustry', key: (x.industry as Row).key as string, extra: code }, x.evidence as Row[]);
      return strip(x, 'evidence');
    });
    L.countyIndustries.prime(code, industries);
  }
  if (params.enterprises) {
    const [e] = r.enterprises as { total: number; page: Row[] }[];
    L.countyEnterprises(params.enterprises).prime(code, { total: Number(e!.total), page: e!.page });
  }
  if (params.honours) {
    const awards = (r.awards as Row[]).map((x) => {
      if (params.awardEvidence) L.evidence.prime({ kind: 'award', key: (x.honour as Row).key as string, extra: x.recipientKey as string }, x.evidence as Row[]);
      return strip(x, 'evidence');
    });
    L.countyHonours(params.honours).prime(code, awards);
  }
  return true;
}

/**
 * Reads a project with its links, and its county and evidence when asked, in one
 * statement, priming the loaders. Returns the project row (null when there is none), or
 * undefined when the request asks only for the project's own fields.
 */
export async function planProject(ctx: PlanContext, id: string, info: GraphQLResolveInfo): Promise<Row | null | undefined> {
  const s = selection(info);
  const fields = fieldsOf(info.fieldNodes.map((n) => n.selectionSet), s);
  const county = fields.has('county');
  const evidence = fields.has('evidence');
  if (!county && !evidence && !fields.has('industry') && !fields.has('enterprises')) return undefined;
  const [r] = await ctx.executor.read('api/project-page', { id, county, evidence, aliases: asksAliases(info) });
  const L = ctx.loaders;
  if (!r) {
    L.project.prime(id, null);
    return null;
  }
  L.project.prime(id, r.project as Row);
  L.projectLinks.prime(id, r.links as Row);
  if (county && r.countyRow) L.county.prime((r.countyRow as Row).code as string, r.countyRow as Row);
  if (evidence) L.evidence.prime({ kind: 'project', key: id }, r.evidence as Row[]);
  return r.project as Row;
}
