import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import mammoth from 'mammoth';
import { guideLinksOf } from '../../src/track/guide-links.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import { testApp } from '../server/test-app.ts';
import { doc, promise, report } from '../track/track-documents.ts';

/** The promise, its report, and a report whose text tries to inject markup (or `others`). */
async function withTracking(
  others = [
    doc('d_hostile', '2030-09-26', 'event:m4', [
      'Ministers met in Osh.',
      'The third water diplomacy forum was held in Bishkek <script>alert(1)</script>.',
    ]),
  ],
) {
  const ctx = await testApp();
  for (const r of [promise, report, ...others]) {
    await ctx.store.putDocument(r);
    await linkDocument(ctx.store, r.document.id);
  }
  return ctx;
}
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
  body: new URLSearchParams(fields).toString(),
});

describe('tracking pages', () => {
  test('the format page shows meetings on a timeline, scorecard charts and each promise with its status', async () => {
    const { app, store } = await withTracking();
    const html = await (await app.request('/formats/EU%E2%80%93Central%20Asia')).text();
    assert.match(html, /<svg[^>]*aria-label="Meetings of EU–Central Asia and the events promised at them"/);
    assert.match(html, /<svg[^>]*aria-label="Compliance per member \(G20 Research Group scale\)"/);
    assert.equal((html.match(/<rect /g) ?? []).length, 3, 'one bar per member (KZ, UZ) and one per sector');
    assert.match(html, /status-fulfilled/);
    // The score is over the promises scored so far, the share over all of them.
    assert.match(html, /[+-]?\d\.\d\d on \d+ scored · \d+ of \d+ fulfilled/);
    assert.match(html, /href="\/api\/calendar.ics\?format=EU%E2%80%93Central%20Asia"/);
    assert.match(await (await app.request('/formats')).text(), /href="\/formats\/EU%E2%80%93Central%20Asia"/);
    await store.close();
  });

  test('the commitment page shows the evidence timeline escaped, and review forms change it', async () => {
    const { app, store } = await withTracking();
    const key = encodeURIComponent('d_promise:28:134');
    const page = await app.request(`/tracking/${key}`);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Status history/);
    assert.match(html, /href="\/documents\/d_report#p-2"/);
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const posted = await app.request(
      `/tracking/${key}/status`,
      form({ status: 'superseded', reason: 'replaced at the next meeting' }),
    );
    assert.equal(posted.status, 303);
    assert.match(await (await app.request(`/tracking/${key}`)).text(), /status status-superseded/);
    await store.close();
  });

  test('the commitment page shows first the report the analysis export lists, the others collapsed', async () => {
    const again = doc('d_report_again', '2030-09-27', 'event:m2', [
      'Ministers met again in Bishkek.',
      'The third water diplomacy forum was held in Bishkek.',
    ]);
    const ctx = await withTracking([again]);
    const exported = async (id: string) => (await guideLinksOf(ctx.store, id)).length;
    assert.deepEqual([await exported('d_report'), await exported('d_report_again')], [1, 0]);
    const html = await (await ctx.app.request(`/tracking/${encodeURIComponent('d_promise:28:134')}`)).text();
    const collapsed = html.indexOf('<details class="evidence-secondary">');
    assert.ok(collapsed > 0, 'the other report of the meeting is collapsed');
    assert.ok(html.indexOf('href="/documents/d_report#') < collapsed);
    assert.ok(html.indexOf('href="/documents/d_report_again#') > collapsed);
    await ctx.store.close();
  });

  test('the calendar lists held events with the feed link; the review prints and downloads as DOCX', async () => {
    const { app, store } = await withTracking();
    const cal = await (await app.request('/calendar?format=EU')).text();
    assert.match(cal, /Third Water Diplomacy Forum/);
    assert.match(cal, /href="\/api\/calendar.ics\?format=EU"/);
    const review = await (await app.request('/review?format=EU')).text();
    assert.match(review, /Review of implementation: EU/);
    assert.match(review, /class="no-print"/);
    const docx = await app.request('/review.docx?format=EU');
    assert.match(docx.headers.get('content-type') ?? '', /wordprocessingml/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    assert.match(value, /The third water diplomacy forum was held in Bishkek on 20 September\./);
    await store.close();
  });

  test('the review follows the latest meeting text, not one issued between meetings; it links the others', async () => {
    const between = doc(
      'd_between',
      '2031-01-15',
      null as unknown as string,
      ['Statement of the ministers.', 'They will open a joint seed bank in Tashkent by 2032.'],
      [{ at: 1, deadline: '2032' }],
    );
    const next = doc(
      'd_next',
      '2030-12-01',
      'event:m2',
      ['Ministers met in Almaty.', 'They will hold a glacier conference in Dushanbe in 2031.'],
      [{ at: 1, deadline: '2031' }],
    );
    const { app, store } = await withTracking([between, next]);
    const review = await (await app.request('/review?format=EU')).text();
    assert.match(review, /They will hold a glacier conference in Dushanbe in 2031\./);
    assert.doesNotMatch(review, /joint seed bank/, 'a statement between meetings is not the previous meeting');
    assert.match(review, /<summary>Review another meeting \(1\)<\/summary>/);
    assert.match(review, /href="\/review\?format=EU&amp;meeting=event%3Am1"/);
    const earlier = await (await app.request('/review?format=EU&meeting=event%3Am1')).text();
    assert.match(earlier, /They agreed to hold the Third Water Diplomacy Forum/);
    await store.close();
  });
});
