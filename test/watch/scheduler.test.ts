/**
 * @module scheduler.test
 * Which sources are due: a new source at once, then after its interval; a failing source
 * sooner, with back-off that never exceeds its interval; the longest overdue first.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dueSources, nextPollAt, retryDelayMinutes } from '../../src/watch/scheduler.ts';

const T0 = '2026-12-01T00:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000);
const source = (
  id: string,
  fields: Partial<{ lastPolledAt: string | null; failures: number; intervalMinutes: number }> = {},
) => ({
  id,
  addedAt: T0,
  lastPolledAt: null,
  failures: 0,
  intervalMinutes: 60,
  ...fields,
});

describe('scheduler', () => {
  test('should make a new source due at once, then an interval after its last poll', () => {
    assert.equal(nextPollAt(source('a')).toISOString(), T0);
    const polled = source('a', { lastPolledAt: at(10).toISOString() });
    assert.equal(nextPollAt(polled).toISOString(), at(70).toISOString());
    assert.deepEqual(dueSources([polled], at(69)), []);
    assert.deepEqual(
      dueSources([polled], at(70)).map((s) => s.id),
      ['a'],
    );
  });

  test('should retry a failing source after 1, 2, 4 … minutes, never later than its interval', () => {
    assert.deepEqual([0, 1, 2, 3, 4].map(retryDelayMinutes), [0, 1, 2, 4, 8]);
    const failing = (failures: number) => source('f', { lastPolledAt: T0, failures, intervalMinutes: 60 });
    assert.equal(nextPollAt(failing(1)).toISOString(), at(1).toISOString());
    assert.equal(nextPollAt(failing(3)).toISOString(), at(4).toISOString());
    assert.equal(nextPollAt(failing(10)).toISOString(), at(60).toISOString());
    assert.equal(nextPollAt(failing(1000)).toISOString(), at(60).toISOString());
  });

  test('should list due sources longest overdue first, then by id, and leave the input alone', () => {
    const sources = Object.freeze([
      source('c', { lastPolledAt: at(0).toISOString() }),
      source('b'),
      source('a'),
      source('d', { lastPolledAt: at(30).toISOString() }),
    ]);
    assert.deepEqual(
      dueSources(sources, at(60)).map((s) => s.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      dueSources(sources, at(90)).map((s) => s.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(dueSources([], at(90)), []);
  });
});
