import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { BudgetError, WorkerPool } from '../../src/ingest/worker-pool.ts';

const entry = new URL('./helpers/budget-worker.ts', import.meta.url);

describe('WorkerPool: a runaway task is stopped, the pool goes on and workers may ask questions', () => {
  const pool = new WorkerPool(entry, 1, { timeoutMs: 1500, memoryMb: 64 });
  after(() => pool.close());

  it('should terminate a task stuck in a synchronous loop at its time budget', async () => {
    await assert.rejects(pool.run({ op: 'spin' }), (e: BudgetError) => e instanceof BudgetError && e.kind === 'time');
  });

  it('should report a task that exhausts its heap as a memory budget error', async () => {
    const roomy = new WorkerPool(entry, 1, { timeoutMs: 20_000, memoryMb: 64 });
    after(() => roomy.close());
    await assert.rejects(roomy.run({ op: 'hog' }), (e: BudgetError) => e instanceof BudgetError && e.kind === 'memory');
  });

  it('should run the next task on a fresh worker, and pass a worker error back by name', async () => {
    await assert.rejects(pool.run({ op: 'spin' }), { kind: 'time' });
    // A roomier budget: starting a worker (tsx, modules) takes a while on a loaded machine.
    const roomy = new WorkerPool(entry, 1, { timeoutMs: 30_000, memoryMb: 64 });
    after(() => roomy.close());
    assert.equal(await roomy.run({ op: 'echo', value: 41 }), 42);
    await assert.rejects(roomy.run({ op: 'fail' }), { name: 'ReadError', message: 'bad input' });
    assert.equal(await roomy.run({ op: 'ask' }, async (value) => `${value}!`), 'id?!');
  });
});
