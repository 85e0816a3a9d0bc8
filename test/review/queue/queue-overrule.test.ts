/**
 * Overruling the machine from the review queue, end to end through the services: a commitment's
 * status and an implementation link confirmed, corrected (with a reason) or rejected change the
 * status the tracker derives and the member scorecards; a claim's verdict corrected or rejected
 * changes the claims list. Every decision still applies after re-analysis and re-linking.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { listClaims } from '../../../src/services/claims.ts';
import { decideQueueItem, listQueue } from '../../../src/services/review-queue.ts';
import { getCommitment, listCommitments, scorecards } from '../../../src/services/tracking.ts';
import type { KyselyStore } from '../../../src/store/kysely-store.ts';
import { openStore } from '../../../src/store/open-store.ts';
import type { DocumentRecord } from '../../../src/store/store.ts';
import { linkDocument } from '../../../src/track/link-document.ts';
import { testDialects } from '../../store/store-dialects.ts';
import { promise, report } from '../../track/track-documents.ts';

/** Kazakhstan's line of the scorecards: its compliance and how many promises are scored. */
async function kazakhstan(store: KyselyStore) {
  const line = (await scorecards(store)).states.find((s) => s.key === 'KZ');
  return line && { compliance: line.compliance, scored: line.scored, commitments: line.commitments };
}

for (const dialect of await testDialects()) {
  describe(`review queue over the tracker (${dialect.name})`, { skip: dialect.skip }, () => {
    const stores: KyselyStore[] = [];
    after(async () => {
      for (const s of stores) await dialect.dispose(s);
    });
    const tracked = async () => {
      const store = await dialect.open();
      stores.push(store);
      await relink(store, [promise, report]);
      return store;
    };
    /** Stores the documents again and re-links them, as a re-analysis does. */
    const relink = async (store: KyselyStore, records: DocumentRecord[]) => {
      for (const r of records) await store.putDocument(r);
      for (const r of records) await linkDocument(store, r.document.id);
    };
    const only = async (store: KyselyStore, kind: 'commitment-status' | 'implementation-link') => {
      const items = (await listQueue(store, { kind })).items;
      assert.equal(items.length, 1, `one ${kind} item`);
      return items[0];
    };

    test('a corrected status needs a reason, sets the status and the scorecard, survives re-linking', async () => {
      const store = await tracked();
      const item = await only(store, 'commitment-status');
      assert.equal(item.machine.value, 'fulfilled');
      assert.deepEqual(await kazakhstan(store), { compliance: 1, scored: 1, commitments: 1 });
      await assert.rejects(
        decideQueueItem(store, { item: item.id, action: 'correct', value: 'not-fulfilled' }, 'rita'),
        /say why/,
      );
      await assert.rejects(
        decideQueueItem(store, { item: item.id, action: 'correct', value: 'done', note: 'x' }, 'rita'),
        /commitment-status: value/,
      );
      await decideQueueItem(
        store,
        { item: item.id, action: 'correct', value: 'not-fulfilled', note: 'the forum was postponed' },
        'rita',
      );
      const key = item.target.slice('commitment:'.length);
      const check = async () => {
        const record = await getCommitment(store, key);
        assert.equal(record?.status.current, 'not-fulfilled');
        assert.deepEqual(record?.status.history.at(-1), {
          status: 'not-fulfilled',
          since: '2030-09-25',
          reason: 'the forum was postponed',
          by: 'reviewer',
        });
        assert.deepEqual(await kazakhstan(store), { compliance: -1, scored: 1, commitments: 1 });
        assert.equal((await listQueue(store, { kind: 'commitment-status' })).total, 0);
      };
      await check();
      await relink(store, [promise, report]);
      await check();
    });

    test('a rejected link no longer fulfils the promise; a corrected kind moves it', async () => {
      const store = await tracked();
      const link = await only(store, 'implementation-link');
      await decideQueueItem(store, { item: link.id, action: 'reject', note: 'another forum' }, 'rita');
      const key = (await only(store, 'commitment-status')).target.slice('commitment:'.length);
      assert.equal((await getCommitment(store, key))?.status.current, 'pending');
      assert.deepEqual(await kazakhstan(store), { compliance: null, scored: 0, commitments: 1 });
      await relink(store, [report, promise]);
      assert.equal((await getCommitment(store, key))?.status.current, 'pending', 'still rejected after re-linking');

      const other = await tracked();
      const link2 = await only(other, 'implementation-link');
      await decideQueueItem(other, { item: link2.id, action: 'correct', value: 'progress' }, 'sam');
      assert.equal((await getCommitment(other, key))?.status.current, 'in-progress');
      assert.deepEqual(await kazakhstan(other), { compliance: 0, scored: 1, commitments: 1 });
    });

    test('a rejected status takes the statement out of the tracker and the scorecards, for good', async () => {
      const store = await tracked();
      const item = await only(store, 'commitment-status');
      await assert.rejects(decideQueueItem(store, { item: item.id, action: 'reject' }, 'rita'), /say why/);
      await decideQueueItem(store, { item: item.id, action: 'reject', note: 'a wish, not a promise' }, 'rita');
      const gone = async () => {
        assert.equal((await listCommitments(store, {})).total, 0);
        assert.equal(await kazakhstan(store), undefined);
        assert.equal((await listQueue(store, { kind: 'commitment-status' })).total, 0);
      };
      await gone();
      await relink(store, [promise, report]);
      await gone();
    });
  });
}

