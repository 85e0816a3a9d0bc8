/**
 * @module publication-period
 * When a document was published, as precisely as its source says: the stated day (`meta.published`), else the month
 * or year a placeholder gives ("published: unknown (November 2021)", kept by the reader in `meta.extra`). A month
 * still dates a report well enough to find the meeting it tells of and the year of its undated days.
 */
import type { DocumentMeta } from '../../model/document.ts';
import { anyOf, compileOnce } from './compile-once.ts';
import type { DateFinder } from './find-dates.ts';
import type { DatePhrases } from './load-lexicons.ts';

/** A bound ("after October 2022", "before …") says the day is not in that month. */
const boundOf = compileOnce(
  (phrases: DatePhrases) => new RegExp(`\\b(?:${anyOf(phrases.approximateBounds.words)})\\s`, 'i'),
);

/**
 * `YYYY-MM-DD`, `YYYY-MM` or null. @example publicationPeriod({ extra: { published: 'unknown (June 2024)' } }, dates,
 * phrases) === '2024-06'
 */
export function publicationPeriod(meta: DocumentMeta, dates: DateFinder, phrases: DatePhrases): string | null {
  if (meta.published) return meta.published;
  const bound = boundOf(phrases);
  for (const key of phrases.publicationKeys.words) {
    const stated = meta.extra?.[key];
    if (!stated || bound.test(stated)) continue;
    const found = dates.find(stated).find((d) => d.date && d.hasYear && !d.broken);
    if (found?.date) return found.date;
  }
  return null;
}
