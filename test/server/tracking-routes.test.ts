import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { linkDocument } from '../../src/track/link-document.ts';
import { promise, report } from '../track/track-documents.ts';
import { testApp } from './test-app.ts';

async function withTracking() {
  const ctx = await testApp();
  for (const r of [promise, report]) {
    await ctx.store.putDocument(r);
    await linkDocument(ctx.store, r.document.id);
  }
  return ctx;
}
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: 'http://localhost' },
  body: JSON.stringify(body),
});

describe('tracking API', () => {
  test('lists commitments with status and evidence, filtered', async () => {
    const { app, store } = await withTracking();
    const all = await (await app.request('/api/commitments')).json();
    assert.equal(all.total, 1);
    assert.equal(all.asOf, '2030-09-25');
    const [c] = all.items;
    assert.equal(c.status.current, 'fulfilled');
    assert.equal(c.evidence[0].kind, 'fulfilled');
    assert.match(c.evidence[0].text, /was held in Bishkek/);
    assert.deepEqual(all.byStatus, { fulfilled: 1 });
    for (const q of ['status=pending', 'state=TM', 'sector=trade', 'dueBefore=2030-08-01', 'format=SCO'])
      assert.equal((await (await app.request(`/api/commitments?${q}`)).json()).total, 0, q);
    for (const q of ['status=fulfilled', 'state=kz', 'sector=environment', 'dueAfter=2030-09-01', 'meeting=event:m1'])
      assert.equal((await (await app.request(`/api/commitments?${q}`)).json()).total, 1, q);
    assert.equal((await app.request('/api/commitments?status=done')).status, 400);
    await store.close();
  });

  test("a reviewer's rejection and status are decisions that change what the API reports", async () => {
    const { app, store } = await withTracking();
    const [c] = (await (await app.request('/api/commitments')).json()).items;
    const linkKey = encodeURIComponent(c.evidence[0].key);
    const rejected = await app.request(`/api/links/${linkKey}/review`, json({ verdict: 'rejected', by: 'ana' }));
    assert.equal(rejected.status, 201);
    const key = encodeURIComponent(c.commitment.key);
    const one = await (await app.request(`/api/commitments/${key}`)).json();
    assert.equal(one.evidence[0].review, 'rejected');
    assert.equal(one.status.current, 'pending', 'due 2030-09-30, read on 2030-09-25');
    const body = { status: 'partly-fulfilled', reason: 'held without two states', since: '2030-09-21', by: 'ana' };
    assert.equal((await app.request(`/api/commitments/${key}/status`, json(body))).status, 201);
    const after = await (await app.request(`/api/commitments/${key}`)).json();
    assert.equal(after.status.current, 'partly-fulfilled');
    assert.equal(after.status.history.at(-1).by, 'reviewer');
    assert.equal((await app.request('/api/commitments/d_x%3A1%3A2')).status, 404);
    await store.close();
  });

  test('serves scorecards, the calendar with its iCalendar feed, the review, and CSV of each', async () => {
    const { app, store } = await withTracking();
    const cards = await (await app.request('/api/scorecards')).json();
    assert.deepEqual(
      cards.states.map((s: { key: string; compliance: number }) => [s.key, s.compliance]),
      [
        ['KZ', 1],
        ['UZ', 1],
      ],
    );
    const cal = await (await app.request('/api/calendar')).json();
    assert.equal(cal.events[0].state, 'held');
    const ics = await app.request('/api/calendar.ics?format=EU');
    assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents('vevent');
    assert.equal(new ICAL.Event(events[0]).summary, 'Third Water Diplomacy Forum');
    const review = await (await app.request('/api/review?format=EU')).json();
    assert.equal(review.records.length, 1);
    for (const name of ['commitments', 'scorecards', 'calendar']) {
      const res = await app.request(`/api/exports/${name}.csv`);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      assert.ok((await res.text()).split('\r\n').length > 2, name);
    }
    await store.close();
  });
});
