/**
 * @module cli-helpers.test
 * The CLI's pure helpers: where the store is, tables, highlighting, outlines, ports.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveStoreTarget } from '../../src/cli/cli-store.ts';
import { cut, formatTable } from '../../src/cli/format-table.ts';
import { highlight } from '../../src/cli/highlight.ts';
import { outline } from '../../src/cli/show-command.ts';
import { resolvePort, resolveProcesses } from '../../src/cli/serve-command.ts';
import { shareLoginLimits, shareRateLimits } from '../../src/app/process-share.ts';
import { DEFAULT_RATE_LIMITS } from '../../src/server/middleware/rate-limit-middleware.ts';
import { summariseOutcomes } from '../../src/ingest/summarise-outcomes.ts';
import type { TreeNode } from '../../src/model/node.ts';

describe('resolveStoreTarget', () => {
  test('should prefer --db, then DATABASE_URL, then CONCORD_DB, then the store default', () => {
    assert.deepEqual(resolveStoreTarget({ db: 'x.db' }, { DATABASE_URL: 'postgres://h/db' }), { sqlitePath: 'x.db' });
    assert.deepEqual(resolveStoreTarget({ db: 'postgresql://h/db' }, {}), { databaseUrl: 'postgresql://h/db' });
    assert.deepEqual(resolveStoreTarget({}, { DATABASE_URL: 'postgres://h/db', CONCORD_DB: 'c.db' }), {
      databaseUrl: 'postgres://h/db',
    });
    assert.deepEqual(resolveStoreTarget({}, { CONCORD_DB: 'c.db' }), { sqlitePath: 'c.db' });
    assert.deepEqual(resolveStoreTarget({}, {}), {});
  });
});

describe('formatTable', () => {
  test('should pad columns, right-align numbers and cut long cells', () => {
    const lines = formatTable(
      [{ header: 'id' }, { header: 'title', max: 5 }, { header: 'n', right: true }],
      [
        ['d_1', 'a long\ntitle', '12'],
        ['d_22', 'ok', '3'],
      ],
    );
    assert.deepEqual(lines, ['id    title   n', 'd_1   a lo…  12', 'd_22  ok      3']);
    assert.equal(cut('abc', 3), 'abc');
  });
});

describe('highlight', () => {
  test('should emphasise marked ranges on a terminal and leave the text plain elsewhere', () => {
    const marks = [{ start: 4, end: 11 }];
    assert.equal(highlight('the Parties agreed', marks, false), 'the Parties agreed');
    assert.equal(highlight('the Parties agreed', marks, true), 'the \u001b[1;33mParties\u001b[0m agreed');
  });
});

describe('outline', () => {
  test('should list structural nodes with labels, indented, without sentences', () => {
    const text = 'Preamble text.\n1. First clause. Two.';
    const tree: TreeNode = {
      kind: 'root',
      start: 0,
      end: text.length,
      children: [
        { kind: 'preamble', label: 'preamble', start: 0, end: 14, children: [] },
        {
          kind: 'clause',
          label: '1',
          start: 15,
          end: text.length,
          children: [{ kind: 'sentence', start: 18, end: 30, children: [] }],
        },
      ],
    };
    assert.deepEqual(outline(text, tree), ['preamble preamble  Preamble text.', 'clause 1  1. First clause. Two.']);
  });
});

describe('resolvePort and summariseOutcomes', () => {
  test('should take the option, then env, then 8080, and refuse a bad port', () => {
    assert.equal(resolvePort('3000', '4000'), 3000);
    assert.equal(resolvePort(undefined, '4000'), 4000);
    assert.equal(resolvePort(undefined, undefined), 8080);
    assert.throws(() => resolvePort('http', undefined), /Invalid port "http"/);
  });

  test('should take the processes from the option, then env, then the cores, and refuse a bad count', () => {
    assert.equal(resolveProcesses('3', '4', 2), 3);
    assert.equal(resolveProcesses(undefined, '4', 2), 4);
    assert.equal(resolveProcesses(undefined, ' ', 2), 2);
    assert.equal(resolveProcesses(undefined, undefined, 8), 8);
    assert.throws(() => resolveProcesses('0', undefined), /Invalid number of processes "0"/);
    assert.throws(() => resolveProcesses('two', undefined), /Invalid number of processes/);
  });

  test('should give each of several processes its share of the per-client limits, rounded up', () => {
    const two = shareRateLimits(DEFAULT_RATE_LIMITS, 2);
    assert.deepEqual(two.reads, {
      burst: DEFAULT_RATE_LIMITS.reads.burst / 2,
      perSecond: DEFAULT_RATE_LIMITS.reads.perSecond / 2,
    });
    assert.equal(
      shareRateLimits({ ...DEFAULT_RATE_LIMITS, imports: { burst: 1, perSecond: 0.5 } }, 4).imports.burst,
      1,
    );
    assert.deepEqual(shareLoginLimits(2, { perAccount: 5, perClient: 20, windowMs: 1000 }), {
      perAccount: 3,
      perClient: 10,
      windowMs: 1000,
    });
  });

  test('should count added, unchanged and failed outcomes', () => {
    const s = summariseOutcomes([
      { ok: true, id: 'd_1', created: true, clauses: 1 },
      { ok: true, id: 'd_1', created: false, clauses: 1 },
      { ok: false, code: 'empty', message: 'empty' },
    ]);
    assert.deepEqual(s, { files: 3, added: 1, unchanged: 1, failed: 1 });
  });
});
