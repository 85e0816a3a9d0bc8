/**
 * @module promised-acts.test
 * Issue 10: a follow-up report states the promised act done in the promise's own verb ("we
 * will widen student exchanges" → "the ministries widened student exchanges"): a step on it;
 * the same verb still to come, or another object, is not.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyEvidence } from '../../src/track/classify-evidence.ts';
import { promisedActs } from '../../src/track/promised-acts.ts';
import { lex, promises } from './track-fixtures.ts';

const [promise] = promises([{ clause: '7', text: 'We intend to widen student exchanges and to train rangers.' }]);
const verdict = (s: string) => classifyEvidence(promise!, s, '2031-05-01', lex);

describe('the promised act reported done in its own verb', () => {
  test('reads each act as its verb and the head of what it is done to', () => {
    assert.deepEqual(promisedActs('We intend to widen student exchanges and to train rangers.', new Set(), lex), [
      'widen exchang',
      'train ranger',
    ]);
    assert.deepEqual(promisedActs('We will establish a seed bank.', new Set(), lex), [], 'creation has objectHeads');
  });

  test('is a step when the verb is past and its object follows', () => {
    assert.equal(
      verdict('In 2031 the ministries widened student exchanges with four universities.')?.rule,
      'track:act-done',
    );
    assert.equal(verdict('Customs officers trained 300 rangers last year.')?.kind, 'progress');
  });

  test('is nothing when the act is still to come or done to something else', () => {
    assert.notEqual(verdict('Student exchanges will be widened next year.')?.kind, 'progress');
    assert.equal(verdict('The ministries widened the road to the border.'), null);
  });

  test('is a step when a report verb of the same act is past and the object follows', () => {
    const [aid] = promises([{ clause: '8', text: 'We will provide emergency assistance to flood-hit provinces.' }]);
    const on = (s: string) => classifyEvidence(aid!, s, '2031-05-01', lex);
    assert.ok(aid!.acts?.includes('provid assistanc'));
    assert.equal(on('The agency disbursed $40 million in assistance by March.')?.rule, 'track:act-done');
    assert.equal(on('A further $40 million in assistance is to be disbursed next year.'), null);
    // A report verb of another act is not this one: assistance "widened" was not provided.
    assert.equal(on('The agency widened assistance to two more provinces.'), null);
  });
});
