import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { QueueItem } from '../../../src/review/queue/queue-item.ts';
import { daysUntil, priorityOf, rankItems } from '../../../src/review/queue/rank-items.ts';

const item = (over: Partial<QueueItem> & { id: string }): QueueItem => ({
  kind: 'statement-kind',
  target: `statement:${over.id}`,
  documentId: 'd_1',
  title: null,
  format: null,
  text: '',
  actions: ['confirm', 'correct', 'reject'],
  machine: { value: 'commitment', confidence: 0.9, rule: 'r' },
  ...over,
});

describe('rankItems', () => {
  test('should put low confidence before high confidence', () => {
    const ranked = rankItems(
      [
        item({ id: 'sure', machine: { value: 'x', confidence: 0.95, rule: 'r' } }),
        item({ id: 'unsure', machine: { value: 'x', confidence: 0.4, rule: 'r' } }),
      ],
      '2026-01-01',
    );
    assert.deepEqual(
      ranked.map((r) => r.id),
      ['unsure', 'sure'],
    );
    assert.match(ranked[0].why.join(), /confidence 0\.40/);
  });

  test('should put a contradicted claim before any doubtful suggestion, even a confident one', () => {
    const ranked = rankItems(
      [
        item({ id: 'doubt', machine: { value: 'x', confidence: 0.05, rule: 'r' } }),
        item({
          id: 'claim',
          kind: 'claim-verdict',
          verdict: 'contradicted',
          machine: { value: 'contradicted', confidence: 0.95, rule: 'r' },
        }),
        item({
          id: 'missing',
          kind: 'claim-verdict',
          verdict: 'not-in-source',
          machine: { value: 'not-in-source', confidence: 0.95, rule: 'r' },
        }),
      ],
      '2026-01-01',
    );
    assert.equal(ranked[0].id, 'claim');
    assert.equal(ranked[0].why[0], 'contradicted claim');
  });

  test('should put a commitment near its deadline before one due far later or long past', () => {
    const ranked = rankItems(
      [
        item({ id: 'far', kind: 'commitment-status', due: '2030' }),
        item({ id: 'near', kind: 'commitment-status', due: '2026-01-20' }),
        item({ id: 'ancient', kind: 'commitment-status', due: '2019-05' }),
        item({ id: 'late', kind: 'commitment-status', due: '2025-12' }),
      ],
      '2026-01-05',
    );
    assert.deepEqual(
      ranked.map((r) => r.id),
      // Past a year overdue and years ahead both fall back to confidence alone (then the id decides).
      ['near', 'late', 'ancient', 'far'],
    );
    assert.equal(ranked[0].why[0], 'due in 15 days');
    assert.equal(ranked[1].why[0], 'overdue by 5 days');
    assert.equal(
      priorityOf(item({ id: 'a', due: '2030' }), '2026-01-05').priority,
      priorityOf(item({ id: 'b' }), '2026-01-05').priority,
    );
  });

  test('should break ties by kind order, then document, then id (a stable page order)', () => {
    const a = item({ id: 'b', kind: 'claim-verdict' });
    const b = item({ id: 'a', kind: 'statement-kind' });
    const c = item({ id: 'c', kind: 'statement-kind', documentId: 'd_0' });
    assert.deepEqual(
      rankItems([a, b, c], '2026-01-01').map((r) => r.id),
      ['c', 'a', 'b'],
    );
  });
});

describe('daysUntil', () => {
  test('should count to the last day a year or month allows', () => {
    assert.equal(daysUntil('2026', '2026-12-01'), 30);
    assert.equal(daysUntil('2026-02', '2026-02-01'), 27);
    assert.equal(daysUntil('2026-02-03', '2026-02-01'), 2);
    assert.equal(daysUntil('soon', '2026-02-01'), undefined);
  });
});
