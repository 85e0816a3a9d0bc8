import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from '../../src/read/html-reader.ts';
import { readDocument } from '../../src/read/read-document.ts';
import { listMarker } from '../../src/read/list-marker.ts';

const PAGE =
  `<!doctype html>
<html lang="en-GB"><head>
<title>Joint Statement | Example Ministry</title>
<meta property="og:site_name" content="Example Ministry">
<meta property="article:published_time" content="2025-04-26T10:00:00+05:00">
<link rel="canonical" href="/press/joint-statement">
<script>document.title = 'hacked'; window.ran = true;</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press</a></li></ul></nav>
<main><article>
<h2>Joint Statement of the Ministers</h2>
<p>The ministers   met in
Almaty on 26&nbsp;April 2025.<br>They agreed as follows:</p>
<ol start="3"><li>To deepen <b>trade</b> cooperation.</li><li>To meet again next year.</li>` +
  `<li value="9">To expand transport links.</li></ol>
<ol type="a"><li>railways;</li><li>roads.</li></ol>
<ol type="I"><li>Politics</li><li>Economy</li></ol>
<ul><li>annex one</li></ul>
<script>document.write('INJECTED')</script>
</article></main>
<footer>Copyright 2025 Example Ministry. All rights reserved.</footer>
</body></html>`;

describe('readHtml', () => {
  const r = readHtml(PAGE, 'https://example.org/press/x');

  test('should render blocks, line breaks and numbered lists as printed', () => {
    assert.equal(
      r.text,
      [
        'Joint Statement of the Ministers',
        'The ministers met in Almaty on 26\u00a0April 2025.\nThey agreed as follows:',
        '3. To deepen trade cooperation.',
        '4. To meet again next year.',
        '9. To expand transport links.',
        'a) railways;',
        'b) roads.',
        'I. Politics',
        'II. Economy',
        '- annex one',
      ].join('\n\n'),
    );
  });

  test('should leave out scripts, styles, navigation and footer', () => {
    for (const chrome of ['INJECTED', 'hacked', 'color: red', 'Home', 'Copyright'])
      assert.ok(!r.text.includes(chrome), chrome);
  });

  test('should read page meta', () => {
    assert.equal(r.meta.title, 'Joint Statement | Example Ministry');
    assert.equal(r.meta.publisher, 'Example Ministry');
    assert.equal(r.meta.published, '2025-04-26');
    assert.equal(r.meta.url, 'https://example.org/press/joint-statement');
    assert.equal(r.languageHint, 'en');
  });

  test('should still read malformed HTML with unclosed tags', () => {
    const text = readHtml('<html><body><p>First <b>bold <i>para<div>Second block<p>Third <ul><li>item').text;
    assert.equal(text, 'First bold para\n\nSecond block\n\nThird\n\n- item');
  });

  test('should keep preformatted text and put table cells of a row on one line', () => {
    const text = readHtml(
      '<body><pre>  a\n    b</pre>' +
        '<table><tr><td>Kazakhstan</td><td>Astana</td></tr><tr><td>China</td><td>Beijing</td></tr></table></body>',
    ).text;
    assert.equal(text, '  a\n    b\n\nKazakhstan\tAstana\n\nChina\tBeijing');
  });
});

describe('readHtml main content', () => {
  test('should keep the article and leave sidebars, comments and share bars unmarked as chrome out', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i}: the Heads of State noted the importance of strengthening cooperation in trade, ` +
      `investment, transport and energy, and welcomed the outcome of the meetings held during the year.</p>`;
    const html =
      `<html><head><title>Page</title></head><body><div class="header"><a href="/">Logo</a> <a ` +
      `href="/about">About us</a></div>
<div class="sidebar"><h3>Related news</h3><ul><li><a href="/1">Another story headline</a></li></ul></div>
<div class="content"><h1>Astana Declaration</h1>${[1, 2, 3].map(para).join('')}` +
      `<ol start="4"><li>The parties agree to expand trade.</li>` +
      `<li>The parties agree to meet again.</li></ol>` +
      `${[6, 7, 8].map(para).join('')}</div>
<div class="comments"><p>Comment: great article!</p></div><div class="share">Share on Facebook</div></body></html>`;
    const text = readHtml(html).text;
    assert.ok(text.startsWith('Astana Declaration\n\nParagraph 1:'), text.slice(0, 80));
    assert.ok(text.includes('\n\n4. The parties agree to expand trade.\n\n5. The parties agree to meet again.\n\n'));
    assert.ok(text.endsWith('held during the year.'));
    for (const chrome of ['Related news', 'Another story', 'Comment:', 'Share on', 'About us'])
      assert.ok(!text.includes(chrome), chrome);
  });
});

describe('readHtml page heading', () => {
  test('should keep the h1 that repeats the page title', () => {
    const para = (i: number) =>
      `<p>Paragraph ${i}: the Heads of State noted the importance of strengthening cooperation in trade, ` +
      `investment, transport and energy, and welcomed the outcome of the meetings held during the year.</p>`;
    const html =
      `<html><head><title>Astana Declaration</title></head><body><div class="content"><h1>Astana ` +
      `Declaration</h1>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(para).join('')}</div></body></html>`;
    assert.ok(readHtml(html).text.startsWith('Astana Declaration\n\nParagraph 1:'));
  });
});

describe('listMarker', () => {
  test('should number like a browser', () => {
    assert.deepEqual(
      [listMarker(1, '1'), listMarker(28, 'a'), listMarker(3, 'A'), listMarker(4, 'i'), listMarker(14, 'I')],
      ['1.', 'ab)', 'C)', 'iv.', 'XIV.'],
    );
  });
});

describe('readDocument on HTML', () => {
  test('should sniff HTML and use the charset the page declares', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<!DOCTYPE html><html><head><meta charset="windows-1251"></head><body><p>'),
      Buffer.from([0xc4, 0xe0]),
      Buffer.from('</p></body></html>'),
    ]);
    const doc = await readDocument({ bytes });
    assert.equal(doc.meta.format, 'html');
    assert.equal(doc.meta.encoding, 'windows-1251');
    assert.equal(doc.text, 'Да');
  });
});
