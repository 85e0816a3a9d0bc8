/**
 * @module party-forms.test
 * More ways joint texts of any tradition name their parties: a title's "Joint Statement of the
 * Leaders of A, B and C", "the Heads of State and Government of the member states of X and of Y",
 * "the European Union and its Member States and Z", a signature line that carries the signer's
 * name, and a format's members on the document's date. Invented sentences over the repository's
 * knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectParties } from '../../../src/analyse/meeting/detect-parties.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';

const lexicons = loadContext().lexicons;
const parties = (text: string, date: string | null = null, title: string | null = null) =>
  detectParties({ text, sentences: sentenceSpans(text, []), lexicons, entities: [], date, title });
const EU_2024 = 27;

describe('a title names who issues the text', () => {
  test('should read the list after "Joint Statement of the Leaders of" in the first line', () => {
    const text = 'Joint Statement of the Leaders of Australia, Japan and the United States\n\nThe leaders met today.';
    const p = parties(text)!;
    assert.deepEqual(p.parties, ['AU', 'JP', 'US']);
    assert.equal(p.rule, 'title-list');
    assert.ok(text.slice(p.start).startsWith('Statement of the Leaders'));
  });
  test('should read the source’s title when the text does not repeat it', () => {
    const text = 'The ministers met today in a capital and discussed regional security.';
    const p = parties(
      text,
      null,
      'Joint Statement by the Foreign Ministers of Japan, the Republic of Korea and Chile',
    )!;
    assert.deepEqual(p.parties, ['CL', 'JP', 'KR']);
    assert.deepEqual([p.start, p.end], [0, 0]);
  });
  test('should not take one state named after "Statement by" for the parties', () => {
    const p = parties('Statement by Japan on the anniversary\n\nJapan and Chile will hold talks.');
    assert.notEqual(p?.rule, 'title-list');
  });
});

describe('organisations and their member states in a list', () => {
  test('should read every organisation after "the member states of"', () => {
    const p = parties(
      'The Heads of State and Government of the member states of the European Union and of CELAC met in a capital.',
      '2023-07-18',
    )!;
    assert.equal(p.rule, 'member-states');
    assert.equal(p.parties.length, EU_2024 + 33);
    assert.ok(p.parties.includes('FR') && p.parties.includes('BR'));
  });
  test('should read past "its Member States" to the next party', () => {
    const p = parties('The European Union and its Member States and Japan reaffirm their partnership.', '2024-01-01')!;
    assert.equal(p.parties.length, EU_2024 + 1);
    assert.ok(p.parties.includes('JP') && p.parties.includes('DE'));
  });
  test('should read "ASEAN Member States" as one item and go on to the next', () => {
    const p = parties('The leaders of ASEAN Member States and the United States met in a capital.', '2022-05-13')!;
    assert.equal(p.parties.length, 11);
    assert.ok(p.parties.includes('US') && p.parties.includes('VN'));
  });
  test('should read leaders named by their office in the singular', () => {
    const text = 'The Prime Minister of Japan and the President of the Republic of Korea met and adopted this text.';
    assert.deepEqual(parties(text)!.parties, ['JP', 'KR']);
  });
  test('should take a format’s members on the document’s date', () => {
    const text = 'The Heads of State and Government of the BRICS countries met in a city.';
    assert.deepEqual(parties(text, '2023-08-22')!.parties, ['BR', 'CN', 'IN', 'RU', 'ZA']);
    const later = parties(text, '2024-10-22')!.parties;
    assert.ok(later.includes('EG') && later.includes('IR') && !later.includes('ID'), later.join());
  });
});

describe('signature blocks', () => {
  test('should read a state’s signature line that also carries the signer’s name', () => {
    const text =
      'Done at a city on 1 May 2024.\n\nFor the United States of America: Anna Example\nFor Japan: Ben Sample\n';
    assert.deepEqual(parties(text)!.parties, ['JP', 'US']);
  });
  test('should not read a wrapped sentence line after "for" as a signature', () => {
    const text = 'We call for restraint.\nFor civilians in Chile: protection matters\nFor Japan, trade matters.\n';
    assert.notEqual(parties(text)?.rule, 'signatory-block');
  });
});
