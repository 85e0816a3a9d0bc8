/**
 * @module addressee-sectors.test
 * Words that name an addressee, a place or a formula rather than a policy area: an appeal to "the
 * international community", infrastructure that is destroyed, "countries of origin, transit and destination".
 * Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const sectors = (t: string) => scoreSectors(t, fixtureLexicons());

describe('addressees and formulas are not policy areas', () => {
  test('should not read an appeal to the international community as multilateral', () => {
    assert.deepEqual(sectors('We call on the international community to ease the debt burden.'), ['finance']);
    assert.deepEqual(sectors('We work within international organisations and the international community.'), [
      'multilateral',
    ]);
  });
  test('should need more than the word infrastructure for investment', () => {
    assert.deepEqual(sectors('The aggression destroyed infrastructure and homes.'), ['security']);
    assert.deepEqual(sectors('We will invest in quality infrastructure.'), ['investment']);
  });
  test('should read the migration formula as social, not transport', () => {
    assert.deepEqual(sectors('We work with countries of origin, transit and destination.'), ['social']);
    assert.deepEqual(sectors('We develop transit across the region.'), ['transport']);
  });
  test('should read a peaceful and secure region, civilians and assistance as security and finance', () => {
    assert.deepEqual(sectors('We want a peaceful and secure region.'), ['security']);
    assert.deepEqual(sectors('We will provide financial assistance for the reconstruction.'), ['finance']);
  });
});
