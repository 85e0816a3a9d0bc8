import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { createApp } from '../../src/app/create-app.ts';
import { openStore } from '../../src/store/open-store.ts';
import { fixtureIngest } from './fixture-ingest.ts';
import { nullAnalyser, postText, testApp } from './test-app.ts';
import { tokenFor, withToken } from './test-credentials.ts';

describe('custody API: soft delete, restore, audit export and verification', () => {
  test('should keep custody, move a deleted document to the trash and restore it', async () => {
    const { app, store } = await testApp();
    const imported = await (await postText(app, { text: '1. The Parties met in Almaty.' })).json();
    const id = imported.results[0].id;
    const custody = await (await app.request(`/api/documents/${id}/custody`)).json();
    assert.equal(custody.importedBy, 'test-admin');
    assert.match(custody.sha256, /^[0-9a-f]{64}$/);

    assert.equal((await app.request(`/api/documents/${id}?reason=test`, { method: 'DELETE' })).status, 204);
    assert.equal((await app.request(`/api/documents/${id}`)).status, 404);
    const trash = await (await app.request('/api/trash')).json();
    assert.deepEqual(
      trash.items.map((t: { documentId: string; reason: string }) => [t.documentId, t.reason]),
      [[id, 'test']],
    );
    const restored = await app.request(`/api/trash/${id}/restore`, { method: 'POST' });
    assert.equal(restored.status, 200);
    assert.equal((await restored.json()).id, id);
    assert.equal((await app.request(`/api/documents/${id}`)).status, 200);
    assert.equal((await app.request(`/api/trash/${id}/restore`, { method: 'POST' })).status, 404);

    const audit = await (await app.request('/api/audit')).json();
    const ofDocuments = audit.entries.filter((e: { target: string }) => e.target.startsWith('d_'));
    assert.deepEqual(
      ofDocuments.map((e: { action: string; actor: string }) => `${e.action} ${e.actor}`),
      // A restore reads the kept bytes again (an import), then closes the trash entry.
      ['import test-admin', 'delete test-admin', 'import test-admin', 'restore test-admin'],
    );
    assert.equal(audit.head, audit.entries.at(-1).hash);
    const verified = await (await app.request('/api/audit/verify')).json();
    assert.equal(verified.ok, true);
    await store.close();
  });

  test('should import from a URL through the API and refuse a private address', async () => {
    const pages: Server = createServer((_req, res) => res.writeHead(200).end('1. The Parties met.'));
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/statement.txt`;
    const store = await openStore({ sqlitePath: ':memory:' });
    const post = (app: ReturnType<typeof createApp>, body: object) =>
      app.request('/api/documents/from-url', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      const token = await tokenFor(store, 'analyst');
      const guarded = withToken(createApp({ store, analyser: nullAnalyser, ingest: fixtureIngest }), token);
      const refused = await post(guarded, { url });
      assert.equal(refused.status, 400);
      assert.equal((await refused.json()).code, 'url-refused-address');
      assert.equal((await post(guarded, { url: 'http://169.254.169.254/latest/meta-data' })).status, 400);
      const testOnly = { allowLoopback: true, timeoutMs: 2000 };
      const open = withToken(
        createApp({ store, analyser: nullAnalyser, ingest: fixtureIngest, urlFetch: testOnly }),
        token,
      );
      const ok = await post(open, { url });
      assert.equal(ok.status, 200);
      const outcome = await ok.json();
      assert.equal(outcome.ok, true);
      assert.equal((await store.getDocument(outcome.id))?.meta.url, url);
    } finally {
      pages.close();
      await store.close();
    }
  });
});
