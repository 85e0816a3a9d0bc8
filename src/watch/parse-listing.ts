/**
 * @module parse-listing
 * Reads the entries of a feed or sitemap: RSS 0.9x/2.0 (`rss/channel/item`), RSS 1.0
 * (`rdf:RDF/item`), Atom (`feed/entry`), a sitemap (`urlset/url`) and a sitemap index
 * (`sitemapindex/sitemap`), with fast-xml-parser. Entity declarations are refused and entries
 * past the limit never parsed (see `listing-guard.ts`); only http(s) links are kept, made
 * absolute against the listing's own URL, each once.
 */
import { XMLParser } from 'fast-xml-parser';
import { MAX_ENTRIES } from './listing-limit.ts';
import { guardListing, ListingError } from './listing-guard.ts';

export type ListingKind = 'rss' | 'atom' | 'sitemap' | 'sitemap-index';

/** One entry: the document (or, in an index, the sitemap) it points to. */
export interface ListedEntry {
  readonly url: string;
  readonly title?: string;
  /** As the listing dates it (pubDate, updated, lastmod), unparsed. */
  readonly date?: string;
}

export interface Listing {
  readonly kind: ListingKind;
  /** Entries in the listing's order, at most the limit. */
  readonly entries: readonly ListedEntry[];
  /** How many entries the document opened (more than `entries` when it was cut). */
  readonly listed: number;
}

const ARRAYS = new Set(['item', 'entry', 'url', 'sitemap', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  // Only the five predefined entities and character references; declared ones were refused.
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  isArray: (name) => ARRAYS.has(name),
  maxNestedTags: 64,
  // Bodies are not needed: their markup is skipped, not parsed into objects.
  stopNodes: ['*.description', '*.encoded', '*.content', '*.summary'],
});

/**
 * The entries of a feed or sitemap at `baseUrl`. Throws `ListingError`.
 * @example parseListing('<urlset><url><loc>/a</loc></url></urlset>', 'https://x.org/sitemap.xml').entries[0].url
 */
export function parseListing(xml: string, baseUrl: string, maxEntries = MAX_ENTRIES): Listing {
  const { text, listed } = guardListing(xml, maxEntries);
  let root: Record<string, any>;
  try {
    root = parser.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    if (/nested/i.test(message)) throw new ListingError('too-deep', `The document nests too deep: ${message}`);
    throw new ListingError('malformed', `The document is not well-formed XML: ${message}`);
  }
  const found = entriesOf(root);
  if (!found) throw new ListingError('not-a-listing', 'Not an RSS or Atom feed, nor a sitemap');
  const seen = new Set<string>();
  const entries: ListedEntry[] = [];
  for (const raw of found.raw.slice(0, maxEntries)) {
    const entry = found.read(raw, baseUrl);
    if (!entry || seen.has(entry.url)) continue;
    seen.add(entry.url);
    entries.push(entry);
  }
  return { kind: found.kind, entries, listed };
}

type Reader = (raw: any, base: string) => ListedEntry | undefined;

function entriesOf(root: Record<string, any>): { kind: ListingKind; raw: any[]; read: Reader } | undefined {
  if (root.rss) return { kind: 'rss', raw: root.rss.channel?.item ?? [], read: rssEntry };
  if (root.RDF) return { kind: 'rss', raw: root.RDF.item ?? [], read: rssEntry };
  if (root.feed) return { kind: 'atom', raw: root.feed.entry ?? [], read: atomEntry };
  if (root.urlset) return { kind: 'sitemap', raw: root.urlset.url ?? [], read: sitemapEntry };
  if (root.sitemapindex) return { kind: 'sitemap-index', raw: root.sitemapindex.sitemap ?? [], read: sitemapEntry };
  return undefined;
}

/** RSS: the first `link`, else a `guid` that is a permalink. */
function rssEntry(raw: any, base: string): ListedEntry | undefined {
  const guid = raw.guid;
  const permalink = typeof guid === 'object' ? guid['@_isPermaLink'] !== 'false' && guid['#text'] : guid;
  const url = absolute(textOf(raw.link?.[0]) ?? textOf(permalink), base);
  return url ? withOptional(url, textOf(raw.title), textOf(raw.pubDate) ?? textOf(raw.date)) : undefined;
}

/** Atom: the `alternate` link (a link without `rel` is one), else the first link. */
function atomEntry(raw: any, base: string): ListedEntry | undefined {
  const links: any[] = raw.link ?? [];
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const url = absolute(typeof alternate === 'object' ? alternate['@_href'] : textOf(alternate), base);
  return url ? withOptional(url, textOf(raw.title), textOf(raw.updated) ?? textOf(raw.published)) : undefined;
}

function sitemapEntry(raw: any, base: string): ListedEntry | undefined {
  const url = absolute(textOf(raw.loc), base);
  return url ? withOptional(url, undefined, textOf(raw.lastmod)) : undefined;
}

function withOptional(url: string, title: string | undefined, date: string | undefined): ListedEntry {
  return { url, ...(title ? { title: title.slice(0, 500) } : {}), ...(date ? { date: date.slice(0, 100) } : {}) };
}

/** An element's text, whether the parser gave a string or an object with attributes. */
function textOf(value: unknown): string | undefined {
  const text = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['#text'] : value;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}

/** An absolute http(s) URL without its fragment, or undefined. */
function absolute(link: unknown, base: string): string | undefined {
  if (typeof link !== 'string' || !link.trim() || link.length > 2000) return undefined;
  if (!URL.canParse(link.trim(), base)) return undefined;
  const url = new URL(link.trim(), base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url.href;
}
