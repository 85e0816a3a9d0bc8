/**
 * @module unplaced-report.test
 * A report whose own analysis names no meeting (no date, so no identity) and that finds no
 * meeting among the stored documents is still filed, as placed nowhere, so that the primary
 * document arriving later finds it by format and city and files it under its meeting (issue 9:
 * order independence). Over the invented C5+1 documents of test/fixtures/claims.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../../src/analyse/analyser.ts';
import { ingest } from '../../../src/ingest/ingest.ts';
import { claimsDb, meetingOfDocument } from '../../../src/link/claims/claim-store.ts';
import { claimsStageFor } from '../../../src/link/claims/claims-stage.ts';
import type { KyselyStore } from '../../../src/store/kysely-store.ts';
import { testDialects } from '../../store/store-dialects.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/claims/', import.meta.url));
const analyser = createAnalyser();

async function put(store: KyselyStore, fileName: string): Promise<string> {
  const outcome = await ingest(store, { bytes: readFileSync(`${fixtures}${fileName}`), fileName }, analyser);
  assert.ok(outcome.ok, `${fileName} ingests`);
  return outcome.ok ? outcome.id : '';
}

describe('a report filed under no meeting', async () => {
  for (const dialect of await testDialects()) {
    test(`should join the meeting of a primary document stored after it (${dialect.name})`, async (t) => {
      if (dialect.skip) return t.skip(dialect.skip);
      const store = await dialect.open();
      t.after(() => dialect.dispose(store));
      const report = await put(store, 'c5plus1-news-undated.txt');
      assert.equal(await meetingOfDocument(claimsDb(store), report), null, 'no meeting yet');
      const primary = await put(store, 'c5plus1-joint-statement.txt');
      const meeting = await meetingOfDocument(claimsDb(store), primary);
      assert.ok(meeting, 'the joint statement is filed under its meeting');
      assert.equal(await meetingOfDocument(claimsDb(store), report), meeting);
      await claimsStageFor(store)?.refresh();
    });
  }
});
