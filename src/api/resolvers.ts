import type { Executor } from '../graph/executor.ts';

export interface ApiContext {
  executor: Executor;
}

export const VERSION = '0.1.0';

export const resolvers = {
  Query: {
    version: () => VERSION,
    stats: async (_: unknown, __: unknown, { executor }: ApiContext) => {
      const [labels, reports] = await Promise.all([executor.read('api/stats-labels'), executor.read('api/stats-reports')]);
      const r = reports[0] ?? {};
      return { labels, reports: Number(r.reports ?? 0), lastLoadedAt: r.lastLoadedAt ?? null };
    },
  },
};
