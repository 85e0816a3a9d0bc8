import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { asProblemError } from '../../src/server/error-handler.ts';
import { isCrossSite } from '../../src/server/middleware/same-origin-middleware.ts';
import { fieldErrors } from '../../src/services/field-errors.ts';
import { withTitleHeader } from '../../src/services/import-documents.ts';
import { ProblemError } from '../../src/services/problem.ts';

describe('error mapping', () => {
  test('should keep a ProblemError and hide the message of an unexpected error', () => {
    const p = new ProblemError(404, 'x', 'gone');
    assert.equal(asProblemError(p), p);
    const hidden = asProblemError(new Error('password=secret at db.ts:12'));
    assert.equal(hidden.status, 500);
    assert.doesNotMatch(hidden.message, /secret/);
  });

  test('should map a zod error to 400 with JSON Pointers and plain words', () => {
    const error = z.object({ limit: z.number() }).safeParse({ limit: 'x' }).error!;
    const mapped = asProblemError(error);
    assert.equal(mapped.status, 400);
    assert.deepEqual(mapped.errors, [{ pointer: '/limit', message: 'must be a number' }]);
  });

  test('should escape pointers (RFC 6901) and word each kind of issue plainly', () => {
    const schema = z.object({
      'a/b~c': z.object({ n: z.number().int().max(3) }),
      kind: z.enum(['news', 'treaty']),
      name: z.string().min(1),
      tags: z.array(z.string()).min(2),
    });
    const error = schema.safeParse({ 'a/b~c': { n: 1.5 }, kind: 'x', name: '', tags: [] }).error!;
    assert.deepEqual(fieldErrors(error), [
      { pointer: '/a~1b~0c/n', message: 'must be a whole number' },
      { pointer: '/kind', message: 'must be one of news, treaty' },
      { pointer: '/name', message: 'must not be empty' },
      { pointer: '/tags', message: 'must have at least 2 items' },
    ]);
  });

  test('should report an unexpected route error as a logged 500 problem', async () => {
    const { testApp } = await import('./test-app.ts');
    const { app, store, errors } = await testApp();
    await store.close();
    const res = await app.request('/api/documents');
    assert.equal(res.status, 500);
    assert.equal((await res.json()).code, 'internal-error');
    assert.equal(errors.length, 1);
  });
});

describe('helpers', () => {
  test('should treat only browser-marked other origins as cross-site', () => {
    assert.equal(isCrossSite(undefined, undefined, 'http://a'), false);
    assert.equal(isCrossSite('cross-site', undefined, 'http://a'), true);
    assert.equal(isCrossSite('same-origin', 'http://b', 'http://a'), false);
    assert.equal(isCrossSite(undefined, 'http://b', 'http://a'), true);
  });

  test('should add a title header only when the text has none', () => {
    assert.equal(withTitleHeader('Body', 'A\nB'), 'title: A B\n---\nBody');
    assert.equal(withTitleHeader('title: X\nkind: news\n---\nBody', 'Y'), 'title: X\nkind: news\n---\nBody');
    assert.equal(withTitleHeader('Note: this is text\nMore.', 'Y').startsWith('title: Y\n---\n'), true);
  });
});
