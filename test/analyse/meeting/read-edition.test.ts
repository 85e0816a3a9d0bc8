/**
 * @module read-edition.test
 * Meeting editions from ordinals.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readEdition } from '../../../src/analyse/meeting/read-edition.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const ed = (t: string) => readEdition(t, fixtureLexicons().ordinals)?.edition ?? null;

describe('readEdition', () => {
  test('should read digits, words, Roman numerals and first-ever', () => {
    assert.equal(ed('the 6th meeting of foreign ministers'), 6);
    assert.equal(ed('the sixth China–Central Asia Foreign Ministers’ Meeting'), 6);
    assert.equal(ed('The VI meeting of Foreign Ministers'), 6);
    assert.equal(ed('II Central Asia-China Summit adopts'), 2);
    assert.equal(ed('the first-ever joint summit'), 1);
  });
  test('should not read an anniversary or the pronoun I as an edition', () => {
    assert.equal(ed('the 30th anniversary of diplomatic relations at the summit'), null);
    assert.equal(ed('I am glad to attend this meeting'), null);
  });
  test('should not read "for the first time" as the first edition', () => {
    assert.equal(ed('The summit is held for the first time in the format of the Council of Heads of State'), null);
    assert.equal(ed('for the second time, the first-ever summit'), 1);
  });
  test('should not read an occasion within a span of time as an edition', () => {
    assert.equal(ed('their first meeting hosted by a president since 2016'), null);
    assert.equal(ed('the first summit of the bloc in a decade'), null);
  });
  test('should not read a meeting still to come as the edition', () => {
    assert.equal(ed('It will be formalised at the 10th Summit in November to be held in the capital.'), null);
    assert.equal(ed('the 10th Summit, scheduled for November'), null);
    assert.equal(ed('at the 3rd Summit in Astana the leaders adopted'), 3);
  });
});
