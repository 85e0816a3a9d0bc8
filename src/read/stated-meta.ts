/**
 * @module stated-meta
 * Maps the `key: value` pairs a source states about itself (a header block, YAML front
 * matter) onto `DocumentMeta`, keeping everything else in `extra`.
 */
import type { DocumentMeta } from '../model/document.ts';
import { isoDate } from './iso-date.ts';

/** Which stated keys fill which meta field (first match wins). */
const FIELD_KEYS: Readonly<Record<'url' | 'title' | 'published' | 'publisher' | 'kind', readonly string[]>> = {
  url: ['url', 'source', 'canonical', 'link'],
  title: ['title'],
  published: ['published', 'date', 'pubdate', 'published_at', 'publishdate'],
  publisher: ['publisher', 'site', 'site_name', 'author'],
  kind: ['kind'],
};

/**
 * Meta from stated pairs. A placeholder ("unknown…") or an unreadable date does not fill a
 * field; it stays in `extra` under its own key, so nothing stated is lost.
 * @example statedMeta({ title: 'T', published: '2025-04-26', event: 'e' }) // {title, published, extra: {event}}
 */
export function statedMeta(pairs: Readonly<Record<string, string>>): DocumentMeta {
  const meta: DocumentMeta = {};
  const used = new Set<string>();
  for (const [field, keys] of Object.entries(FIELD_KEYS) as [keyof typeof FIELD_KEYS, readonly string[]][]) {
    for (const key of keys) {
      const value = pairs[key]?.trim();
      if (value === undefined || used.has(key) || isPlaceholder(value)) continue;
      const accepted = field === 'published' ? isoDate(value) : value;
      if (!accepted) continue;
      meta[field] = accepted;
      used.add(key);
      break;
    }
  }
  const extra = Object.fromEntries(Object.entries(pairs).filter(([key]) => !used.has(key)));
  if (Object.keys(extra).length) meta.extra = extra;
  return meta;
}

/** "unknown", "unknown (URL slug: …)", "n/a", "" — a stated absence. */
function isPlaceholder(value: string): boolean {
  return value === '' || /^(unknown|n\/a|none|null|-)\b/i.test(value);
}
