/**
 * @module watch-timer.test
 * The scheduler's clock: it queues a poll of each due source at once and on every tick, keyed
 * by source and due time (so repeated ticks and other processes queue one poll), stops when
 * told, goes on after a failed tick, and `CONCORD_WATCH=off` turns it off.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { startWatchTimer, watchDisabled } from '../../src/watch/watch-timer.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watch timer', () => {
  test('should queue due polls on every tick with one key per due time, and stop', async () => {
    const store = createSqliteStore(':memory:');
    await store.migrate();
    try {
      const now = new Date('2026-12-01T12:00:00Z');
      const due = (await store.watch.addSource({ url: 'https://e.org/a', kind: 'feed', addedBy: 't' }, now)).source;
      const later = (await store.watch.addSource({ url: 'https://e.org/b', kind: 'feed', addedBy: 't' }, now)).source;
      await store.watch.recordPoll(later.id, { at: now });
      const calls: { type: string; payload: unknown; key?: string }[] = [];
      const queue = {
        enqueue: async (type: string, payload: unknown, options?: { key?: string }) => {
          calls.push({ type, payload, key: options?.key });
          return `job-${calls.length}`;
        },
      };
      const timer = startWatchTimer({ store, queue, everyMs: 10, now: () => now });
      await sleep(120);
      timer.stop();
      const made = calls.length;
      assert.ok(made >= 3, `ticked ${made} times`);
      assert.deepEqual(
        new Set(calls.map((c) => JSON.stringify(c))),
        new Set([
          JSON.stringify({
            type: 'poll-source',
            payload: { sourceId: due.id },
            key: `poll-source:${due.id}:${now.toISOString()}`,
          }),
        ]),
      );
      await sleep(50);
      assert.equal(calls.length, made, 'no tick after stop');
    } finally {
      await store.close();
    }
  });

  test('should report a failed tick and go on', async () => {
    const logged: string[] = [];
    let lists = 0;
    const store = {
      watch: {
        listSources: async () => {
          lists++;
          throw new Error('database is locked');
        },
      },
    };
    const timer = startWatchTimer({
      store: store as never,
      queue: { enqueue: async () => 'x' },
      everyMs: 10,
      log: (m) => logged.push(m),
    });
    await sleep(60);
    timer.stop();
    assert.ok(lists >= 2);
    assert.match(logged[0], /scheduling polls failed: database is locked/);
  });

  test('should be off with CONCORD_WATCH=off (or 0, false, no)', () => {
    assert.equal(watchDisabled({ CONCORD_WATCH: 'off' }), true);
    assert.equal(watchDisabled({ CONCORD_WATCH: 'FALSE' }), true);
    assert.equal(watchDisabled({}), false);
    assert.equal(watchDisabled({ CONCORD_WATCH: 'on' }), false);
  });
});
