import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { GENESIS_HASH, verifyChain } from '../../src/store/custody/audit-chain.ts';
import { sha256Hex } from '../../src/store/custody/custody-store.ts';
import { record } from './store-fixtures.ts';
import { testDialects } from './store-dialects.ts';

const SOURCE = new TextEncoder().encode('1. The Parties agree.');
const doc = (id: string) => ({
  ...record(id, [{ kind: 'clause', label: '1', text: '1. The Parties agree.' }], { title: 'T' }),
  source: SOURCE,
});

for (const dialect of await testDialects()) {
  describe(`chain of custody (${dialect.name})`, { skip: dialect.skip }, () => {
    test('should keep the source hash, who imported it and when, also after deletion', async () => {
      const store = await dialect.open();
      try {
        await store.putDocument({ ...doc('d_a'), custody: { by: 'cli:ana', at: '2026-01-02T03:04:05.000Z' } });
        const expected = {
          documentId: 'd_a',
          sha256: sha256Hex(SOURCE),
          byteLength: SOURCE.byteLength,
          importedBy: 'cli:ana',
          importedAt: '2026-01-02T03:04:05.000Z',
        };
        assert.deepEqual(await store.custody.custodyOf('d_a'), expected);
        assert.equal(await store.deleteDocument('d_a', 'web', 'duplicate'), true);
        assert.deepEqual(await store.custody.custodyOf('d_a'), expected);
      } finally {
        await dialect.dispose(store);
      }
    });

    test('should soft-delete into the trash with the original bytes, and audit every step', async () => {
      const store = await dialect.open();
      try {
        await store.putDocument({ ...doc('d_b'), custody: { by: 'web' } });
        await store.addDecision({ target: 'entity:x', action: 'rename', payload: { name: 'Y' }, by: 'rev', at: 'T' });
        assert.equal(await store.deleteDocument('d_b', 'cli:bo', 'wrong file'), true);
        assert.equal(await store.getDocument('d_b'), undefined);
        assert.equal((await store.listDocuments()).total, 0);
        assert.deepEqual(
          (await store.custody.listTrash()).map((t) => [t.documentId, t.deletedBy, t.reason]),
          [['d_b', 'cli:bo', 'wrong file']],
        );
        const kept = await store.custody.trashedSource('d_b');
        assert.deepEqual(kept?.bytes, SOURCE);
        await store.custody.finishRestore('d_b', 'cli:bo', 'd_b');
        assert.deepEqual(await store.custody.listTrash(), []);
        const entries = await store.custody.auditEntries();
        assert.deepEqual(
          entries.map((e) => [e.seq, e.action, e.actor, e.target]),
          [
            [1, 'import', 'web', 'd_b'],
            [2, 'decision:rename', 'rev', 'entity:x'],
            [3, 'delete', 'cli:bo', 'd_b'],
            [4, 'restore', 'cli:bo', 'd_b'],
          ],
        );
        assert.equal(entries[0].prevHash, GENESIS_HASH);
        assert.equal(entries[1].prevHash, entries[0].hash);
        assert.deepEqual(await store.custody.verify(), { ok: true, entries: 4, head: entries[3].hash, problems: [] });
      } finally {
        await dialect.dispose(store);
      }
    });

    test('should refuse to change the audit log in the database, and show tampering in an export', async () => {
      const store = await dialect.open();
      try {
        await store.putDocument({ ...doc('d_c'), custody: { by: 'web' } });
        await store.deleteDocument('d_c', 'web');
        await assert.rejects(sql`update audit_log set actor = 'mallory'`.execute(store.db), /append-only/);
        await assert.rejects(sql`delete from audit_log`.execute(store.db), /append-only/);
        const entries = await store.custody.auditEntries();
        const edited = entries.map((e) => (e.seq === 1 ? { ...e, actor: 'mallory' } : e));
        assert.deepEqual(verifyChain(edited).problems, [
          { seq: 1, problem: 'its hash does not match its content (changed?)' },
        ]);
        const cut = verifyChain(entries.slice(1));
        assert.equal(cut.ok, false);
        assert.match(cut.problems.map((p) => p.problem).join(' '), /numbered 2, expected 1/);
      } finally {
        await dialect.dispose(store);
      }
    });
  });
}
