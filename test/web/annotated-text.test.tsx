import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AnnotatedText, buildMarkTree } from '../../src/web/components/annotated-text.tsx';
import { snippetParts, Snippet } from '../../src/web/components/snippet.tsx';

const render = (node: unknown) => String(node);

describe('AnnotatedText', () => {
  test('should escape markup in the text', () => {
    const text = 'a <script>alert(1)</script> & <img src=x onerror=alert(1)>';
    const html = render(<AnnotatedText text={text} start={0} end={text.length} />);
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt;/);
  });

  test('should nest contained marks and split overlapping ones', () => {
    const text = 'The Republic of Kazakhstan agreed';
    const marks = [
      { start: 0, end: 26, className: 'st' },
      { start: 4, end: 26, className: 'ent', href: '/?entity=country:KZ', data: { entity: 'country:KZ' } },
    ];
    const html = render(<AnnotatedText text={text} start={0} end={text.length} marks={marks} />);
    assert.equal(
      html,
      '<span class="st">The <a href="/?entity=country:KZ" class="ent" data-entity="country:KZ">Republic of Kazakhstan</a></span> agreed',
    );
    const overlap = buildMarkTree('abcdef', 0, 6, [
      { start: 0, end: 4, className: 'x' },
      { start: 2, end: 6, className: 'y' },
    ]);
    const html2 = render(
      <AnnotatedText
        text="abcdef"
        start={0}
        end={6}
        marks={[
          { start: 0, end: 4, className: 'x' },
          { start: 2, end: 6, className: 'y' },
        ]}
      />,
    );
    assert.equal(html2, '<span class="x">ab<span class="y">cd</span></span><span class="y">ef</span>');
    assert.equal(overlap.children.length, 2);
  });

  test('should clip marks to the range and ignore marks outside it', () => {
    const html = render(
      <AnnotatedText
        text="0123456789"
        start={3}
        end={7}
        marks={[
          { start: 0, end: 5, className: 'a' },
          { start: 8, end: 9, className: 'b' },
        ]}
      />,
    );
    assert.equal(html, '<span class="a">34</span>56');
  });

  test('should escape mark attributes and drop unsafe data keys', () => {
    const html = render(
      <AnnotatedText
        text="ab"
        start={0}
        end={2}
        marks={[{ start: 0, end: 1, className: 'x', title: '"><script>', data: { 'bad key"': 'v', ok: '"q' } }]}
      />,
    );
    assert.doesNotMatch(html, /"><script>|bad key/);
    assert.match(html, /data-ok="&quot;q"/);
  });
});

describe('Snippet', () => {
  test('should escape the snippet before marking matches', () => {
    const html = render(<Snippet text={'x <b>\u0002glacier\u0003</b> \u0002<script>\u0003'} />);
    assert.equal(html, 'x &lt;b&gt;<mark>glacier</mark>&lt;/b&gt; <mark>&lt;script&gt;</mark>');
  });

  test('should drop unbalanced markers', () => {
    assert.deepEqual(snippetParts('a\u0003b\u0002c'), [
      { text: 'a', match: false },
      { text: 'b', match: false },
      { text: 'c', match: true },
    ]);
  });
});
