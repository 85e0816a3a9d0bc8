/**
 * @module corpus-wide-ingest.test
 * The whole path over the wider real corpus (../shared/corpus-wide: G7, US–EU, ASEAN–US, APEC,
 * BRICS, EU–CELAC, Pacific, Americas, Turkic States, India–Central Asia; soft-wrapped Markdown
 * archives and partial page copies): every document reads, structures, analyses and stores,
 * nothing fails, every node and annotation lies inside its text, and a second ingest adds
 * nothing. SOURCES.md (the list of sources) is not a corpus document.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/open-store.ts';
import { assertTreeInvariants } from '../structure/check-tree.ts';

/** The analysis layers whose spans are checked. */
const LAYERS = ['entities', 'participants', 'documentKind', 'meeting', 'parties', 'statements'];

const corpus = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/corpus-wide');

describe('ingest of the wider real corpus', () => {
  test('should ingest every document with valid spans and add nothing the second time', async (t) => {
    if (!existsSync(corpus)) return t.skip(`${corpus} absent: corpus-wide ingest test skipped`);
    const files = readdirSync(corpus)
      .filter((f) => !f.startsWith('.') && f !== 'SOURCES.md')
      .map((f) => join(corpus, f));
    assert.ok(files.length >= 60, `corpus-wide holds its documents (found ${files.length})`);
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const analyser = createAnalyser();

    const first = await ingestPaths(store, files, analyser);
    assert.equal(first.length, files.length);
    assert.deepEqual(
      first.filter((o) => !o.ok),
      [],
      'every corpus-wide document ingests',
    );
    for (const outcome of first) {
      if (!outcome.ok) continue;
      const stored = (await store.getDocument(outcome.id))!;
      const { text } = stored.document;
      assert.ok(text.trim().length > 0, `${stored.meta.fileName}: empty text`);
      assertTreeInvariants(text, stored.tree, stored.meta.fileName);
      for (const layer of LAYERS)
        for (const a of await store.getAnnotations({ layer, documentId: outcome.id }))
          assert.ok(a.start >= 0 && a.start <= a.end && a.end <= text.length, `${stored.meta.fileName}: ${layer} span`);
      for (const a of await store.getAnnotations({ layer: 'statements', documentId: outcome.id }))
        assert.ok(text.slice(a.start, a.end).trim().length > 0, `${stored.meta.fileName}: empty statement span`);
    }
    const second = await ingestPaths(store, files, analyser);
    assert.ok(
      second.every((o) => o.ok && !o.created),
      'the same content again is not stored again',
    );
  });
});
