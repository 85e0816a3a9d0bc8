/**
 * @module score-sectors.test
 * Sector scoring from the sector lexicon.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';
import type { Lexicons } from '../../../src/analyse/shared/load-lexicons.ts';

const sectors = (t: string) => scoreSectors(t, fixtureLexicons());
/** The fixture's sector lexicon with only these term lists. */
const withTerms = (terms: Record<string, [string, number][]>) =>
  ({ sectors: { ...fixtureLexicons().sectors, sectors: terms } }) as unknown as Pick<Lexicons, 'sectors'>;

describe('scoreSectors', () => {
  test('should assign the GUIDE sectors by their vocabulary', () => {
    assert.deepEqual(sectors('jointly combating terrorism, transnational crime and drug trafficking'), ['security']);
    assert.deepEqual(sectors('the establishment of the Secretariat'), ['institutional']);
    assert.deepEqual(sectors('cooperation within the United Nations and respect for international law'), [
      'multilateral',
    ]);
    assert.deepEqual(sectors('simplifying customs procedures and e-commerce'), ['trade']);
    assert.deepEqual(sectors('glacier conservation and climate change'), ['environment']);
    assert.deepEqual(sectors('poverty reduction, employment and incomes'), ['social']);
  });
  test('should allow several sectors', () => {
    assert.deepEqual(sectors('develop transport corridors and green energy'), ['transport', 'energy', 'environment']);
  });
  test('should not let one generic word assign a sector', () => {
    assert.deepEqual(sectors('the economy of the region is important'), ['political']);
  });
  test('should let the longest term at a position win, whichever sector lists it first', () => {
    // "peace" (political, listed first) is a prefix of "peace and security" (security).
    assert.deepEqual(sectors('to maintain peace and security'), ['security']);
    const lex = {
      sectors: {
        ...fixtureLexicons().sectors,
        sectors: { political: [['peace', 1]], security: [['peace and security', 1]] },
      },
    } as Pick<Lexicons, 'sectors'>;
    assert.deepEqual(scoreSectors('peace and security', lex), ['security']);
    assert.deepEqual(scoreSectors('peace and friendship', lex), ['political']);
  });
  test('should count a term listed under two sectors for each', () => {
    const lex = withTerms({ trade: [['tariff board', 1]], multilateral: [['tariff board', 1]] });
    assert.deepEqual(scoreSectors('the tariff board', lex), ['multilateral', 'trade']);
  });
  test('should not count an acronym inside a longer term', () => {
    const lex = withTerms({ multilateral: [['UN', 1]], security: [['UN sanctions regime', 1]] });
    assert.deepEqual(scoreSectors('under the UN sanctions regime', lex), ['security']);
    assert.deepEqual(scoreSectors('the UN and its sanctions regime', lex), ['multilateral']);
  });
  test('should read a term across the line break of wrapped text', () => {
    assert.deepEqual(sectors('peace across the Taiwan\n    Strait'), ['security']);
    assert.deepEqual(sectors('the resilience of food\nsupply chains'), ['agriculture']);
  });
  test('should default to political', () => {
    assert.deepEqual(sectors('Tectonic shifts are underway.'), ['political']);
  });
});
