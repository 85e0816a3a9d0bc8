/**
 * @module kb/place-names
 * Spelling keys and id slugs for the knowledge-base generators.
 */

/** Folds case, diacritics and punctuation, as the data test compares spellings. */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+&]+/gu, ' ')
    .trim();
}

/** An id slug: folded ASCII words joined by hyphens ("Ho Chi Minh City" → "ho-chi-minh-city"). */
export function placeSlug(name: string): string {
  return (
    foldName(name)
      .replace(/[^a-z0-9 ]/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'x'
  );
}
