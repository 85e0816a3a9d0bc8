/**
 * Every decision action has its payload's exact shape checked before it is stored: a valid
 * payload of each action passes, an extra field, a wrong value, a payload too large or too deep,
 * and an unknown action are each a 400 that says what is wrong, and nothing is stored.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appendDecision, checkedPayload } from '../../src/services/append-decision.ts';
import {
  DECISION_PAYLOAD_SCHEMAS,
  MAX_PAYLOAD_BYTES,
  MAX_PAYLOAD_DEPTH,
} from '../../src/services/decision-payload-schema.ts';
import { ProblemError } from '../../src/services/problem.ts';
import { openStore } from '../../src/store/open-store.ts';

const machine = { value: 'commitment', confidence: 0.7, rule: 'statements:modality/will' };
const queued = { decision: 'correct', machine };

/** One valid payload per action, as the front ends and the queue send them. */
const VALID: Record<string, Record<string, unknown>> = {
  merge: { into: 'country:KZ' },
  rename: { name: 'Kazakhstan' },
  'add-alias': { alias: 'RK' },
  split: { mentions: [{ documentId: 'd_1', start: 0, end: 4 }], name: 'Astana', type: 'city' },
  reject: {},
  relink: { ...queued, entityId: 'country:UZ' },
  'reject-merge': { ...queued, into: 'country:KZ' },
  'set-verdict': {
    ...queued,
    verdict: 'contradicted',
    evidence: [{ documentId: 'd_1', document: 'a.txt', clause: '3', start: 10, end: 90 }],
  },
  'reject-claim': queued,
  'review-link': { ...queued, verdict: 'confirmed', kind: 'progress' },
  'set-status': { ...queued, status: 'not-fulfilled', reason: 'postponed', since: '2025-06-01' },
  'reject-commitment': { ...queued, reason: 'a wish' },
  'review-statement': { ...queued, field: 'actors', value: ['kz', 'UZ'] },
  'review-meeting': { ...queued, field: 'date', value: '2025-03-12' },
};

function refused(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof ProblemError && e.status === 400 && pattern.test(e.message));
}

describe('decision payloads', () => {
  test('should cover every action with a valid example that passes and an extra field that does not', () => {
    assert.deepEqual(Object.keys(VALID).sort(), Object.keys(DECISION_PAYLOAD_SCHEMAS).sort());
    for (const [action, payload] of Object.entries(VALID)) {
      assert.doesNotThrow(() => checkedPayload(action, payload), action);
      refused(() => checkedPayload(action, { ...payload, by: 'mallory' }), new RegExp(`^${action}: .*by`));
    }
    assert.deepEqual(checkedPayload('review-statement', VALID['review-statement']).value, ['KZ', 'UZ']);
  });

  test('should refuse wrong values per field, naming the field', () => {
    refused(() => checkedPayload('set-status', { status: 'done', reason: 'x' }), /payload\/status/);
    refused(() => checkedPayload('set-status', { status: 'fulfilled', reason: '' }), /payload\/reason/);
    refused(() => checkedPayload('review-statement', { field: 'kind', value: 'rumour' }), /payload\/value/);
    refused(() => checkedPayload('review-statement', { field: 'colour', value: 'red' }), /payload\/field/);
    refused(() => checkedPayload('review-meeting', { field: 'date', value: '12 March' }), /ISO date/);
    refused(() => checkedPayload('review-link', { verdict: 'maybe' }), /payload\/verdict/);
    refused(() => checkedPayload('relink', { entityId: 'x', machine: { ...machine, rule: 'r'.repeat(201) } }), /rule/);
    refused(() => checkedPayload('rotate', {}), /Unknown decision action "rotate"/);
  });

  test('should refuse a payload too large or too deep before walking it', () => {
    const big = { ...VALID['set-status'], reason: 'x'.repeat(MAX_PAYLOAD_BYTES) };
    refused(() => checkedPayload('set-status', big), /over \d+ bytes/);
    const nest = (n: number) => {
      let deep: unknown = 'x';
      for (let i = 0; i < n; i++) deep = [deep];
      return deep;
    };
    refused(() => checkedPayload('merge', { into: nest(20) }), new RegExp(`deeper than ${MAX_PAYLOAD_DEPTH}`));
    refused(() => checkedPayload('merge', { into: nest(100_000) }), /not plain JSON of a sane depth/);
  });

  test('should store nothing when the payload is refused', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      const at = '2026-12-07T00:00:00Z';
      await assert.rejects(
        appendDecision(store, {
          target: 'claim:d_1:0:5',
          action: 'set-verdict',
          payload: { verdict: 'x' },
          by: 'a',
          at,
        }),
        ProblemError,
      );
      assert.deepEqual(await store.listDecisions(), []);
      const stored = await appendDecision(store, {
        target: 'claim:d_1:0:5',
        action: 'reject-claim',
        payload: VALID['reject-claim'],
        by: 'a',
        at,
      });
      assert.equal((await store.listDecisions()).length, 1);
      assert.deepEqual(stored.payload, VALID['reject-claim']);
    } finally {
      await store.close();
    }
  });
});
