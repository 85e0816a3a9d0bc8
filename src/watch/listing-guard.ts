/**
 * @module listing-guard
 * What a feed or sitemap must pass before it is parsed. Feeds come from anyone: one that
 * declares entities (the "billion laughs" expands a few hundred bytes into gigabytes) is
 * refused outright, since no real feed needs a DTD; one that lists more entries than a poll
 * reads is cut before the parser sees the rest, so parsing costs at most that many entries.
 */

/** Why a listing was refused; `code` is stable. */
export class ListingError extends Error {
  readonly code: 'entities' | 'not-a-listing' | 'malformed' | 'too-deep' | 'over-budget';
  constructor(code: ListingError['code'], message: string) {
    super(message);
    this.name = 'ListingError';
    this.code = code;
  }
}

/** The opening tag of an entry of RSS (`item`), Atom (`entry`), a sitemap (`url`) or an index (`sitemap`). */
const ENTRY_TAG = /<(?:item|entry|url|sitemap)[\s>/]/g;
const ENTITY_DECLARATION = /<!ENTITY/i;

/** The text to parse and how many entries the whole document opened. */
export interface GuardedListing {
  readonly text: string;
  readonly listed: number;
}

/**
 * Refuses entity declarations and keeps the text up to the entry after the first `maxEntries`.
 * @example guardListing('<rss><channel><item/></channel></rss>', 100).listed === 1
 */
export function guardListing(xml: string, maxEntries: number): GuardedListing {
  if (ENTITY_DECLARATION.test(xml))
    throw new ListingError('entities', 'The document declares XML entities, which no feed or sitemap needs: refused');
  let listed = 0;
  let cut = xml.length;
  ENTRY_TAG.lastIndex = 0;
  for (let m = ENTRY_TAG.exec(xml); m; m = ENTRY_TAG.exec(xml)) {
    listed++;
    if (listed === maxEntries + 1) cut = m.index;
  }
  // The parser accepts a document whose last elements are left open, so the cut needs no repair.
  return { text: cut < xml.length ? xml.slice(0, cut) : xml, listed };
}
