/**
 * @module french-spanish-stamps.test
 * French and Spanish place-and-date stamps put an article before the day ("Paris, le 10 juin 2026", "Lima, el 10 de
 * junio de 2026"; issue 8): the head stamp and a speech's stamp read it as the English "Paris, 10 June 2026".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { headStamp } from '../../../src/analyse/meeting/head-stamp.ts';
import { placeDateStamp } from '../../../src/analyse/meeting/meeting-place.ts';

const lexicons = loadContext().lexicons;

describe('French and Spanish place-and-date stamps (issue 8)', () => {
  for (const [text, city, date] of [
    ['Paris, le 10 juin 2026\n\nLes deux présidents ont examiné la coopération.', 'Paris', '2026-06-10'],
    ['Paris\nle 10 juin 2026\n\nLes deux présidents ont examiné la coopération.', 'Paris', '2026-06-10'],
    ['Lima, el 10 de junio de 2026\n\nLos presidentes examinaron la cooperación.', 'Lima', '2026-06-10'],
    ['Lima, 10 de junio de 2026\n\nLos presidentes examinaron la cooperación.', 'Lima', '2026-06-10'],
  ])
    test(`should read the head stamp of ${JSON.stringify(text.split('\n\n')[0])}`, () => {
      const stamp = headStamp(text, lexicons);
      assert.equal(stamp?.place?.city, city);
      assert.equal(stamp?.date?.date, date);
      assert.equal(text.slice(stamp!.date!.start, stamp!.date!.start + 2), '10');
    });
  test('should read a speech\'s stamp "Dakar, le 14 mars 2026" and keep the English one', () => {
    assert.equal(placeDateStamp('Dakar, le 14 mars 2026\n\nMesdames et Messieurs,', lexicons)?.date.date, '2026-03-14');
    assert.equal(placeDateStamp('Astana, 17 June 2025\n\nDear colleagues,', lexicons)?.place.city, 'Astana');
    assert.equal(headStamp('Paris, the 10 June 2026\n\nText.', lexicons)?.date ?? null, null);
  });
});
