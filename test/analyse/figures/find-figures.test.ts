/**
 * @module find-figures.test
 * Figures: money with currency and scale (normalised to dollars at a dated rate), percentages,
 * counts, areas, approximation words and periods; dates and years are not figures.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFigureLexicon } from '../../../src/analyse/shared/figure-lexicon.ts';
import { findFigures } from '../../../src/analyse/figures/find-figures.ts';
import { toUsd } from '../../../src/analyse/figures/to-usd.ts';

const lex = loadFigureLexicon();
const one = (text: string, year = '2025') => {
  const found = findFigures(text, lex, year);
  assert.equal(found.length, 1, `one figure in "${text}", got ${found.length}`);
  return { written: text.slice(found[0].start, found[0].end), ...found[0].value };
};

describe('money', () => {
  test('should read the same amount written three ways as the same dollars', () => {
    const a = one('exports of USD 43.8 bn were reported');
    const b = one('exports of $43.8 billion were reported');
    const c = one('exports of 43.8 billion US dollars were reported');
    assert.deepEqual([a.usd, b.usd, c.usd], [43.8e9, 43.8e9, 43.8e9]);
    assert.equal(a.currency, 'USD');
    assert.equal(c.written, '43.8 billion US dollars');
  });

  test('should convert yuan at the rate of the given year and say which rate it used', () => {
    const f = one('a grant of ¥1.5 bn for projects', '2025');
    assert.equal(f.currency, 'CNY');
    assert.equal(f.rateDate, '2025');
    assert.ok(Math.abs(f.usd! - 208e6) / 208e6 < 0.01, `1.5 bn yuan ≈ $208 m, got ${f.usd}`);
  });

  test('should keep the approximation word and the period', () => {
    const f = one('trade reached nearly $100 billion a year');
    assert.equal(f.approximation, 'nearly');
    assert.equal(f.period, 'year');
    assert.equal(f.written, 'nearly $100 billion');
  });

  test('should take the nearest listed year for a year without a rate', () => {
    const r = toUsd(100, 'EUR', '2031', { '2024': { EUR: 0.5 }, '2025': { EUR: 0.8 } });
    assert.deepEqual(r, { usd: 125, rateDate: '2025' });
    assert.equal(toUsd(5, 'XYZ', '2025', { '2025': { EUR: 1 } }), null);
  });
});

describe('other figures', () => {
  test('should read percentages, areas and counts with their units', () => {
    assert.equal(one('trade grew by 35% in a year').kind, 'percent');
    const area = one('a reserve of about 4,000 square kilometres');
    assert.deepEqual([area.kind, area.value, area.unit, area.approximation], ['area', 4000, 'km2', 'about']);
    const count = one('more than 10,000 joint ventures operate');
    assert.deepEqual(
      [count.kind, count.value, count.unit, count.approximation],
      ['count', 10000, 'joint ventures', 'over'],
    );
    const words = one('all six countries signed it');
    assert.deepEqual([words.value, words.unit], [6, 'countries']);
  });

  test('should not take dates, years or ordinals for figures', () => {
    assert.deepEqual(findFigures('On 26 April 2025 in Almaty, and on June 17, the 17th summit met.', lex, '2025'), []);
  });
});
