/**
 * @module drafting-traditions-sectors.test
 * Sectors in the vocabulary of formats beyond the development corpus (UN, AU, Pacific, G7/G20
 * drafting: climate negotiations, gender and migration, health programmes, peace and security),
 * and war aims counting for security rather than as a second, political topic. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const sectors = (t: string) => scoreSectors(t, fixtureLexicons());

describe('sectors across drafting traditions', () => {
  test('should read climate negotiations and hazards as environment', () => {
    assert.deepEqual(sectors('We look forward to a successful COP31 next year.'), ['environment']);
    assert.deepEqual(sectors('Low-lying islands face sea-level rise.'), ['environment']);
    assert.deepEqual(sectors('We will address loss and damage.'), ['environment']);
    assert.deepEqual(sectors('We will scale up nature-based solutions.'), ['environment']);
  });
  test('should not read a lower-case "cop" or a word beginning with COP as a climate conference', () => {
    assert.deepEqual(sectors('We will help communities cope with change.'), ['political']);
  });
  test('should read gender, marriage, asylum and discrimination as social', () => {
    assert.deepEqual(sectors('We will end gender-based violence.'), ['social']);
    assert.deepEqual(sectors('We will end child, early and forced marriage.'), ['social']);
    assert.deepEqual(sectors('We will give protection to those seeking asylum.'), ['social']);
    assert.deepEqual(sectors('We reject racism and xenophobia.'), ['social']);
  });
  test('should read health programmes, food systems and energy sources by their area', () => {
    assert.deepEqual(sectors('We will raise immunization coverage.'), ['health']);
    assert.deepEqual(sectors('We will support smallholders.'), ['agriculture']);
    assert.deepEqual(sectors('We will transition away from fossil fuels.'), ['energy']);
    assert.deepEqual(sectors('We will protect personal data.'), ['digital']);
  });
  test('should read piracy, coups and annexation as security', () => {
    assert.deepEqual(sectors('We will counter piracy in the region.'), ['security']);
    assert.deepEqual(sectors('We condemn the coup and the unconstitutional change of government.'), ['security']);
    assert.deepEqual(sectors('We will never recognise the annexation.'), ['security']);
  });
  test('should count war aims for security once the statement is about security', () => {
    assert.deepEqual(
      sectors('We will support the country in its defence of its sovereignty and territorial integrity.'),
      ['security'],
    );
    assert.deepEqual(sectors('We call for a ceasefire and lasting peace and stability.'), ['security']);
  });
  test('should keep sovereignty political when the statement is not about security', () => {
    assert.deepEqual(sectors('We respect the sovereignty and territorial integrity of all states.'), ['political']);
    assert.deepEqual(sectors('We respect sovereignty and will expand trade.'), ['political', 'trade']);
  });
  test('should keep a political term that is not a war aim beside security', () => {
    assert.deepEqual(sectors('We will deepen political dialogue and counter terrorism.'), ['political', 'security']);
  });
});
