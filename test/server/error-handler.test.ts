import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { asProblemError } from '../../src/server/error-handler.ts';
import { isCrossSite } from '../../src/server/middleware/same-origin-middleware.ts';
import { withTitleHeader } from '../../src/server/import-documents.ts';
import { ProblemError } from '../../src/server/problem.ts';

describe('error mapping', () => {
  test('should keep a ProblemError and hide the message of an unexpected error', () => {
    const p = new ProblemError(404, 'x', 'gone');
    assert.equal(asProblemError(p), p);
    const hidden = asProblemError(new Error('password=secret at db.ts:12'));
    assert.equal(hidden.status, 500);
    assert.doesNotMatch(hidden.message, /secret/);
  });

  test('should map a zod error to 400 with pointers', () => {
    const error = z.object({ limit: z.number() }).safeParse({ limit: 'x' }).error!;
    const mapped = asProblemError(error);
    assert.equal(mapped.status, 400);
    assert.equal(mapped.errors?.[0].pointer, 'request.limit');
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
  test('should treat browser-marked other sites and origins off the allow-list as cross-site', () => {
    const own = { allowed: ['localhost', '127.0.0.1'], port: '8080' };
    assert.equal(isCrossSite(undefined, undefined, own), false);
    assert.equal(isCrossSite('cross-site', undefined, own), true);
    assert.equal(isCrossSite('same-origin', 'http://localhost:8080', own), false);
    // DNS rebinding: the browser calls the attacker's page same-origin, but its host is not ours.
    assert.equal(isCrossSite('same-origin', 'http://evil.example:8080', own), true);
    assert.equal(isCrossSite(undefined, 'http://127.0.0.1:3000', own), true);
    assert.equal(isCrossSite(undefined, 'null', own), true);
  });

  test('should add a title header only when the text has none', () => {
    assert.equal(withTitleHeader('Body', 'A\nB'), 'title: A B\n---\nBody');
    assert.equal(withTitleHeader('title: X\nkind: news\n---\nBody', 'Y'), 'title: X\nkind: news\n---\nBody');
    assert.equal(withTitleHeader('Note: this is text\nMore.', 'Y').startsWith('title: Y\n---\n'), true);
  });
});
