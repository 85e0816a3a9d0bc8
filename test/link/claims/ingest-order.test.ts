/**
 * @module ingest-order.test
 * Order does not matter: a corpus subset (a meeting's primary document and its reports, plus
 * another meeting's report) ingested reports-first and primary-first gives the same verdicts,
 * on every test database; a report stored before its primary document is re-checked when the
 * document arrives (its meeting is marked stale and checked before claims are read); only the
 * affected meeting's claims are re-run. Skips without ../shared.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { claimsDb, listVerdicts } from '../../../src/link/claims/claim-store.ts';
import { claimsStageFor } from '../../../src/link/claims/claims-stage.ts';
import type { KyselyStore } from '../../../src/store/kysely-store.ts';
import { testDialects } from '../../store/store-dialects.ts';

const corpus = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/corpus');
const PRIMARY = 'cca-fm6-almaty-2025__communique__newscentralasia.txt';
const REPORTS = [
  'cca-fm6-almaty-2025__news__asb-media.txt',
  'cca-fm6-almaty-2025__news__khabarasia.txt',
  'cca-fm6-almaty-2025__news__24kg.txt',
];
const OTHER_MEETING = 'gcc-ca-summit1-jeddah-2023__news__intellinews.txt';

const analyser = createAnalyser();

async function ingestAll(store: KyselyStore, files: readonly string[]): Promise<void> {
  for (const fileName of files) {
    const outcome = await ingest(store, { bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
    assert.ok(outcome.ok, `${fileName} ingests`);
  }
}

/** Verdicts as comparable rows (the document id is content-derived, so equal across stores). */
async function verdictRows(store: KyselyStore): Promise<string[]> {
  await claimsStageFor(store)!.refresh();
  const all = await listVerdicts(claimsDb(store));
  return all.map((v) => {
    const evidence = v.evidence.map((e) => `${e.document}#${e.clause}`).join(',');
    return `${v.claim.documentId}:${v.claim.start}-${v.claim.end} ${v.verdict} [${evidence}] ${v.rule}`;
  });
}

describe('claims stage and ingest order', async () => {
  for (const dialect of await testDialects()) {
    test(`should give the same verdicts in any order (${dialect.name})`, async (t) => {
      if (dialect.skip) return t.skip(dialect.skip);
      if (!existsSync(corpus)) return t.skip(`${corpus} absent: ingest-order test skipped`);
      const reportsFirst = await dialect.open();
      const primaryFirst = await dialect.open();
      t.after(async () => {
        await dialect.dispose(reportsFirst);
        await dialect.dispose(primaryFirst);
      });

      await ingestAll(reportsFirst, [...REPORTS, OTHER_MEETING]);
      await claimsStageFor(reportsFirst)!.refresh();
      const before = await listVerdicts(claimsDb(reportsFirst));
      assert.ok(before.length > 10, 'the reports have claims');
      assert.ok(
        before.every((v) => v.verdict === 'not-in-source' && v.rule === 'link:no-primary'),
        'without a primary document nothing can be supported or contradicted',
      );

      await ingestAll(reportsFirst, [PRIMARY]);
      await ingestAll(primaryFirst, [PRIMARY, OTHER_MEETING, ...[...REPORTS].reverse()]);
      const a = await verdictRows(reportsFirst);
      assert.deepEqual(a, await verdictRows(primaryFirst));
      const after = await listVerdicts(claimsDb(reportsFirst));
      assert.ok(
        after.some((v) => v.verdict === 'supported'),
        'the primary document supports claims once it arrives',
      );
      assert.ok(
        after.some((v) => v.verdict === 'contradicted'),
        'and contradicts some',
      );
      const other = after.filter((v) => v.claim.meetingId === 'event:gcc-ca-summit1-2023');
      assert.ok(other.length && other.every((v) => v.rule === 'link:no-primary'), 'the other meeting is untouched');
    });

    test(`should re-run only the affected meeting (${dialect.name})`, async (t) => {
      if (dialect.skip) return t.skip(dialect.skip);
      if (!existsSync(corpus)) return t.skip(`${corpus} absent: ingest-order test skipped`);
      const store = await dialect.open();
      t.after(() => dialect.dispose(store));
      await ingestAll(store, [PRIMARY, ...REPORTS, OTHER_MEETING]);
      const stage = claimsStageFor(store)!;
      assert.ok((await stage.refresh()) > 0, 'ingest leaves the meetings stale; reading checks them');
      assert.equal(await stage.refresh(), 0, 'and then nothing is stale');
      const fm6 = await stage.recheckMeeting('event:cca-fm6-2025');
      const fm6Claims = (await listVerdicts(claimsDb(store), { meetingId: 'event:cca-fm6-2025' })).length;
      assert.equal(fm6, fm6Claims, 'exactly the claims of that meeting');
      assert.ok(fm6 < (await listVerdicts(claimsDb(store))).length);
    });
  }
});