const corpus = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/corpus');
const PRIMARY = 'cca-fm6-almaty-2025__communique__newscentralasia.txt';
const REPORT = 'cca-fm6-almaty-2025__news__24kg.txt';
process.env.CONCORD_READ_TIMEOUT_MS ??= '120000';

describe('review queue over claim verdicts', () => {
  test('a verdict corrected or rejected (with a reason) changes the claims list, also after re-analysis', async (t) => {
    if (!existsSync(join(corpus, PRIMARY))) return t.skip(`${corpus} absent: claim verdict decisions not tested`);
    const analyser = createAnalyser();
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    let reportId = '';
    for (const fileName of [PRIMARY, REPORT]) {
      const outcome = await ingest(store, { bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
      assert.ok(outcome.ok, fileName);
      if (fileName === REPORT) reportId = outcome.id;
    }
    const items = (await listQueue(store, { kind: 'claim-verdict', limit: 200 })).items;
    assert.ok(items.length >= 2, `claim items: ${items.length}`);
    const [first, second] = items;
    assert.ok(first.actions.includes('reject'));
    const other = first.machine.value === 'contradicted' ? 'supported' : 'contradicted';
    await assert.rejects(decideQueueItem(store, { item: first.id, action: 'correct', value: other }, 'ana'), /say why/);
    await decideQueueItem(store, { item: first.id, action: 'correct', value: other, note: 'read the clause' }, 'ana');
    await decideQueueItem(store, { item: second.id, action: 'reject', note: 'a quotation, not a claim' }, 'ana');

    const check = async () => {
      const claims = await listClaims(store, { documentId: reportId });
      const keyOf = (c: (typeof claims)[number]) => `claim:${c.claim.documentId}:${c.claim.start}:${c.claim.end}`;
      const corrected = claims.find((c) => keyOf(c) === first.target);
      assert.equal(corrected?.verdict, other);
      assert.equal(corrected?.review?.by, 'ana');
      assert.equal(corrected?.review?.machineVerdict, first.machine.value);
      assert.ok(!claims.some((c) => keyOf(c) === second.target), 'the rejected claim is left out');
      const open = (await listQueue(store, { kind: 'claim-verdict', limit: 200 })).items.map((i) => i.id);
      assert.ok(!open.includes(first.id) && !open.includes(second.id));
    };
    await check();
    const doc = await store.getDocument(reportId);
    await store.putAnalysis(reportId, analyser.analyse(doc!.document, doc!.tree));
    await check();
  });
});
