/**
 * @module html-reader
 * HTML: the main content (Readability), not the page chrome (semantic tags, and elements whose
 * class or id names chrome), rendered to text; falls back to the cleaned `<body>` when
 * Readability finds little. Scripts never run, nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import { jsdomConstructor } from './lazy-jsdom.ts';
import type { ReadResult } from './read-result.ts';
import { htmlToText } from './html-to-text.ts';
import { htmlMeta } from './html-meta.ts';
import { removePageChrome } from './page-chrome.ts';

/** Page parts that are chrome wherever they appear. */
const CHROME_SELECTOR = [
  'nav',
  'footer',
  'aside',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  'body > header',
  '[aria-hidden="true"]',
].join(',');

/** Readability's pick is trusted when it keeps at least this share of the cleaned body's text… */
const MIN_SHARE_OF_BODY = 0.5;
/** …or is at least this long: a long article beside long comments is still the article. */
const MIN_ARTICLE_CHARS = 1500;

/**
 * Reads decoded HTML. `url` (where the page came from) resolves a relative canonical link.
 * @example readHtml('<title>T</title><p>Hello</p>').text === 'Hello'
 */
export function readHtml(html: string, url?: string): ReadResult {
  // jsdom's defaults already run no scripts and load no resources; the url only sets document.URL.
  const JSDOM = jsdomConstructor();
  const dom = new JSDOM(html, isHttpUrl(url) ? { url } : {});
  const document = dom.window.document;
  try {
    const body = cleanedBodyText(document);
    const article = readabilityText(document);
    const useArticle =
      article !== undefined &&
      article.text.length > 0 &&
      (article.text.length >= MIN_SHARE_OF_BODY * body.length || article.text.length >= MIN_ARTICLE_CHARS);
    const { meta, lang } = htmlMeta(document, article?.title);
    const text = useArticle ? withPageHeading(article.text, document) : body;
    return lang ? { text, meta, languageHint: lang } : { text, meta };
  } finally {
    dom.window.close();
  }
}

/** The article Readability extracts, rendered with our renderer (not its textContent). */
function readabilityText(document: Document): { text: string; title?: string } | undefined {
  const clone = document.cloneNode(true) as Document;
  if (clone.body) removePageChrome(clone.body);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(clone, { charThreshold: 200 }).parse();
  } catch {
    return undefined;
  }
  if (!parsed?.content) return undefined;
  const container = document.createElement('div');
  // Parsing into a detached element of a script-less window: nothing executes or loads.
  container.innerHTML = parsed.content;
  return { text: htmlToText(container), title: parsed.title ?? undefined };
}

/**
 * Readability drops the `<h1>` that repeats the page title; for a declaration that heading
 * is the document's own title, so it is put back in front when the article lacks it.
 */
function withPageHeading(text: string, document: Document): string {
  const h1 = Array.from(document.querySelectorAll('h1')).find((h) => !h.closest(CHROME_SELECTOR));
  const heading = h1?.textContent?.replace(/[ \t\n\r\f]+/g, ' ').trim();
  return heading && !text.includes(heading) ? `${heading}\n\n${text}` : text;
}

function cleanedBodyText(document: Document): string {
  const body = document.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return htmlToText(document);
  for (const element of Array.from(body.querySelectorAll(CHROME_SELECTOR))) element.remove();
  removePageChrome(body);
  return htmlToText(body);
}

function isHttpUrl(url?: string): url is string {
  return !!url && /^https?:\/\/[^\s]+$/i.test(url) && URL.canParse(url);
}
