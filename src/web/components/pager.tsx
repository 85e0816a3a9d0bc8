/**
 * @module pager
 * Previous / next links and a "21–40 of 93" line for paged lists.
 */

export interface PagerProps {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  /** Builds the link of another page from its offset (keeps the other query parameters). */
  readonly hrefFor: (offset: number) => string;
}

/**
 * The pager; nothing when everything fits on one page.
 * @example <Pager total={93} limit={20} offset={20} hrefFor={(o) => `/?offset=${o}`} />
 */
export function Pager({ total, limit, offset, hrefFor }: PagerProps) {
  if (total <= limit && offset === 0) return null;
  const from = Math.min(offset + 1, total);
  const to = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Pages">
      {offset > 0 ? (
        <a rel="prev" href={hrefFor(Math.max(0, offset - limit))}>
          ← Previous
        </a>
      ) : (
        <span class="disabled">← Previous</span>
      )}
      <span class="count">
        {from}–{to} of {total}
      </span>
      {to < total ? (
        <a rel="next" href={hrefFor(offset + limit)}>
          Next →
        </a>
      ) : (
        <span class="disabled">Next →</span>
      )}
    </nav>
  );
}

/** A URL with query parameters, empty values left out. @example withQuery('/', { q: 'a', kind: '' }) === '/?q=a' */
export function withQuery(path: string, params: Readonly<Record<string, string | number | undefined>>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}
