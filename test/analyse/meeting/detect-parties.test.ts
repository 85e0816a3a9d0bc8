/**
 * @module detect-parties.test
 * Parties: hereinafter, we-the, signatory blocks, member states, treaty titles.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectParties } from '../../../src/analyse/meeting/detect-parties.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { fixtureLexicons } from './fixture-lexicons.ts';

const parties = (text: string, meetingSpan: { start: number; end: number } | null = null) =>
  detectParties({ text, sentences: sentenceSpans(text, []), lexicons: fixtureLexicons(), entities: [], meetingSpan });

describe('detectParties', () => {
  test('should take the states defined as "the Parties", not everyone who attended', () => {
    const text =
      'The meeting was attended by the ministers of Kazakhstan, China, Kyrgyzstan, Tajikistan, Uzbekistan and the ' +
      'Ambassador of Turkmenistan.\n\nThe foreign ministers of Kazakhstan, China, Kyrgyzstan, Tajikistan, and ' +
      'Uzbekistan (hereinafter referred to as the Parties) adopted the following Communiqué:';
    const p = parties(text)!;
    assert.deepEqual(p.parties, ['CN', 'KG', 'KZ', 'TJ', 'UZ']);
    assert.equal(p.rule, 'hereinafter');
  });
  test('should read "We, the Heads of State of …"', () => {
    assert.deepEqual(
      parties(
        'We, the Heads of State of the Republic of Kazakhstan, the Kyrgyz Republic and Turkmenistan, declare the ' +
          'following.',
      )!.parties,
      ['KG', 'KZ', 'TM'],
    );
  });
  test('should read a signatory block', () => {
    const p = parties(
      'The Treaty enters into force on signature.\n\nFor the Republic of Kazakhstan\n\nFor the Republic of ' +
        'Uzbekistan\n',
    )!;
    assert.deepEqual(p.parties, ['KZ', 'UZ']);
    assert.equal(p.rule, 'signatory-block');
  });
  test('should expand "the member states of the SCO" to its members', () => {
    const p = parties(
      'The leaders of the Member States of the Shanghai Cooperation Organisation (hereinafter the SCO) declare the ' +
        'following.',
    )!;
    assert.deepEqual(p.parties, ['CN', 'IN', 'KG', 'KZ', 'RU', 'TJ', 'UZ']);
    assert.equal(p.rule, 'member-states');
  });
  test('should expand the heads of state of a format to its members', () => {
    assert.deepEqual(
      parties('The heads of state of the Central Asia-China format declare their commitment to friendship.')!.parties,
      ['CN', 'KG', 'KZ', 'TJ', 'TM', 'UZ'],
    );
  });
  test('should fall back to the states named in the meeting sentence', () => {
    const text = 'On 1 May 2025 the Presidents of Kazakhstan and Uzbekistan met in Almaty. They agreed to cooperate.';
    assert.deepEqual(parties(text, { start: 0, end: 67 })!.parties, ['KZ', 'UZ']);
  });
});

describe('detectParties for treaties', () => {
  test('should read the states a treaty title says it is between', () => {
    const p = parties(
      'AGREEMENT\n\nof June 17, 2025\n\nAbout friendship between the Republic of Kazakhstan, ' +
        "the Kyrgyz Republic and People's Republic of China\n\nThe Parties shall cooperate.",
    )!;
    assert.deepEqual(p.parties, ['CN', 'KG', 'KZ']);
    assert.equal(p.rule, 'between');
  });
  test('should expand "China and five Central Asian countries" in a treaty title', () => {
    assert.deepEqual(parties('A treaty between China and five Central Asian countries was signed.')!.parties, [
      'CN',
      'KG',
      'KZ',
      'TJ',
      'TM',
      'UZ',
    ]);
  });
  test('should read a literally translated "hereinafter" clause', () => {
    assert.deepEqual(
      parties(
        'The Republic of Kazakhstan, Turkmenistan and the Republic of Uzbekistan which are referred to as further ' +
          'with the Parties, considering …',
      )!.parties,
      ['KZ', 'TM', 'UZ'],
    );
  });
});
