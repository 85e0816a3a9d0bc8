/**
 * @module watched-source
 * A source Concord watches for new documents (issue 12): an RSS or Atom feed, a sitemap (or a
 * sitemap index), or one page whose new versions are new documents. Each is polled on its own
 * interval; the items it lists are remembered with the time they were first seen, so an item
 * is fetched and ingested once however often it is listed.
 */

/** What a watched URL is. `feed` covers RSS 0.9x/1.0/2.0 and Atom (told apart when parsed). */
export const SOURCE_KINDS = ['feed', 'sitemap', 'page'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Shortest and longest polling intervals, in minutes (a day is the default). */
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const DEFAULT_INTERVAL_MINUTES = 24 * 60;

/** A watched source as stored, with what its polls found. Times are ISO strings. */
export interface WatchedSource {
  readonly id: string;
  readonly url: string;
  readonly kind: SourceKind;
  /** The multilateral format the source belongs to (a `/formats` key such as `sco`), if given. */
  readonly format: string | null;
  readonly intervalMinutes: number;
  readonly addedBy: string;
  readonly addedAt: string;
  /** When the last poll ended (success or failure); null before the first. */
  readonly lastPolledAt: string | null;
  /** The last poll's error; null when it succeeded. */
  readonly lastError: string | null;
  /** Polls failed in a row (0 after a success): drives the retry back-off. */
  readonly failures: number;
  /** Items listed by the source so far (seen at least once). */
  readonly itemsSeen: number;
  /** Of those, items stored as documents (new or already there). */
  readonly itemsIngested: number;
  /** Of those, items not stored whose last fetch or read failed (each keeps its error). */
  readonly itemsFailed: number;
}

/** An item a source listed, as remembered. */
export interface WatchedItem {
  readonly sourceId: string;
  /** The item's URL, or for a watched page its URL and the hash of one version. */
  readonly key: string;
  readonly url: string;
  readonly title: string | null;
  readonly firstSeenAt: string;
  /** The document it became, once ingested. */
  readonly documentId: string | null;
  /** SHA-256 of the fetched bytes, once fetched. */
  readonly contentHash: string | null;
  /** The last failure to fetch or read it. */
  readonly error: string | null;
  readonly attempts: number;
}

/** What adding a source needs. */
export interface NewWatchedSource {
  readonly url: string;
  readonly kind: SourceKind;
  readonly format?: string | null;
  readonly intervalMinutes?: number;
  readonly addedBy: string;
}
