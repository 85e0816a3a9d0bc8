/**
 * @module name-matcher.test
 * The name matcher over shared word lists: longest name at a word, names across dashes and "+", possessives closing
 * a name, the rest of a possessive word read again, matchers of both cases reading the same text in turn, and the
 * hits of a text asked about again (remembered) given to each caller as its own array.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createNameMatcher, foldKey } from '../../../src/analyse/shared/name-matcher.ts';

const hits = (m: ReturnType<typeof createNameMatcher<string>>, text: string) =>
  m.find(text).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);

describe('name matcher', () => {
  const names = createNameMatcher([
    ['Central Asia', 'CA'],
    ['China–Central Asia', 'C+CA'],
    ['Kazakhstan', 'KZ'],
    ["Côte d'Ivoire", 'CI'],
    ['S Korea', 'odd'],
  ]);
  const acronyms = createNameMatcher([['SCO', 'SCO']], { caseSensitive: true });

  test('should take the longest name at a word, across dashes and "+"', () => {
    assert.deepEqual(hits(names, 'The China - Central Asia summit and central asia'), [
      'China - Central Asia=C+CA',
      'central asia=CA',
    ]);
    assert.deepEqual(hits(names, 'China+Central Asia'), ['China+Central Asia=C+CA']);
  });

  test('should close a name at a possessive and read on after it', () => {
    // The walk goes on from the apostrophe, so the "s" left over is read as a word of its own.
    assert.deepEqual(hits(names, "Kazakhstan's Korea and Central Asia’s future"), [
      'Kazakhstan=KZ',
      's Korea=odd',
      'Central Asia=CA',
    ]);
    assert.deepEqual(hits(names, "Côte d’Ivoire's Kazakhstan"), ['Côte d’Ivoire=CI', 'Kazakhstan=KZ']);
  });

  test('should give each matcher its own case over the same text', () => {
    const text = 'SCO and sco in Kazakhstan';
    for (let i = 0; i < 2; i++) {
      assert.deepEqual(hits(acronyms, text), ['SCO=SCO']);
      assert.deepEqual(hits(names, text), ['Kazakhstan=KZ']);
    }
  });

  test('should give each caller its own array when the same text is asked about again', () => {
    const text = 'Kazakhstan and Central Asia';
    const first = names.find(text);
    first.pop();
    first.push({ start: 0, end: 3, value: 'changed' });
    assert.deepEqual(hits(names, text), ['Kazakhstan=KZ', 'Central Asia=CA']);
    // Many other texts in between: the remembered hits are dropped, the answer stays the same.
    for (let i = 0; i < 100; i++) names.find(`Kazakhstan ${i}`);
    assert.deepEqual(hits(names, text), ['Kazakhstan=KZ', 'Central Asia=CA']);
  });

  test('should key a name the same way when asked again, however many names came in between', () => {
    assert.equal(foldKey(' “China – Central Asia”  Summit '), 'china-central asia summit');
    for (let i = 0; i < 5000; i++) foldKey(`C5 + ${i}`);
    assert.equal(foldKey(' “China – Central Asia”  Summit '), 'china-central asia summit');
    assert.equal(foldKey('C5 + 4999'), 'c5+4999');
  });
});
