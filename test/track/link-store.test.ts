import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { storeCandidateFinder } from '../../src/track/candidate-finder.ts';
import { loadTracking } from '../../src/track/commitment-records.ts';
import { guideLinksOf } from '../../src/track/guide-links.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import { loadTrackedDocument } from '../../src/track/tracked-document.ts';
import { REVIEW_LINK, SET_STATUS } from '../../src/track/reviews.ts';
import { TrackingRepository, trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { linkedStores } from './linked-stores.ts';
import { doc, promise, report, unrelated } from './track-documents.ts';

const links = async (store: KyselyStore) =>
  (await new TrackingRepository(trackingDb(store)).links()).map((l) => `${l.key} ${l.kind}`).sort();

for (const dialect of await testDialects()) {
  describe(`tracking stage (${dialect.name})`, { skip: dialect.skip }, () => {
    const open = linkedStores(dialect);

    it('links a later report whichever document arrives first', async () => {
      const first = await open([promise, report]);
      const second = await open([report, promise]);
      const a = await links(first);
      assert.equal(a.length, 1);
      assert.match(a[0], /fulfilled$/);
      assert.deepEqual(await links(second), a);
      const guide = await guideLinksOf(first, 'd_report');
      assert.deepEqual(guide[0].statement, { document: 'd_promise.txt', clause: 'p2' });
      assert.equal(guide[0].text, 'The third water diplomacy forum was held in Bishkek on 20 September.');
    });

    it('keeps the links as they are when either document is linked again, in any turn', async () => {
      const store = await open([promise, report]);
      const before = await links(store);
      assert.equal(before.length, 1);
      for (const id of ['d_promise', 'd_report', 'd_report', 'd_promise']) {
        await linkDocument(store, id);
        assert.deepEqual(await links(store), before, `after linking ${id} again`);
      }
    });

    it('drops a link the relinked promise no longer supports, though no search finds the report again', async () => {
      const store = await open([promise, report]);
      assert.equal((await links(store)).length, 1);
      const finder = storeCandidateFinder(new TrackingRepository(trackingDb(store)));
      const stored = await loadTrackedDocument(store, 'd_promise');
      // Re-analysed, the promise turns out to be made after the report: the report cannot be evidence.
      const redated = { ...stored!, published: '2031-06-01', meeting: { ...stored!.meeting!, date: '2031-06-01' } };
      await linkDocument(store, 'd_promise', {
        finder: { ...finder, documentsFor: async () => [] },
        load: async (id) => (id === 'd_promise' ? redated : loadTrackedDocument(store, id)),
      });
      assert.deepEqual(await links(store), []);
    });

    it("reads a later meeting's own text for what was named, not for a theme it restates", async () => {
      const later = (id: string, statements: { at: number }[]) =>
        doc(
          id,
          '2030-10-05',
          `event:${id}`,
          ['Ministers will meet again.', 'Seed banks were opened last month.'],
          statements,
        );
      const meetingText = await open([promise, later('d_next_meeting', [{ at: 0 }])]);
      assert.deepEqual(await guideLinksOf(meetingText, 'd_next_meeting'), []);
      const factSheet = await open([promise, later('d_fact_sheet', [])]);
      assert.deepEqual(
        (await guideLinksOf(factSheet, 'd_fact_sheet')).map((l) => l.relation),
        ['progress'],
      );
    });

    it('does not read a sentence about the source text itself as a report on one of its promises', async () => {
      const titled = (title?: string) => ({
        ...promise,
        document: { ...promise.document, meta: { ...promise.document.meta, title } },
      });
      const note = doc('d_note', '2030-10-05', 'event:m5', [
        'Seed banks were opened, as the Caspian Seed Declaration set out.',
      ]);
      const untitled = await open([titled(), note]);
      assert.equal((await guideLinksOf(untitled, 'd_note')).length, 1);
      const named = await open([titled('Caspian Seed Declaration on Water'), note]);
      assert.deepEqual(await guideLinksOf(named, 'd_note'), []);
    });

    it('re-examines only the promises a new document shares terms with', async () => {
      const store = await open([promise, report]);
      const repo = new TrackingRepository(trackingDb(store));
      const finder = storeCandidateFinder(repo);
      let examined = 0;
      const counting = {
        documentsFor: finder.documentsFor,
        commitmentsFor: async (terms: readonly string[], date: string) => {
          const found = await finder.commitmentsFor(terms, date);
          examined += found.length;
          return found;
        },
      };
      await store.putDocument(unrelated);
      await linkDocument(store, 'd_unrelated', { finder: counting });
      assert.equal(examined, 0);
      await linkDocument(store, 'd_report', { finder: counting });
      assert.equal(examined, 1);
    });

    it('keeps the term counts right through re-linking and removal, and finds only earlier promises', async () => {
      const store = await open([promise, report]);
      const repo = new TrackingRepository(trackingDb(store));
      const db = trackingDb(store);
      const counted = async () =>
        Object.fromEntries(
          (
            await db
              .selectFrom('commitment_term_counts')
              .select(['term', 'postings'])
              .where('postings', '>', 0)
              .execute()
          )
            .map((r) => [r.term, Number(r.postings)])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        );
      const scanned = async () => {
        const rows = await db.selectFrom('commitment_terms').select('term').execute();
        const out: Record<string, number> = {};
        for (const r of rows) out[r.term] = (out[r.term] ?? 0) + 1;
        const promises = await db.selectFrom('tracked_commitments').select('key').execute();
        if (promises.length) out['*'] = promises.length;
        return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
      };
      const before = await scanned();
      assert.ok(Object.keys(before).length > 1);
      assert.deepEqual(await counted(), before);
      await linkDocument(store, 'd_promise');
      assert.deepEqual(await counted(), before);
      const { counts, total } = await repo.termFrequencies(Object.keys(before));
      assert.equal(total, before['*']);
      assert.equal(counts.get('water'), before.water);

      const terms = Object.keys(before).filter((t) => t !== '*');
      assert.equal((await repo.commitmentsWithTerms(terms, '2030-12-31')).length, 1);
      // Only promises made before the document's day.
      assert.equal((await repo.commitmentsWithTerms(terms, '2030-03-10')).length, 0);

      await store.deleteDocument('d_promise');
      assert.deepEqual(await counted(), {});
    });

    it("shows a reviewer's status set after the latest document, with the reason, over the machine's", async () => {
      const store = await open([promise, report]);
      assert.equal((await loadTracking(store)).records[0].status.current, 'fulfilled');
      const [c] = (await loadTracking(store)).records;
      await store.addDecision({
        target: `commitment:${c.commitment.key}`,
        action: SET_STATUS,
        payload: { status: 'partly-fulfilled', reason: 'the forum met for one day of three' },
        by: 'r',
        at: '2031-02-01T09:00:00Z',
      });
      await linkDocument(store, 'd_report');
      const { asOf, records } = await loadTracking(store);
      assert.equal(asOf, '2030-09-25');
      assert.equal(records[0].status.current, 'partly-fulfilled');
      assert.deepEqual(
        records[0].status.history.map((p) => [p.status, p.since, p.by]),
        [
          ['pending', '2030-03-10', 'machine'],
          ['fulfilled', '2030-09-25', 'machine'],
          ['partly-fulfilled', '2031-02-01', 'reviewer'],
        ],
      );
      assert.equal(records[0].status.history.at(-1)?.reason, 'the forum met for one day of three');
    });

    it('supersedes a promise that a later promise replaces with a later date', async () => {
      const again = doc(
        'd_again',
        '2030-06-01',
        'event:m4',
        ['Ministers met in Dushanbe.', 'They will hold the Third Water Diplomacy Forum in Bishkek in March 2031.'],
        [{ at: 1, ref: { name: 'Third Water Diplomacy Forum', date: '2031-03' } }],
      );
      const store = await open([promise, again]);
      const { records } = await loadTracking(store, { documentId: 'd_promise' }, '2030-12-31');
      assert.deepEqual(
        records[0].status.history.map((p) => [p.status, p.since]),
        [
          ['pending', '2030-03-10'],
          ['superseded', '2030-06-01'],
        ],
      );
    });

    it("keeps a reviewer's rejection through re-linking, and drops links with their document", async () => {
      const store = await open([promise, report]);
      const [key] = (await links(store)).map((l) => l.split(' ')[0]);
      await store.addDecision({
        target: `link:${key}`,
        action: REVIEW_LINK,
        payload: { verdict: 'rejected' },
        by: 'r',
        at: '2030-10-02T00:00:00Z',
      });
      await linkDocument(store, 'd_report');
      await linkDocument(store, 'd_promise');
      assert.deepEqual(await guideLinksOf(store, 'd_report'), []);
      const tracking = await loadTracking(store, {}, '2030-12-31');
      assert.equal(tracking.records[0].evidence[0].review, 'rejected');
      assert.equal(tracking.records[0].status.current, 'not-fulfilled');
      await store.deleteDocument('d_report');
      assert.deepEqual(await links(store), []);
    });
  });
}
