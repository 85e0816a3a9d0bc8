import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Annotation } from '../../src/model/annotation.ts';
import type { DocumentRecord } from '../../src/store/store.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { storeCandidateFinder } from '../../src/track/candidate-finder.ts';
import { loadTracking } from '../../src/track/commitment-records.ts';
import { guideLinksOf } from '../../src/track/guide-links.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import { REVIEW_LINK } from '../../src/track/reviews.ts';
import { TrackingRepository, trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';

/** A document of one-sentence paragraphs; statements are given by paragraph index. */
function doc(
  id: string,
  date: string,
  meetingId: string,
  paragraphs: string[],
  statements: { at: number; deadline?: string; ref?: { name: string; date: string } }[] = [],
): DocumentRecord {
  let text = '';
  const spans = paragraphs.map((p, i) => {
    if (i) text += '\n\n';
    const start = text.length;
    text += p;
    return { start, end: text.length };
  });
  const children = spans.map((s, i) => ({
    kind: 'paragraph' as const,
    label: `p${i + 1}`,
    ...s,
    children: [{ kind: 'sentence' as const, ...s, children: [] }],
  }));
  const meeting: Annotation = {
    layer: 'meeting',
    ...spans[0],
    value: {
      format: 'EU–Central Asia',
      level: 'ministers',
      edition: null,
      date,
      end: null,
      city: null,
      country: null,
      meetingId,
    },
    source: 'test',
    confidence: 1,
  };
  const layers: Record<string, Annotation[]> = {
    meeting: [meeting],
    statements: statements.map((s) => ({
      layer: 'statements',
      ...spans[s.at],
      value: {
        clause: `p${s.at + 1}`,
        kind: 'commitment',
        actors: ['KZ', 'UZ'],
        sectors: ['environment'],
        deadline: s.deadline ?? null,
        references: s.ref ? [{ type: 'event', name: s.ref.name, date: s.ref.date, place: 'Bishkek' }] : [],
      },
      source: 'test',
      confidence: 1,
    })),
  };
  return {
    document: { id, text, meta: { published: date, fileName: `${id}.txt` } },
    tree: { kind: 'root', start: 0, end: text.length, children },
    analysis: { layers, diagnostics: [], versions: {} },
  };
}

const promise = doc(
  'd_promise',
  '2030-03-10',
  'event:m1',
  [
    'Ministers met in Tashkent.',
    'They agreed to hold the Third Water Diplomacy Forum in Bishkek in September 2030 and will open seed banks.',
  ],
  [{ at: 1, ref: { name: 'Third Water Diplomacy Forum', date: '2030-09' } }],
);
const report = doc('d_report', '2030-09-25', 'event:m2', [
  'Ministers met again in Bishkek.',
  'The third water diplomacy forum was held in Bishkek on 20 September.',
]);
const unrelated = doc('d_unrelated', '2030-10-01', 'event:m3', ['A railway bridge was opened on the border.']);

const links = async (store: KyselyStore) =>
  (await new TrackingRepository(trackingDb(store)).links()).map((l) => `${l.key} ${l.kind}`).sort();

for (const dialect of await testDialects()) {
  describe(`tracking stage (${dialect.name})`, { skip: dialect.skip }, () => {
    const stores: KyselyStore[] = [];
    const open = async (records: DocumentRecord[]) => {
      const store = await dialect.open();
      stores.push(store);
      for (const r of records) {
        await store.putDocument(r);
        await linkDocument(store, r.document.id);
      }
      return store;
    };
    after(async () => {
      for (const s of stores) await dialect.dispose(s);
    });

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

    it('re-examines only the promises a new document shares terms with', async () => {
      const store = await open([promise, report]);
      const repo = new TrackingRepository(trackingDb(store));
      const finder = storeCandidateFinder(store, repo);
      let examined = 0;
      const counting = {
        passagesFor: finder.passagesFor,
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
