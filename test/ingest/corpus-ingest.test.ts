/**
 * @module corpus-ingest.test
 * The whole path over the real corpus (../shared/corpus): every file ingests with the real
 * readers, tree builder and analysis into SQLite; numbered documents keep their clause labels
 * in order with none missing; every stored node and annotation slices back to its text; and
 * ingesting the corpus again adds nothing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { walkTree } from '../../src/model/node.ts';
import { openStore } from '../../src/store/open-store.ts';
import { assertTreeInvariants } from '../structure/check-tree.ts';

const corpus = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/corpus');

describe('ingest of the real corpus', () => {
  test('should ingest every file, keep clause numbering and offsets, and add nothing the second time', async (t) => {
    if (!existsSync(corpus)) return t.skip(`${corpus} absent: corpus ingest test skipped`);
    const files = readdirSync(corpus).filter((f) => !f.startsWith('.'));
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const analyser = createAnalyser();

    const first = await ingestPaths(store, [corpus], analyser);
    assert.equal(first.length, files.length);
    assert.deepEqual(
      first.filter((o) => !o.ok),
      [],
      'every corpus file ingests',
    );
    assert.equal((await store.listDocuments({ limit: 1 })).total, files.length);

    let numbered = 0;
    for (const outcome of first) {
      if (!outcome.ok) continue;
      const stored = (await store.getDocument(outcome.id))!;
      const { text } = stored.document;
      assertTreeInvariants(text, stored.tree, stored.meta.fileName);
      // Decimal clauses (not nested in another decimal clause) run 1, 2, 3 … with none missing,
      // also across Roman-numbered sections.
      const numbers: number[] = [];
      walkTree(stored.tree, (n, ancestors) => {
        if (n.kind === 'clause' && n.notation === 'decimal' && !ancestors.some((a) => a.notation === 'decimal'))
          numbers.push(Number(n.label));
      });
      if (numbers.length) numbered++;
      if (numbers.length)
        assert.deepEqual(numbers, range(1, numbers.length), `${stored.meta.fileName}: clause numbers`);
      for (const a of await store.getAnnotations({ layer: 'statements', documentId: outcome.id })) {
        assert.ok(text.slice(a.start, a.end).trim().length > 0, `${stored.meta.fileName}: empty statement span`);
      }
      walkTree(stored.tree, (n) => {
        assert.ok(n.end <= text.length);
      });
    }

    assert.ok(numbered >= 5, `the corpus has numbered documents (found ${numbered})`);
    const communique = first.find(
      (o) => o.ok && o.fileName?.includes('cca-fm6-almaty-2025__communique__newscentralasia'),
    );
    if (communique?.ok) {
      const stored = (await store.getDocument(communique.id))!;
      assert.deepEqual(
        stored.tree.children.filter((n) => n.kind === 'clause').map((n) => n.label),
        range(1, 23).map(String),
      );
    }

    const second = await ingestPaths(store, [corpus], analyser);
    assert.ok(
      second.every((o) => o.ok && !o.created),
      'the same content again is not stored again',
    );
    assert.equal((await store.listDocuments({ limit: 1 })).total, files.length);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
