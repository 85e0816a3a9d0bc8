/**
 * @module name-matcher.test
 * The name matcher over shared word lists: longest name at a word, names across dashes and "+", possessives closing
 * a name, the rest of a possessive word read again, and matchers of both cases reading the same text in turn.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createNameMatcher } from '../../../src/analyse/shared/name-matcher.ts';

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
});
