/**
 * @module fair-turns.test
 * The request gate: requests start in arrival order, one per turn of the event loop, so what
 * the loop has queued meanwhile (a new connection, another socket's data) runs between them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTurns } from '../../src/server/fair-turns.ts';

describe('createTurns', () => {
  test('should start waiters in order, giving the loop back between two starts', async () => {
    const turn = createTurns();
    const order: string[] = [];
    const started = ['a', 'b', 'c'].map((name) => turn().then(() => order.push(name)));
    setImmediate(() => order.push('loop'));
    await Promise.all(started);
    assert.deepEqual(order, ['a', 'loop', 'b', 'c']);
    await turn();
    assert.equal(order.length, 4, 'a later waiter still gets its turn');
  });
});
