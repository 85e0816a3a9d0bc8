/**
 * Issue 10's target on the real corpus (skips visibly without ../shared): the commitments of the
 * 6th China–Central Asia foreign ministers' communiqué (Almaty, 2025) that later corpus
 * documents settle. The store holds the communiqué and the documents of the 2nd summit; the
 * status is read on the corpus's latest date.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import { readDocument } from '../../src/read/read-document.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { ConcordStore } from '../../src/store/store-extensions.ts';
import { type CommitmentRecord, loadTracking } from '../../src/track/commitment-records.ts';
import { linkDocument } from '../../src/track/link-document.ts';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const COMMUNIQUE = 'cca-fm6-almaty-2025__communique__newscentralasia.txt';
const present = existsSync(join(corpus, COMMUNIQUE));

describe('status of the 6th foreign ministers’ commitments on the corpus', {
  skip: !present && `corpus absent at ${corpus}`,
}, () => {
  let store: ConcordStore;
  let records: readonly CommitmentRecord[];
  let asOf: string;
  before(async () => {
    store = await openStore({ sqlitePath: ':memory:' });
    const analyser = createAnalyser();
    const files = readdirSync(corpus).filter((f) => f === COMMUNIQUE || f.startsWith('cca-summit2-astana-2025__news'));
    for (const fileName of files) {
      const outcome = await ingest(store, { bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
      if (outcome.ok) await linkDocument(store, outcome.id);
    }
    asOf = await latestCorpusDate();
    ({ records } = await loadTracking(store, {}, asOf));
  });
  after(() => store?.close());

  const byText = (re: RegExp) => {
    const found = records.filter((r) => r.document.fileName === COMMUNIQUE && re.test(r.text));
    assert.ok(found.length, `no tracked commitment matches ${re}`);
    return found[0];
  };

  it('reads the latest corpus date from the documents', () => {
    assert.match(asOf, /^2025-/);
  });

  it('the 2nd summit held in Astana in June 2025 → fulfilled, with the summit news as evidence', () => {
    const r = byText(/successful summit/);
    assert.equal(r.status.current, 'fulfilled');
    assert.equal(r.status.history.at(-1)?.since.slice(0, 7), '2025-06');
    assert.ok(r.evidence.some((e) => e.kind === 'fulfilled' && /summit/i.test(e.text)));
  });

  it('the glacier conference held → fulfilled', () => {
    const r = byText(/Glacier Conservation on 29-31 May/);
    assert.equal(r.status.current, 'fulfilled');
    assert.ok(r.evidence.some((e) => e.kind === 'fulfilled' && /glacier/i.test(e.text)));
  });

  it('the next meeting in 2026 → still pending', () => {
    const r = byText(/next meeting of the Ministers of Foreign Affairs/);
    assert.equal(r.commitment.due, '2026-12-31');
    assert.equal(r.status.current, 'pending');
  });
});

/** The latest publication date among the corpus documents (read, not analysed). */
async function latestCorpusDate(): Promise<string> {
  let latest = '';
  for (const fileName of readdirSync(corpus)) {
    const { meta } = await readDocument({ bytes: readFileSync(join(corpus, fileName)), fileName });
    if (meta.published && meta.published > latest) latest = meta.published;
  }
  return latest;
}
