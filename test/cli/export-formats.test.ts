import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXPORT_FORMATS } from '../../src/cli/export-command.ts';
import { isFileExport, writeFileExport } from '../../src/cli/export-formats.ts';
import { openStore } from '../../src/store/open-store.ts';
import { ID_B, putViewsFixture } from '../server/views-fixture.ts';

test('should write popolo.json, mentions.csv and statements.csv into the out folder', async () => {
  assert.deepEqual(
    [...EXPORT_FORMATS],
    ['analysis', 'popolo', 'mentions-csv', 'statements-csv', 'claims-csv', 'claim-review'],
  );
  assert.equal(isFileExport('analysis'), false);
  const store = await openStore({ sqlitePath: ':memory:' });
  const dir = mkdtempSync(join(tmpdir(), 'concord-export-'));
  try {
    await putViewsFixture(store);
    const popolo = JSON.parse(readFileSync(await writeFileExport(store, 'popolo', join(dir, 'out')), 'utf8'));
    assert.ok(popolo.persons.some((p: { id: string }) => p.id === 'new:person:ivan-petrov'));
    const mentions = readFileSync(await writeFileExport(store, 'mentions-csv', join(dir, 'out')), 'utf8')
      .trimEnd()
      .split('\r\n');
    assert.equal(mentions.length, 1 + 8);
    const statementsPath = await writeFileExport(store, 'statements-csv', join(dir, 'out'));
    assert.equal(statementsPath, join(dir, 'out', 'statements.csv'));
    const statements = readFileSync(statementsPath, 'utf8').trimEnd().split('\r\n');
    assert.equal(statements.length, 1 + 3);
    assert.ok(statements.some((l) => l.startsWith(`${ID_B},other.txt,1,`)));
    // No report in the fixture: the claims files hold their header and an empty graph.
    const claims = readFileSync(await writeFileExport(store, 'claims-csv', join(dir, 'out')), 'utf8');
    assert.equal(claims.trimEnd().split('\r\n').length, 1);
    const reviews = JSON.parse(readFileSync(await writeFileExport(store, 'claim-review', join(dir, 'out')), 'utf8'));
    assert.deepEqual(reviews['@graph'], []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
