/**
 * @module feed-server
 * A feed site served on 127.0.0.1 by the tests: RSS, Atom, a sitemap index with its sitemap,
 * the HTML and text articles they point to, a broken feed, and hostile listings (entity
 * expansion, 100,000 items, one item over the size cap). The lists can grow while it runs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Article {
  readonly path: string;
  readonly title: string;
  readonly body: string;
  readonly type: string;
}

export interface FeedSite {
  readonly base: string;
  /** Articles by path; the feeds list the ones named in `rss`, `atom`, `sitemap`. */
  readonly articles: Map<string, Article>;
  readonly rss: string[];
  readonly atom: string[];
  readonly sitemap: string[];
  /** Requests per path. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/** An invented HTML article with a heading and a few paragraphs. */
export function htmlArticle(path: string, title: string, paragraphs: readonly string[]): Article {
  const body = `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
  return { path, title, body, type: 'text/html; charset=utf-8' };
}

export async function startFeedSite(): Promise<FeedSite> {
  const articles = new Map<string, Article>();
  const rss: string[] = [];
  const atom: string[] = [];
  const sitemap: string[] = [];
  const hits = new Map<string, number>();
  let base = '';
  const xml = (body: string) => ({ type: 'application/xml', body });
  const routes: Record<string, () => { type: string; body: string; status?: number }> = {
    '/rss.xml': () =>
      xml(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Site</title>${rss
          .map((p) => `<item><title>${articles.get(p)?.title}</title><link>${base}${p}</link></item>`)
          .join('')}</channel></rss>`,
      ),
    '/atom.xml': () =>
      xml(
        `<feed xmlns="http://www.w3.org/2005/Atom"><title>Site</title>${atom
          .map((p) => `<entry><title>${articles.get(p)?.title}</title><link href="${p}"/></entry>`)
          .join('')}</feed>`,
      ),
    '/sitemap-index.xml': () => xml(`<sitemapindex><sitemap><loc>${base}/sitemap.xml</loc></sitemap></sitemapindex>`),
    '/sitemap.xml': () => xml(`<urlset>${sitemap.map((p) => `<url><loc>${base}${p}</loc></url>`).join('')}</urlset>`),
    '/broken.xml': () => ({ type: 'text/plain', body: 'down for maintenance', status: 503 }),
    '/hostile/laughs.xml': () => xml(billionLaughs()),
    '/hostile/many.xml': () => xml(`<rss><channel>${manyItems(100_000)}</channel></rss>`),
    '/hostile/huge.xml': () =>
      xml(
        `<rss><channel><item><link>${base}/x</link><description>${'a'.repeat(5 * 1024 * 1024)}</description>` +
          '</item></channel></rss>',
      ),
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const article = articles.get(path);
    const found = article ? { type: article.type, body: article.body } : routes[path]?.();
    if (!found) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead((found as { status?: number }).status ?? 200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    articles,
    rss,
    atom,
    sitemap,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Nine levels of ten references each: 10^9 "lol"s once expanded. */
function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const item = '<item><title>&lol9;</title><link>/x</link></item>';
  return `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss><channel>${item}</channel></rss>`;
}

/** `n` items with short relative links (100,000 of them stay under the listing size cap). */
export function manyItems(n: number): string {
  return Array.from({ length: n }, (_, i) => `<item><link>/n/${i}</link></item>`).join('');
}
