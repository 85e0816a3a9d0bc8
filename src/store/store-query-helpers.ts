/**
 * @module store-query-helpers
 * Small rules every read query of the store follows: user strings lose NUL characters, pages
 * are clamped, LIKE wildcards are escaped.
 */

/** Page size when the caller gives none, and the largest one allowed. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 10_000;

/**
 * Drops NUL characters from a query's strings: PostgreSQL text cannot hold them and would fail
 * the query, so user input with a NUL must simply match what it matches without it.
 */
export function withoutNul<T extends object>(query: T): T {
  return Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v.replaceAll('\u0000', '') : v]),
  ) as T;
}

export function paging(query: { limit?: number; offset?: number }): { limit: number; offset: number } {
  return {
    limit: clamp(query.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: clamp(query.offset ?? 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

export function clamp(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n))) : min;
}

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
