import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOSTILE_TEXT, postText, testApp } from './test-app.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

async function assertProblem(res: Response, status: number, code: string) {
  assert.equal(res.status, status);
  assert.equal(res.headers.get('content-type'), PROBLEM);
  const body = await res.json();
  for (const key of ['type', 'title', 'status', 'detail', 'instance', 'code'])
    assert.ok(key in body, `problem lacks ${key}`);
  assert.equal(body.status, status);
  assert.equal(body.code, code);
  return body;
}

describe('documents API', () => {
  test('should list nothing in an empty store, with paging fields', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/documents');
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { items: [], total: 0, limit: 20, offset: 0 });
    await store.close();
  });

  test('should add pasted text once (201), then report it as already present (200)', async () => {
    const { app, store } = await testApp();
    const first = await postText(app, { text: HOSTILE_TEXT, title: 'Test communique', fileName: 'test.txt' });
    assert.equal(first.status, 201);
    const body = await first.json();
    assert.equal(body.created, 1);
    assert.equal(body.results[0].ok, true);
    assert.equal(body.results[0].title, 'Test communique');
    assert.equal(body.results[0].clauses, 3);
    const again = await postText(app, { text: HOSTILE_TEXT, title: 'Test communique' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json().then((b) => [b.created, b.existing]), [0, 1]);
    await store.close();
  });

  test('should return a document with its text, tree and requested layers', async () => {
    const { app, store } = await testApp();
    const id = (await (await postText(app, { text: HOSTILE_TEXT })).json()).results[0].id;
    const res = await app.request(`/api/documents/${id}?layers=entities,statements`);
    assert.equal(res.status, 200);
    const doc = await res.json();
    assert.equal(doc.id, id);
    assert.equal(doc.text, HOSTILE_TEXT);
    assert.equal(doc.tree.kind, 'root');
    assert.deepEqual(Object.keys(doc.annotations).sort(), ['entities', 'statements']);
    const plain = await (await app.request(`/api/documents/${id}`)).json();
    assert.equal('annotations' in plain, false);
    await store.close();
  });

  test('should filter the list and page through it', async () => {
    const { app, store } = await testApp();
    for (const n of [1, 2, 3]) await postText(app, { text: `Document number ${n}.`, title: `Doc ${n}` });
    const page = await (await app.request('/api/documents?limit=2&offset=2')).json();
    assert.equal(page.total, 3);
    assert.equal(page.items.length, 1);
    assert.deepEqual([page.limit, page.offset], [2, 2]);
    const none = await (await app.request('/api/documents?kind=news')).json();
    assert.equal(none.total, 0);
    await store.close();
  });

  test('should answer 400 with field errors for bad paging and layer names', async () => {
    const { app, store } = await testApp();
    const body = await assertProblem(await app.request('/api/documents?limit=0'), 400, 'invalid-request');
    assert.deepEqual(body.errors, [{ pointer: '/limit', message: 'must be a whole number between 1 and 200' }]);
    assert.match(body.detail, /\/limit must be a whole number/);
    const nan = await assertProblem(await app.request('/api/documents?limit=abc'), 400, 'invalid-request');
    assert.deepEqual(nan.errors, [{ pointer: '/limit', message: 'must be a whole number between 1 and 200' }]);
    assert.doesNotMatch(JSON.stringify(nan), /NaN|expected number/);
    const negative = await assertProblem(await app.request('/api/documents?offset=-1'), 400, 'invalid-request');
    assert.deepEqual(negative.errors, [{ pointer: '/offset', message: 'must be a whole number of at least 0' }]);
    await assertProblem(await app.request('/api/documents/d_x?layers=a;b'), 400, 'invalid-request');
    await store.close();
  });

  test('should answer 404 problems for unknown documents and routes', async () => {
    const { app, store } = await testApp();
    const body = await assertProblem(await app.request('/api/documents/d_0000000000000000'), 404, 'document-not-found');
    assert.equal(body.instance, '/api/documents/d_0000000000000000');
    assert.ok(body.requestId);
    await assertProblem(await app.request('/api/documents/d_0000000000000000/analysis'), 404, 'document-not-found');
    await assertProblem(await app.request('/api/documents/d_0000000000000000/source'), 404, 'document-not-found');
    await assertProblem(await app.request('/api/nothing-here'), 404, 'route-not-found');
    await store.close();
  });

  test('should serve the analysis JSON and the original bytes', async () => {
    const { app, store } = await testApp();
    const id = (await (await postText(app, { text: HOSTILE_TEXT, fileName: 'c.txt' })).json()).results[0].id;
    const analysis = await (await app.request(`/api/documents/${id}/analysis`)).json();
    assert.equal(analysis.document, 'c.txt');
    assert.deepEqual(analysis.statements, []);
    const source = await app.request(`/api/documents/${id}/source`);
    assert.equal(source.status, 200);
    assert.match(source.headers.get('content-disposition') ?? '', /^attachment; filename="c\.txt"$/);
    assert.equal(await source.text(), HOSTILE_TEXT);
    await store.close();
  });

  test('should delete a document (204), then not find it (404)', async () => {
    const { app, store } = await testApp();
    const id = (await (await postText(app, { text: 'Short text.' })).json()).results[0].id;
    assert.equal((await app.request(`/api/documents/${id}`, { method: 'DELETE' })).status, 204);
    await assertProblem(await app.request(`/api/documents/${id}`, { method: 'DELETE' }), 404, 'document-not-found');
    assert.equal((await (await app.request('/api/documents')).json()).total, 0);
    await store.close();
  });

  test('should import several uploaded files with one outcome each', async () => {
    const { app, store } = await testApp();
    const form = new FormData();
    form.append('files', new File(['1. First clause. Second sentence.'], 'one.txt', { type: 'text/plain' }));
    form.append('files', new File([new Uint8Array([0, 1, 2])], 'broken.bin'));
    form.append('other', new File(['A second good file.'], 'two.txt'));
    const res = await app.request('/api/documents', { method: 'POST', body: form });
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.deepEqual(
      body.results.map((r: { fileName: string; ok: boolean }) => [r.fileName, r.ok]),
      [
        ['one.txt', true],
        ['broken.bin', false],
        ['two.txt', true],
      ],
    );
    assert.deepEqual([body.created, body.existing, body.failed], [2, 0, 1]);
    assert.equal(body.results[1].code, 'binary');
    await store.close();
  });

  test('should refuse empty uploads, empty text and other media types with a clear 4xx', async () => {
    const { app, store } = await testApp();
    await assertProblem(await app.request('/api/documents', { method: 'POST', body: new FormData() }), 400, 'no-files');
    const empty = await assertProblem(await postText(app, { text: '  \n ' }), 400, 'invalid-request');
    assert.equal(empty.errors[0].pointer, '/text');
    assert.doesNotMatch(empty.errors[0].message, /expected|Too small/);
    await assertProblem(
      await app.request('/api/documents', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{not json',
      }),
      400,
      'invalid-json',
    );
    await assertProblem(
      await app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }),
      415,
      'unsupported-media-type',
    );
    await store.close();
  });

  test('should answer 413 for bodies over the JSON and upload limits', async () => {
    const { app, store } = await testApp({ jsonBytes: 200, uploadBytes: 1000 });
    await assertProblem(await postText(app, { text: 'x'.repeat(300) }), 413, 'body-too-large');
    const form = new FormData();
    form.append('files', new File(['y'.repeat(2000)], 'big.txt'));
    await assertProblem(await app.request('/api/documents', { method: 'POST', body: form }), 413, 'body-too-large');
    assert.equal((await postText(app, { text: 'small.' })).status, 201);
    await store.close();
  });

  test('should refuse a state change a browser marks as cross-site', async () => {
    const { app, store } = await testApp();
    const res = await app.request('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ text: 'x' }),
    });
    await assertProblem(res, 403, 'cross-site-request');
    const same = await app.request('http://localhost/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ text: 'x.' }),
    });
    assert.equal(same.status, 201);
    await store.close();
  });

  test('should echo a sane request id and replace an unsafe one', async () => {
    const { app, store } = await testApp();
    assert.equal(
      (await app.request('/api/documents', { headers: { 'x-request-id': 'abc-123' } })).headers.get('x-request-id'),
      'abc-123',
    );
    const replaced = (await app.request('/api/documents', { headers: { 'x-request-id': '<bad id>' } })).headers.get(
      'x-request-id',
    );
    assert.ok(replaced && replaced !== '<bad id>');
    await store.close();
  });
});
