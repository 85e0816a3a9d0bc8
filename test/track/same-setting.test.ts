/**
 * @module same-setting.test
 * Tracking precision (issue 10): a document of another format does not report a promise, nor
 * does a format's document report a promise whose format is unknown; a document without a
 * format must name most of the promising states; a later commitment to do the same again is a
 * repeat, not fulfilment or progress, unless a named event is reported held.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { StatementValue } from '../../src/model/layers.ts';
import { unlessRecommitted } from '../../src/track/recommitted.ts';
import { sameFormat, sameSetting } from '../../src/track/same-setting.ts';
import { sourceName } from '../../src/track/source-name.ts';
import type { TrackedDocument } from '../../src/track/tracked-document.ts';
import { lex, promises } from './track-fixtures.ts';

const [promise] = promises([{ clause: '4', text: 'We will open a joint water centre in Tashkent.' }]);

function later(format: string | null, states: string[]): TrackedDocument {
  return {
    documentId: 'd_later',
    text: '',
    meeting: format
      ? { format, level: null, edition: null, date: '2031-01-01', end: null, city: null, country: null }
      : null,
    published: '2031-01-02',
    date: '2031-01-02',
    sentences: [],
    states: new Set(states),
    statements: [],
  };
}

describe('which later documents can report a promise', () => {
  test('should accept the same format, or one partner of it', () => {
    assert.ok(sameSetting(promise!, later('EU–Central Asia', ['KZ'])));
    assert.ok(sameFormat('ASEAN', 'ASEAN–US'));
    assert.ok(!sameFormat('G7', 'G20'));
  });

  test('should accept the regional body of one partner of a partnership format', () => {
    assert.ok(sameFormat('Andean Forum', 'EU–Andean'));
    assert.ok(sameFormat('Nordic–Sahel', 'Union of the Sahel'));
    assert.ok(!sameFormat('Andean Forum', 'EU–Sahel'));
    assert.ok(!sameFormat('Andean Development Bank', 'EU–Andean'));
  });

  test("should accept a text without a format that names the promise's source by its title", () => {
    const named = { ...promise!, sourceName: sourceName('Caspian Water Declaration on Shared Rivers', lex) };
    assert.equal(named.sourceName, 'caspian water declaration');
    const note = { ...later(null, ['KZ']), text: 'Ministers reviewed the Caspian Water Declaration in May.' };
    assert.ok(sameSetting(named, note));
    assert.ok(!sameSetting(named, { ...note, text: 'Ministers reviewed a water declaration in May.' }));
    assert.equal(sourceName('Joint Statement on Water', lex), null);
  });

  test('should refuse a document of another format whatever states it names', () => {
    assert.ok(!sameSetting(promise!, later('G7', ['KZ', 'UZ', 'EU'])));
  });

  test('should ask a document without a format to name most of the promising states', () => {
    assert.ok(sameSetting(promise!, later(null, ['KZ', 'UZ'])));
    assert.ok(!sameSetting(promise!, later(null, ['KZ'])));
  });

  test('should refuse a format document for a promise of no known format', () => {
    assert.ok(!sameSetting({ ...promise!, format: null }, later('G7', ['KZ', 'UZ', 'EU'])));
    assert.ok(sameSetting({ ...promise!, format: null }, later(null, ['KZ', 'UZ'])));
  });
});

describe('a later commitment to do the same again', () => {
  const commitment = (start: number, end: number) => ({
    start,
    end,
    value: { kind: 'commitment' } as StatementValue,
  });

  test('should be a repeat when only the topic matched', () => {
    const v = unlessRecommitted(
      { kind: 'progress', rule: 'track:topic-completion', confidence: 0.6 },
      { start: 10, end: 50 },
      [commitment(0, 60)],
    );
    assert.deepEqual(v, { kind: 'repeat', rule: 'track:topic-completion-recommitted', confidence: 0.6 });
  });

  test('should be a repeat when the sentence says it promises again, whatever the analysis filed it as', () => {
    const step = { kind: 'progress' as const, rule: 'track:topic-completion', confidence: 0.6 };
    const again = { start: 0, end: 70, text: 'We reiterate our strong commitment to fighting organised crime.' };
    assert.equal(unlessRecommitted(step, again, [], lex.recommitment).kind, 'repeat');
    const report = { start: 0, end: 70, text: 'Customs officers dismantled three smuggling networks last year.' };
    assert.equal(unlessRecommitted(step, report, [], lex.recommitment), step);
  });

  test('should keep a named event reported held, and sentences outside commitments', () => {
    const held = { kind: 'fulfilled' as const, rule: 'track:anchor-completion', confidence: 0.9 };
    assert.equal(unlessRecommitted(held, { start: 10, end: 50 }, [commitment(0, 60)]), held);
    const step = { kind: 'progress' as const, rule: 'track:topic-step', confidence: 0.55 };
    assert.equal(unlessRecommitted(step, { start: 70, end: 90 }, [commitment(0, 60)]), step);
  });
});
