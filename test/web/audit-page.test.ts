/** `/audit` and `/audit.csv`: the hash-chained log as a page and as an export. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testApp } from '../server/test-app.ts';

test('should show the audit log newest first with its chain verified, and export it as CSV', async () => {
  const { app, store } = await testApp();
  try {
    for (const name of ['first', 'second'])
      await store.addDecision({
        target: `entity:new:person:${name}`,
        action: 'rename',
        payload: { name: '<b>x</b>' },
        by: 'ana',
        at: new Date().toISOString(),
      });
    const page = await (await app.request('/audit')).text();
    assert.match(page, /The chain holds: 4 entries/);
    assert.ok(page.indexOf('new:person:second') < page.indexOf('new:person:first'), 'newest first');
    assert.doesNotMatch(page, /<b>x<\/b>/, 'details are escaped');
    const decisions = await (await app.request('/audit?action=decision')).text();
    assert.equal((decisions.match(/<tr id="seq-/g) ?? []).length, 2, 'decision finds decision:<action> entries');
    const filtered = await (await app.request('/audit?actor=nobody')).text();
    assert.match(filtered, /No audit entries match/);
    const res = await app.request('/audit.csv');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /audit\.csv/);
    const lines = (await res.text()).trim().split('\r\n');
    assert.equal(lines[0], 'seq,at,actor,action,target,details,prev_hash,hash');
    // Two entries record the test's own admin and token (user-add, token-create), then the two decisions.
    assert.equal(lines.length, 5);
    assert.match(lines[4], /^4,.*,ana,.*,[0-9a-f]{64},[0-9a-f]{64}$/);
  } finally {
    await store.close();
  }
});
