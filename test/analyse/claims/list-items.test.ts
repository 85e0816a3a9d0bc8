/**
 * @module list-items.test
 * A list of outcomes under an intro line: the intro's claim carries to each item; a sentence
 * that ends with a full stop opens no list, and the list ends at an item with a full stop.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClaimLexicon } from '../../../src/analyse/shared/claim-lexicon.ts';
import { classifyClaim } from '../../../src/analyse/claims/classify-claim.ts';
import { isListItem, listGoesOn, listIntro } from '../../../src/analyse/claims/list-items.ts';

const lex = loadClaimLexicon();
const intro = (text: string) => listIntro(text, classifyClaim(text, [], lex, { part: true }));

test('should open a list of outcomes at an intro that ends open', () => {
  assert.equal(intro('At the close of the summit, the leaders signed the following documents:')?.aspect, 'adoption');
  assert.equal(intro('Decisions taken at the meeting of the council included the')?.aspect, 'agreement');
  // A sentence with a full stop, or an intro of something other than outcomes, opens no list.
  assert.equal(intro('At the close of the summit, the leaders signed a joint declaration.'), null);
  assert.equal(intro('The ministers discussed the following topics:'), null);
});

test('should take short lines as items until one ends with a full stop', () => {
  const items = ['Agreement on the Mountain Water Fund;', 'Charter of the River Council,', 'Rules of the Secretariat.'];
  assert.ok(items.every(isListItem));
  assert.deepEqual(items.map(listGoesOn), [true, true, false]);
  assert.equal(isListItem('Yes'), false);
});
