/**
 * @module ingest.test
 * ingest() and ingestPaths() against an in-memory SQLite store: good input is stored with its
 * analysis, bad input is an outcome (never an exception) and stores nothing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Analyser } from '../../src/analyse/analyser.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/open-store.ts';

const TEXT =
  'Joint Statement\n\n1. The Parties agreed to meet again in 2026.\n\n2. The Parties welcomed the new forum.\n';
const bytes = (s: string) => new TextEncoder().encode(s);

/** A stub analyser that marks the first word, so we can see the analysis was stored. */
const analyser: Analyser = {
  analyse: () => ({
    layers: { probe: [{ layer: 'probe', start: 0, end: 5, value: { ok: true }, source: 'test:probe', confidence: 1 }] },
    diagnostics: [],
    versions: { probe: '1' },
  }),
};

describe('ingest', () => {
  test('should store a good document with its tree and analysis, and report it', async (t) => {
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const outcome = await ingest(store, { bytes: bytes(TEXT), fileName: 'js.txt' }, analyser);
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.created, true);
    assert.equal(outcome.fileName, 'js.txt');
    assert.ok(outcome.clauses >= 2, `clauses: ${outcome.clauses}`);
    const stored = await store.getDocument(outcome.id);
    assert.ok(stored);
    assert.equal(stored.document.meta.fileName, 'js.txt');
    const probe = await store.getAnnotations({ layer: 'probe', documentId: outcome.id });
    assert.equal(probe.length, 1);
    assert.ok(await store.getSource(outcome.id));
  });

  test('should report the same content twice as not created', async (t) => {
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const first = await ingest(store, { bytes: bytes(TEXT), fileName: 'a.txt' }, analyser);
    const second = await ingest(store, { bytes: bytes(TEXT.replace(/\n/g, '\r\n')), fileName: 'b.txt' }, analyser);
    assert.ok(first.ok && second.ok);
    assert.equal(second.id, first.id);
    assert.equal(second.created, false);
    assert.equal((await store.listDocuments()).total, 1);
  });

  test('should not analyse content that is already stored', async (t) => {
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    let analysed = 0;
    const counting: Analyser = {
      analyse: (document, tree) => {
        analysed++;
        return analyser.analyse(document, tree);
      },
    };
    const first = await ingest(store, { bytes: bytes(TEXT), fileName: 'a.txt' }, counting);
    const second = await ingest(store, { bytes: bytes(TEXT), fileName: 'b.txt' }, counting);
    assert.ok(first.ok && second.ok);
    assert.equal(analysed, 1);
    assert.deepEqual({ ...second, fileName: first.fileName }, { ...first, created: false });
  });

  const bad: [string, Uint8Array, string][] = [
    ['empty', new Uint8Array(0), 'empty'],
    [
      'binary',
      Uint8Array.from([0x10, 0x20, 0, 0, 0, 0x33, 0x99, 0, 0, 0x41, 0x42, 0x43, 0, 0, 0, 0x07, 0x61, 0x62]),
      'binary',
    ],
    // Real UTF-8 (é) with one stray byte: damaged input, not a legacy encoding.
    [
      'invalid UTF-8',
      Uint8Array.from([...bytes('Caf\u00e9 and caf\u00e9 meet, '), 0xff, ...bytes(' then more text.')]),
      'encoding',
    ],
  ];
  for (const [name, input, code] of bad) {
    test(`should refuse ${name} input with code "${code}" and store nothing`, async (t) => {
      const store = await openStore({ sqlitePath: ':memory:' });
      t.after(() => store.close());
      const outcome = await ingest(store, { bytes: input, fileName: `${name}.txt` }, analyser);
      assert.equal(outcome.ok, false);
      assert.ok(!outcome.ok && outcome.code === code && outcome.message.length > 0, JSON.stringify(outcome));
      assert.equal((await store.listDocuments()).total, 0);
    });
  }

  test('should turn an unexpected failure into an internal outcome', async (t) => {
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const broken: Analyser = {
      analyse: () => {
        throw new Error('boom');
      },
    };
    const outcome = await ingest(store, { bytes: bytes(TEXT) }, broken);
    assert.deepEqual(outcome, { ok: false, fileName: undefined, code: 'internal', message: 'boom' });
    assert.equal((await store.listDocuments()).total, 0);
  });
});

describe('ingestPaths', () => {
  test('should go on past a bad file and report every file in order', async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'concord-ingest-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'a.txt'), TEXT);
    writeFileSync(join(root, 'b.txt'), '');
    writeFileSync(join(root, 'sub', 'c.txt'), 'Another text.\n\nWith two paragraphs.\n');
    const store = await openStore({ sqlitePath: ':memory:' });
    t.after(() => store.close());
    const seen: number[] = [];
    const outcomes = await ingestPaths(store, [root, join(root, 'missing.txt')], analyser, (p) => seen.push(p.done));
    assert.deepEqual(
      outcomes.map((o) => [o.fileName, o.ok]),
      [
        ['a.txt', true],
        ['b.txt', false],
        ['c.txt', true],
        ['missing.txt', false],
      ],
    );
    assert.deepEqual(seen, [1, 2, 3, 4]);
    assert.equal((await store.listDocuments()).total, 2);
  });
});
