/**
 * @module parse-listing.test
 * Feeds and sitemaps read into entries: RSS 2.0 and 1.0, Atom, sitemap and sitemap index,
 * relative links made absolute, non-http links and duplicates dropped; hostile documents
 * (entity declarations, too many entries, deep nesting, not a listing) refused or bounded.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { guardListing, ListingError } from '../../src/watch/listing-guard.ts';
import { parseListing } from '../../src/watch/parse-listing.ts';
import { manyItems } from './feed-server.ts';

const BASE = 'https://example.org/feeds/main.xml';

describe('parseListing', () => {
  test('should read RSS 2.0 items: link, else a permalink guid; title and date; entities decoded', () => {
    const listing = parseListing(
      `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
        <title>Site</title><link>https://example.org/</link><atom:link href="${BASE}" rel="self"/>
        <item><title>Water &amp; energy &#8211; talks</title><link>/news/1?a=1&amp;b=2#top</link>
          <pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>body</p>]]></description></item>
        <item><guid isPermaLink="true">https://example.org/news/2</guid></item>
        <item><guid isPermaLink="false">tag:example.org,2026:3</guid><title>no link</title></item>
        <item><link>javascript:alert(1)</link></item>
        <item><link>https://example.org/news/2</link></item>
      </channel></rss>`,
      BASE,
    );
    assert.equal(listing.kind, 'rss');
    assert.equal(listing.listed, 5);
    assert.deepEqual(listing.entries, [
      {
        url: 'https://example.org/news/1?a=1&b=2',
        title: 'Water & energy – talks',
        date: 'Tue, 01 Dec 2026 10:00:00 GMT',
      },
      { url: 'https://example.org/news/2' },
    ]);
  });

  test('should read RSS 1.0 (RDF) and Atom, taking the alternate link of an entry', () => {
    const rdf = parseListing(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">' +
        '<item rdf:about="https://example.org/r1"><title>R1</title><link>https://example.org/r1</link></item>' +
        '</rdf:RDF>',
      BASE,
    );
    assert.deepEqual([rdf.kind, rdf.entries], ['rss', [{ url: 'https://example.org/r1', title: 'R1' }]]);
    const atom = parseListing(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><title type="html">First</title><link rel="self" href="/self/1"/><link href="/posts/1"/>
          <updated>2026-12-01T00:00:00Z</updated></entry>
        <entry><title>Second</title><link rel="alternate" type="text/html" href="https://other.org/2"/></entry>
      </feed>`,
      BASE,
    );
    assert.equal(atom.kind, 'atom');
    assert.deepEqual(atom.entries, [
      { url: 'https://example.org/posts/1', title: 'First', date: '2026-12-01T00:00:00Z' },
      { url: 'https://other.org/2', title: 'Second' },
    ]);
  });

  test('should read a sitemap and a sitemap index', () => {
    const sitemap = parseListing(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<url><loc>https://example.org/a</loc><lastmod>2026-11-30</lastmod></url><url><loc> /b </loc></url></urlset>',
      BASE,
    );
    assert.deepEqual(sitemap, {
      kind: 'sitemap',
      entries: [{ url: 'https://example.org/a', date: '2026-11-30' }, { url: 'https://example.org/b' }],
      listed: 2,
    });
    const index = parseListing(
      '<sitemapindex><sitemap><loc>https://example.org/s1.xml</loc></sitemap></sitemapindex>',
      BASE,
    );
    assert.deepEqual([index.kind, index.entries.map((e) => e.url)], ['sitemap-index', ['https://example.org/s1.xml']]);
  });

  test('should refuse what is not a feed or sitemap and too deep XML; read a feed cut short up to the cut', () => {
    const code = (xml: string) => {
      try {
        parseListing(xml, BASE);
        return 'parsed';
      } catch (error) {
        return error instanceof ListingError ? error.code : `other: ${(error as Error).message}`;
      }
    };
    assert.equal(code('<html><body>hello</body></html>'), 'not-a-listing');
    assert.equal(code(`<rss><channel>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</channel></rss>`), 'too-deep');
    // The parser is lenient: a feed cut off mid-way (a dropped connection) still gives its whole items.
    const cut = parseListing(
      '<rss><channel><item><link>https://example.org/x</link></item><item><link>https://exa',
      BASE,
    );
    assert.deepEqual(cut.entries[0], { url: 'https://example.org/x' });
  });

  test('should refuse entity declarations (billion laughs) before parsing', () => {
    const levels = ['<!ENTITY a0 "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
    const body = '<rss><channel><item><title>&a9;</title></item></channel></rss>';
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]>${body}`;
    assert.throws(() => parseListing(laughs, BASE), { code: 'entities' });
    // A DOCTYPE without entities (old RSS 0.91) is fine.
    const old =
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x"><rss><channel>' +
      '<item><link>https://example.org/old</link></item></channel></rss>';
    assert.equal(parseListing(old, BASE).entries.length, 1);
  });

  test('should parse at most the limit of entries, and count them all', () => {
    const many = `<rss><channel>${manyItems(100_000)}</channel></rss>`;
    const started = performance.now();
    const listing = parseListing(many, BASE, 50);
    assert.equal(listing.listed, 100_000);
    assert.deepEqual(listing.entries.map((e) => e.url).slice(-1), ['https://example.org/n/49']);
    assert.equal(listing.entries.length, 50);
    assert.ok(performance.now() - started < 5000, 'the cut text is all that is parsed');
  });
});

describe('guardListing', () => {
  test('should cut before the first entry past the limit, and not count <urlset> as an entry', () => {
    const xml = '<urlset><url><loc>a</loc></url><url><loc>b</loc></url><url><loc>c</loc></url></urlset>';
    const guarded = guardListing(xml, 2);
    assert.equal(guarded.listed, 3);
    assert.equal(guarded.text, '<urlset><url><loc>a</loc></url><url><loc>b</loc></url>');
    assert.equal(guardListing(xml, 3).text, xml);
  });
});
