/**
 * @module html-meta
 * What an HTML page states about itself: title, site, publication date, canonical URL, language.
 */
import type { DocumentMeta } from '../model/document.ts';
import { isoDate } from './iso-date.ts';

/** Page metadata plus the declared language. */
export interface HtmlMeta {
  readonly meta: DocumentMeta;
  readonly lang?: string;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[itemprop="datePublished"]',
];

/**
 * Meta of a parsed page; `fallbackTitle` (Readability's) when the page states none.
 * @example htmlMeta(document).meta.title
 */
export function htmlMeta(document: Document, fallbackTitle?: string): HtmlMeta {
  const meta: DocumentMeta = {};
  const title =
    content(document, 'meta[property="og:title"]') ??
    clean(document.querySelector('title')?.textContent) ??
    clean(fallbackTitle);
  if (title) meta.title = title;
  const publisher =
    content(document, 'meta[property="og:site_name"]') ?? content(document, 'meta[name="application-name"]');
  if (publisher) meta.publisher = publisher;
  const published = firstDate(document);
  if (published) meta.published = published;
  const url = canonicalUrl(document);
  if (url) meta.url = url;
  const lang =
    clean(document.documentElement?.getAttribute('lang')) ?? content(document, 'meta[http-equiv="content-language" i]');
  return lang ? { meta, lang: lang.toLowerCase().split(/[-_]/)[0] } : { meta };
}

function firstDate(document: Document): string | undefined {
  for (const selector of PUBLISHED_SELECTORS) {
    const date = isoDate(content(document, selector));
    if (date) return date;
  }
  return isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
}

/** `<link rel=canonical>`, else `og:url`, made absolute against the page URL when relative. */
function canonicalUrl(document: Document): string | undefined {
  const href =
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() ||
    content(document, 'meta[property="og:url"]');
  if (!href) return undefined;
  try {
    return new URL(href, document.URL.startsWith('http') ? document.URL : undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}

function content(document: Document, selector: string): string | undefined {
  return clean(document.querySelector(selector)?.getAttribute('content'));
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
