/**
 * @module page-chrome.test
 * Site chrome that only a class or id names (cookie banners, menus, related articles, footers)
 * stays out of the text of a web page; the element that wraps the article stays in.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/read/html-reader.ts';

describe('page chrome named by class or id', () => {
  test('should drop a cookie banner, menu, related list and footer made of plain divs', () => {
    const html =
      `<body><div class="cookie-banner"><p>We use cookies on this site.</p><a href="#">Accept</a></div>
      <div id="main-menu"><a href="/">Home</a> | <a href="/news">News</a></div>
      <div class="content"><h1>Press release</h1><p>1. The ministers met in Astana.</p>` +
      `<p>2. They agreed to meet again.</p></div>
      <div class="related_articles"><h3>Related articles</h3>` +
      `<ul><li><a href="/x">Minister visits Tashkent</a></li></ul></div>
      <div class="site-footer">© 2025 Ministry. <a href="/privacy">Privacy</a></div></body>`;
    assert.equal(
      readHtml(html).text,
      'Press release\n\n1. The ministers met in Astana.\n\n2. They agreed to meet again.',
    );
  });

  test('should keep a chrome-named wrapper that holds the document', () => {
    const html = `<body><div class="page-with-sidebar"><h1>Joint Statement</h1><p>1. The Parties agreed.</p>
      <div class="sidebar">Most read</div></div></body>`;
    assert.equal(readHtml(html).text, 'Joint Statement\n\n1. The Parties agreed.');
  });

  test('should match whole words of the class only', () => {
    const html = '<body><h1>Report</h1><p class="shareholders-note">The shareholders met.</p></body>';
    assert.match(readHtml(html).text, /The shareholders met\./);
  });
});
