/**
 * @module sticky-scan.test
 * The sticky scan gives a global scan's matches when it is told where matches can start; the start table rules out
 * ASCII characters by case-folded initial and by a letter before them, and leaves characters outside ASCII to the
 * regex.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { letterBefore, startTable, stickyScan } from '../../../src/analyse/shared/sticky-scan.ts';

describe('sticky scan', () => {
  test('should find what matchAll finds, leftmost first and alternatives in order, without overlaps', () => {
    const source = '(?<!\\p{L})(?:may|march)\\s+\\d{4}|\\d{1,2}\\s+(?:may|march)';
    const text = 'Summary: 4 May 2025, Mayor; MARCH 2024 and 12 march, «май»';
    const may = startTable({ anywhere: '0123456789', afterNonLetter: 'm' });
    const expected = [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]);
    assert.deepEqual(
      stickyScan(new RegExp(source, 'iuy'), text, may).map((m) => [m.index, m[0]]),
      expected,
    );
    assert.deepEqual(expected, [
      [9, '4 May'],
      [28, 'MARCH 2024'],
      [43, '12 march'],
    ]);
  });

  test('should try a character after a letter only when it may start anywhere', () => {
    const may = startTable({ anywhere: '$', afterNonLetter: 'a' });
    // [text, position, tried]: outside ASCII always tried (case folding, currency signs); a Latin "a" after a
    // Cyrillic letter has a letter before it.
    const cases: [string, number, boolean][] = [
      ['x a', 2, true],
      ['xa', 1, false],
      ['xA', 1, false],
      [' A', 1, true],
      ['x$', 1, true],
      ['xb', 1, false],
      ['x€', 1, true],
      ['ж\u0061', 1, false],
      ['ж\u0430', 1, true],
    ];
    for (const [text, p, tried] of cases) assert.equal(may(text, p), tried, `${text} at ${p}`);
    assert.equal(letterBefore('жa', 1), true);
    assert.equal(letterBefore('1a', 1), false);
    assert.equal(letterBefore('a', 0), false);
  });

  test('should try a letter only where it opens one of the words, in any script and case, when words are given', () => {
    const may = startTable({ anywhere: '0123456789', afterNonLetter: 'mм', words: ['may', 'march', 'мая'] });
    const cases: [string, number, boolean][] = [
      ['on May', 3, true],
      ['on MARCH', 3, true],
      ['on many', 3, false],
      ['on mayor', 3, true],
      ['xmay', 1, false],
      ['6 мая', 2, true],
      ['6 мир', 2, false],
      ['ямая', 1, false],
      ['a 7', 2, true],
      ['x€', 1, true],
    ];
    for (const [text, p, tried] of cases) assert.equal(may(text, p), tried, `${text} at ${p}`);
    const source = '(?<!\\p{L})(?:may|march|мая)\\s+\\d{4}|\\d{1,2}\\s+(?:may|march|мая)';
    const text = 'Many met on 4 May 2025, Mayor; MARCH 2024 and 12 march, 5 мая; maybe May 2026';
    const expected = [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]);
    assert.deepEqual(
      stickyScan(new RegExp(source, 'iuy'), text, may).map((m) => [m.index, m[0]]),
      expected,
    );
    assert.equal(expected.length, 5);
  });
});
