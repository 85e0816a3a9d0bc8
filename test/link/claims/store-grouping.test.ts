/**
 * @module store-grouping.test
 * The store-backed claims stage files reports under the meeting they fit, whatever the order of
 * arrival (issue 9): two news reports of the ASEAN–US Special Summit whose own identities are
 * another meeting (the 10th summit, whose primary document is also stored) and a partner's
 * format ("ASEAN") are checked against the Special Summit's joint statement, reports first or
 * primary documents first, with the same verdicts; deleting the joint statement marks the
 * meeting stale and queues its re-check. Skips without ../shared/corpus-wide.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import type { JobQueue } from '../../../src/jobs/job-queue.ts';
import { claimsDb, listVerdicts, meetingOfDocument, staleMeetings } from '../../../src/link/claims/claim-store.ts';
import { claimsStageFor } from '../../../src/link/claims/claims-stage.ts';
import { deleteDocument } from '../../../src/services/delete-document.ts';
import type { KyselyStore } from '../../../src/store/kysely-store.ts';
import { testDialects } from '../../store/store-dialects.ts';

const corpus = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/corpus-wide');
const SPECIAL = 'event:asean-us-special-summit-washington-2022';
const PRIMARIES = [
  'asean-us-special-summit-washington-2022__joint-statement__whitehouse.txt',
  'asean-us-special-summit-washington-2022__joint-statement__whitehouse-followup-csp.txt',
];
const REPORTS = [
  'asean-us-special-summit-washington-2022__news__phnompenhpost.txt',
  'asean-us-special-summit-washington-2022__news__ipdefenseforum.txt',
];
const analyser = createAnalyser();

async function ingestAll(store: KyselyStore, files: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const fileName of files) {
    const outcome = await ingest(store, { bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
    assert.ok(outcome.ok, `${fileName} ingests`);
    if (outcome.ok) ids.push(outcome.id);
  }
  return ids;
}

async function verdictRows(store: KyselyStore): Promise<string[]> {
  await claimsStageFor(store)!.refresh();
  return (await listVerdicts(claimsDb(store))).map(
    (v) => `${v.claim.documentId}:${v.claim.start} ${v.claim.meetingId} ${v.verdict} ${v.evidence.length}`,
  );
}

describe('claims stage grouping in the store', async () => {
  for (const dialect of await testDialects()) {
    test(`should file reports under the meeting they fit, in any order (${dialect.name})`, async (t) => {
      if (dialect.skip) return t.skip(dialect.skip);
      if (!existsSync(corpus)) return t.skip(`${corpus} absent: store grouping test skipped`);
      const reportsFirst = await dialect.open();
      const primariesFirst = await dialect.open();
      t.after(async () => {
        await dialect.dispose(reportsFirst);
        await dialect.dispose(primariesFirst);
      });
      const reportIds = await ingestAll(reportsFirst, REPORTS);
      await ingestAll(reportsFirst, PRIMARIES);
      await ingestAll(primariesFirst, [...PRIMARIES].reverse());
      await ingestAll(primariesFirst, [...REPORTS].reverse());
      for (const id of reportIds) {
        assert.equal(await meetingOfDocument(claimsDb(reportsFirst), id), SPECIAL);
        assert.equal(await meetingOfDocument(claimsDb(primariesFirst), id), SPECIAL);
      }
      const rows = await verdictRows(reportsFirst);
      assert.deepEqual(rows, await verdictRows(primariesFirst));
      assert.ok(
        rows.some((r) => r.includes(' supported ')),
        'the joint statement supports some claims',
      );
    });

    test(`should re-check a meeting's claims when its primary document is deleted (${dialect.name})`, async (t) => {
      if (dialect.skip) return t.skip(dialect.skip);
      if (!existsSync(corpus)) return t.skip(`${corpus} absent: store grouping test skipped`);
      const store = await dialect.open();
      t.after(() => dialect.dispose(store));
      const [primaryId] = await ingestAll(store, [PRIMARIES[0]!, REPORTS[0]!]);
      const queued: unknown[] = [];
      const jobs = {
        enqueue: async (type: string, payload: unknown) => {
          queued.push({ type, payload });
          return 'j1';
        },
      };
      assert.ok((await verdictRows(store)).some((r) => r.includes(' supported ')));
      assert.ok(await deleteDocument({ store, jobs: jobs as unknown as JobQueue }, primaryId!, 'test'));
      assert.deepEqual(queued, [{ type: 'check-claims', payload: { meetingIds: [SPECIAL] } }]);
      assert.deepEqual(await staleMeetings(claimsDb(store)), [SPECIAL]);
      const after = await verdictRows(store);
      assert.ok(after.length > 0 && after.every((r) => r.includes(' not-in-source ')), after.join('\n'));
    });
  }
});
