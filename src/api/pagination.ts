import { apiError } from './errors.ts';

/** The most items one page may hold. */
export const MAX_FIRST = 100;
/** The furthest offset a cursor may name: far beyond any list here, far below Neo4j's integer limits. */
export const MAX_OFFSET = 100_000_000;

export function pageArgs(first: number | null | undefined, after: string | null | undefined): { skip: number; limit: number } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0) throw apiError('`first` must be a whole number from 0 to 100.', 'BAD_USER_INPUT');
  let skip = 0;
  if (after) {
    const decoded = /^o:(\d{1,12})$/.exec(Buffer.from(after.slice(0, 64), 'base64url').toString('utf8'));
    if (!decoded) throw apiError('`after` is not a cursor this API gave out.', 'BAD_USER_INPUT');
    skip = Number(decoded[1]) + 1;
    if (skip > MAX_OFFSET) throw apiError('`after` points beyond any page this API gives out.', 'BAD_USER_INPUT');
  }
  return { skip, limit: Math.min(limit, MAX_FIRST) };
}

export const cursorOf = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function connection<T>(page: T[], total: number, skip: number): Connection<T> {
  const edges = page.map((node, i) => ({ node, cursor: cursorOf(skip + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: skip + page.length < total,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: total,
  };
}
