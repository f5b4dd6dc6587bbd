import { pageArgs } from './pagination.ts';

/**
 * The loader arguments of each County field, from the field's GraphQL arguments. The
 * resolvers and the request planner (plan.ts) both use them, so a part the planner read
 * ahead is found under the very key the resolver asks for.
 */

type Args = Record<string, any>;

export const PROJECT_ORDER: Record<string, { field: string; descending: boolean }> = {
  INVESTMENT_DESC: { field: 'investmentYuan', descending: true },
  INVESTMENT_ASC: { field: 'investmentYuan', descending: false },
  YEAR_DESC: { field: 'year', descending: true },
  YEAR_ASC: { field: 'year', descending: false },
  NAME_ASC: { field: 'name', descending: false },
};

export const indicatorArgs = ({ metric, period, kind }: Args) => ({ metric: metric ?? null, period: period ?? null, kind: kind ?? null });

export function projectArgs({ orderBy, first, after }: Args) {
  const { skip, limit } = pageArgs(first, after);
  return { ...PROJECT_ORDER[orderBy ?? 'INVESTMENT_DESC']!, skip, limit };
}

export const enterpriseArgs = ({ first, after }: Args) => pageArgs(first, after);

export const honourArgs = ({ level, year }: Args) => ({ level: level ?? null, year: year ?? null });

export const similarArgs = ({ first }: Args) => ({ first: pageArgs(first ?? 5, null).limit });
