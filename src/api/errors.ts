import { createGraphQLError } from 'graphql-yoga';

export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'AMBIGUOUS' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NEO4J_UNAVAILABLE' | 'NEO4J_BUSY' | 'QUERY_TIMEOUT' | 'EXTRACTION_TIMEOUT' | 'QUERY_TOO_LARGE' | 'SERVER_BUSY';

/**
 * An error meant for the client: its message and code are shown as they are. Made by
 * yoga's own factory, so the server recognises it whichever copy of graphql loaded it.
 */
export function apiError(message: string, code: ApiErrorCode, extensions: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code, ...extensions } });
}

/** The innermost cause of an error (graphql wraps resolver errors in located errors). */
export function rootCause(error: unknown): unknown {
  let e = error as { originalError?: unknown } | undefined;
  while (e && typeof e === 'object' && e.originalError) e = e.originalError as typeof e;
  return e;
}
