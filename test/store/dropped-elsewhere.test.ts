/**
 * @module dropped-elsewhere.test
 * Which migration failures are another schema's drop racing Kysely's all-schema table lookup
 * (tried again), and which are the store's own (reported).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { droppedElsewhere } from '../../src/store/migrations/migration-provider.ts';

const gone = (message: string) => droppedElsewhere(new Error(message), 'concord_test_b');

test('should retry when another schema or one of its tables vanished, never for its own', () => {
  assert.equal(gone('schema "concord_test_a" does not exist'), true);
  assert.equal(gone('relation "concord_test_a.decisions" does not exist'), true);
  assert.equal(gone('relation "concord_test_b.decisions" does not exist'), false);
  assert.equal(gone('relation "decisions" does not exist'), false);
  assert.equal(gone('syntax error at or near "x"'), false);
});
