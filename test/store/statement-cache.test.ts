/**
 * @module statement-cache.test
 * The SQLite statement cache: the same SQL gets the same prepared statement, the least
 * recently used one is dropped past the capacity, and statements still run correctly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Sqlite from 'better-sqlite3';
import { cachingStatements } from '../../src/store/sqlite/statement-cache.ts';

test('should reuse prepared statements and drop the least recently used', () => {
  const database = cachingStatements(new Sqlite(':memory:'), 2);
  try {
    const a = database.prepare('select 1 as n');
    assert.equal(database.prepare('select 1 as n'), a);
    const b = database.prepare('select 2 as n');
    database.prepare('select 1 as n');
    database.prepare('select 3 as n');
    assert.equal(database.prepare('select 1 as n'), a, 'recently used: kept');
    assert.notEqual(database.prepare('select 2 as n'), b, 'least recently used: prepared again');
    assert.deepEqual(a.all([]), [{ n: 1 }]);
  } finally {
    database.close();
  }
});

test('should run a reused insert with new parameters each time', () => {
  const database = cachingStatements(new Sqlite(':memory:'));
  try {
    database.prepare('create table t (x integer)').run([]);
    for (const x of [1, 2, 3]) database.prepare('insert into t (x) values (?)').run([x]);
    assert.deepEqual(database.prepare('select x from t order by x').all([]), [{ x: 1 }, { x: 2 }, { x: 3 }]);
  } finally {
    database.close();
  }
});
