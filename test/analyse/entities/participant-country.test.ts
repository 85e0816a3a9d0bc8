/**
 * @module participant-country.test
 * The country a participant represents, read from how titles are printed in news and
 * declarations of any format (issue 8 item 3/4): abbreviated countries before the role,
 * "<role> <name> of <country>", and a role after a name ending in "Jr.".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge-base.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { toAnnotation } from '../../../src/analyse/entities/entity-mention.ts';
import { findParticipants } from '../../../src/analyse/entities/find-participants.ts';
import { loadEntityLexicons } from '../../../src/analyse/shared/entity-lexicons.ts';

const kb = loadKnowledgeBase();
const lex = loadEntityLexicons();
const countries = (text: string) =>
  findParticipants(
    text,
    recognizeEntities(text, kb, { date: '2023-07-01' }).map(toAnnotation),
    lex,
    kb,
    '2023-07-01',
  ).map((p) => [p.value.name, p.value.country]);

describe('participant country (issue-8)', () => {
  test('should give each line of a signature block its own country ("of <country>" never opens the next line)', () => {
    const block = [
      'Done at the summit on 1 July 2023.',
      '',
      'President Alar Karis of the Republic of Estonia  ',
      'Prime Minister Kaja Kallas of Estonia  ',
      'President Egils Levits of the Republic of Latvia  ',
      'President Gitanas Nausėda of the Republic of Lithuania  ',
      'Prime Minister Ingrida Šimonytė of Lithuania',
    ].join('\n');
    assert.deepEqual(countries(block), [
      ['Alar Karis', 'EE'],
      ['Kaja Kallas', 'EE'],
      ['Egils Levits', 'LV'],
      ['Gitanas Nausėda', 'LT'],
      ['Ingrida Šimonytė', 'LT'],
    ]);
  });

  test('should read an abbreviated country printed before the role', () => {
    assert.deepEqual(countries('U.S. Vice President Kamala Harris said the partnership would last.'), [
      ['Kamala Harris', 'US'],
    ]);
  });
  test('should read the country named after the name ("President X of Y")', () => {
    assert.deepEqual(countries('President Cyril Ramaphosa of South Africa opened the summit.'), [
      ['Cyril Ramaphosa', 'ZA'],
    ]);
  });
  test('should read a role printed after a name that ends in an abbreviation', () => {
    assert.deepEqual(countries('Joseph R. Biden Jr., President of the United States of America, hosted the summit.'), [
      ['Joe Biden', 'US'],
    ]);
  });
  test('should not give a role the country of the person listed before it', () => {
    const text =
      'President David Panuelo of the Federated States of Micronesia and Prime Minister Fiamē Naomi Mata’afa of ' +
      'Samoa spoke.';
    assert.deepEqual(countries(text), [
      ['David Panuelo', 'FM'],
      ['Fiamē Naomi Mata’afa', 'WS'],
    ]);
  });
  test('should read "<name> Jr. of <country>"', () => {
    assert.deepEqual(countries('President Surangel Whipps Jr. of Palau spoke.'), [['Surangel Whipps Jr', 'PW']]);
  });
  test('should read an agency head titled "Administrator" as a participant with that role', () => {
    const text = 'The summit was held in Washington. USAID Administrator Samantha Power attended.';
    const [p] = findParticipants(text, recognizeEntities(text, kb).map(toAnnotation), lex, kb);
    assert.deepEqual([p?.value.name, p?.value.role], ['Samantha Power', 'USAID Administrator']);
  });
  test('should let a role end on a portfolio before a person the knowledge base knows', () => {
    const text = 'The summit was held in Washington. Secretary of State Antony Blinken attended.';
    const [p] = findParticipants(text, recognizeEntities(text, kb).map(toAnnotation), lex, kb, '2022-12-15');
    assert.deepEqual([p?.value.name, p?.value.role, p?.value.country], ['Antony Blinken', 'Secretary of State', 'US']);
  });
});
