/**
 * A promise about a meeting is reported kept by every story of that meeting; the analysis JSON
 * lists one of them per promise and meeting: the story that also reports back on the promising
 * meeting's other promises, whatever order the documents arrive in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guideLinksOf } from '../../src/track/guide-links.ts';
import { isOwnMeeting, primaryCoverage } from '../../src/track/meeting-coverage.ts';
import { TrackingRepository, trackingDb } from '../../src/track/tracking-repository.ts';
import { testDialects } from '../store/store-dialects.ts';
import { linkedStores } from './linked-stores.ts';
import { doc } from './track-documents.ts';

const forum = {
  type: 'event' as const,
  name: 'Third Water Diplomacy Forum',
  tokens: ['3', 'water', 'diplomacy', 'forum'],
  searchWords: ['water', 'diplomacy', 'forum'],
  date: '2030-09',
  place: 'Bishkek',
};
const meeting = (over: object) => ({
  format: 'EU–Central Asia',
  level: null,
  edition: 3,
  date: '2030-09-20',
  end: null,
  city: 'Bishkek',
  country: 'KG',
  meetingId: 'event:forum3',
  ...over,
});

describe('isOwnMeeting', () => {
  it('is the document’s meeting when edition, city and month agree more than they disagree', () => {
    assert.equal(isOwnMeeting(forum, meeting({})), true);
    // An analysis that misread the edition: city and month still agree.
    assert.equal(isOwnMeeting(forum, meeting({ edition: 1 })), true);
    // The next forum, named in the third one's text.
    assert.equal(isOwnMeeting(forum, meeting({ edition: 4, date: '2031-09-20' })), false);
    assert.equal(isOwnMeeting(forum, meeting({ meetingId: undefined })), false);
    assert.equal(isOwnMeeting({ ...forum, type: 'organization' }, meeting({})), false);
  });
});

describe('primaryCoverage', () => {
  const c = (documentId: string, reportsBack: number, ownText = false, date = '2030-09-21') => ({
    documentId,
    reportsBack,
    ownText,
    date,
  });
  it('prefers the report that reports back most, then the meeting’s own text, then the earliest', () => {
    assert.equal(primaryCoverage([c('a', 0), c('b', 2), c('c', 1)]), 'b');
    assert.equal(primaryCoverage([c('a', 0), c('b', 0, true, '2030-09-25')]), 'b');
    assert.equal(primaryCoverage([c('b', 0, false, '2030-09-22'), c('a', 0, false, '2030-09-23')]), 'b');
    assert.equal(primaryCoverage([]), undefined);
  });
});

const promises = doc(
  'd_promise',
  '2030-03-10',
  'event:m1',
  [
    'Ministers met in Tashkent.',
    'They agreed to hold the Third Water Diplomacy Forum in Bishkek in September 2030.',
    'They will open seed banks.',
  ],
  [{ at: 1, ref: { name: 'Third Water Diplomacy Forum', date: '2030-09' } }, { at: 2 }],
);
const story = (id: string, date: string, extra: string[] = []) =>
  doc(id, date, 'event:forum3', ['The third water diplomacy forum was held in Bishkek on 20 September.', ...extra]);
const brief = story('d_brief', '2030-09-21');
const review = story('d_review', '2030-09-23', ['Seed banks were opened in the region last month.']);

for (const dialect of await testDialects()) {
  describe(`coverage of one meeting (${dialect.name})`, { skip: dialect.skip }, () => {
    const open = linkedStores(dialect);

    it('lists the held forum once, in the story that also reports back, in any order', async () => {
      for (const order of [
        [promises, brief, review],
        [review, brief, promises],
        [brief, promises, review],
      ]) {
        const store = await open(order);
        // Both stories are kept as evidence …
        const stored = await new TrackingRepository(trackingDb(store)).links();
        assert.deepEqual(
          stored
            .filter((l) => l.from.clause === 'p2')
            .map((l) => `${l.evidence.documentId} ${l.rule}`)
            .sort(),
          ['d_brief track:anchor-completion-coverage', 'd_review track:anchor-completion-coverage'],
        );
        // … and one of them is listed.
        assert.deepEqual(await guideLinksOf(store, 'd_brief'), []);
        assert.deepEqual(
          (await guideLinksOf(store, 'd_review')).map((l) => `${l.statement.clause} ${l.relation}`),
          ['p2 fulfilled', 'p3 progress'],
        );
      }
    });

    it('lists the earliest story when none reports back', async () => {
      const store = await open([promises, brief, story('d_later', '2030-09-24')]);
      assert.equal((await guideLinksOf(store, 'd_brief')).length, 1);
      assert.deepEqual(await guideLinksOf(store, 'd_later'), []);
    });
  });
}
