/**
 * @module publication-period
 * When a document was published, as precisely as its source says: the stated day (`meta.published`), else the month
 * or year a placeholder gives ("published: unknown (November 2021)", kept by the reader in `meta.extra`). A month
 * still dates a report well enough to find the meeting it tells of and the year of its undated days.
 */
import type { DocumentMeta } from '../../model/document.ts';
import type { DateFinder } from './find-dates.ts';

/** The keys a header may state the publication under (as the reader's `stated-meta`). */
const KEYS = ['published', 'date', 'pubdate', 'published_at', 'publishdate'];
/** A bound ("after October 2022", "before …") says the day is not in that month. */
const BOUND = /\b(after|before|since|until|circa|ca\.)\s/i;

/**
 * `YYYY-MM-DD`, `YYYY-MM` or null. @example publicationPeriod({ extra: { published: 'unknown (June 2024)' } }, dates)
 * === '2024-06'
 */
export function publicationPeriod(meta: DocumentMeta, dates: DateFinder): string | null {
  if (meta.published) return meta.published;
  for (const key of KEYS) {
    const stated = meta.extra?.[key];
    if (!stated || BOUND.test(stated)) continue;
    const found = dates.find(stated).find((d) => d.date && d.hasYear && !d.broken);
    if (found?.date) return found.date;
  }
  return null;
}
