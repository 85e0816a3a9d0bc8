/**
 * @module search-query.test
 * Parsing untrusted search text, and rendering it as FTS5 and tsquery syntax.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSearchQuery } from '../../src/store/search-query.ts';
import { toFts5Match } from '../../src/store/sqlite/sqlite-search-query.ts';
import { toTsquery } from '../../src/store/postgres/postgres-search-query.ts';

const words = (q: string) => parseSearchQuery(q).map((g) => g.map((t) => t.words.join(' ') + (t.prefix ? '*' : '')));

describe('parseSearchQuery', () => {
  test('should AND plain words and lower-case them', () => {
    assert.deepEqual(words('Trade  Energy'), [['trade'], ['energy']]);
  });
  test('should keep a quoted phrase and a prefix', () => {
    assert.deepEqual(words('"Central Asia" coop*'), [['central asia'], ['coop*']]);
    assert.deepEqual(words('"Central Asi"*'), [['central asi*']]);
  });
  test('should join terms around OR into one group and ignore AND', () => {
    assert.deepEqual(words('trade OR energy AND water'), [['trade', 'energy'], ['water']]);
    assert.deepEqual(words('OR trade OR'), [['trade']]);
  });
  test('should treat a punctuated chunk as a phrase', () => {
    assert.deepEqual(words('China-Central'), [['china central']]);
  });
  test('should run an unbalanced quote to the end', () => {
    assert.deepEqual(words('"unbalanced text'), [['unbalanced text']]);
  });
  test('should drop syntax and keep letters of any script', () => {
    assert.deepEqual(words("AND OR ( ) * : & | ! '"), []);
    assert.deepEqual(words('Қазақстан Café'), [['қазақстан'], ['café']]);
  });
  test('should bound the number of terms', () => {
    assert.equal(parseSearchQuery('a '.repeat(1000)).length, 32);
  });
});

describe('toFts5Match', () => {
  test('should quote every term', () => {
    assert.equal(
      toFts5Match(parseSearchQuery('trade OR "energy cooperation" coop*')),
      '("trade" OR "energy cooperation") AND ("coop"*)',
    );
  });
  test('should give undefined for nothing to search', () => {
    assert.equal(toFts5Match(parseSearchQuery('()')), undefined);
  });
});

describe('toTsquery', () => {
  test('should quote lexemes and use <-> for phrases and :* for prefixes', () => {
    assert.equal(
      toTsquery(parseSearchQuery('trade OR "energy coop"* x')),
      "( 'trade' | 'energy' <-> 'coop':* ) & ( 'x' )",
    );
  });
  test('should give undefined for nothing to search', () => {
    assert.equal(toTsquery(parseSearchQuery('"')), undefined);
  });
});
