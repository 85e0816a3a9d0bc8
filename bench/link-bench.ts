/**
 * @module link-bench
 * `npm run bench:links`: the cost of linking one new document (the tracking stage, both ways)
 * when the store holds 1,000 and then 10,000 documents. The store is filled with copies of the
 * analysed real corpus, each under its own id, a random date (2020–2026) and its own meeting
 * identity, with its promises registered; then the same new documents (the corpus's later
 * reports, dated after everything) are linked at each size, alternating between the stores,
 * each probe removed again (with its links) before the next. Both term indexes are filled as
 * the stage fills them (the promises', migration 050, and the documents', migration 230), and
 * every posting of the probe's terms is read: no bound on the lookup, so that what is found does
 * not depend on what else the store holds (issue 10: any arrival order gives the same links).
 *
 * Usage: node --import tsx bench/link-bench.ts [--sizes 1000,10000] [--probes 24]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { prepareDocument } from '../src/ingest/prepare-document.ts';
import type { DocumentRecord } from '../src/store/store.ts';
import { openStore } from '../src/store/open-store.ts';
import type { ConcordStore } from '../src/store/store-extensions.ts';
import { implementationLexicon } from '../src/track/implementation-lexicon.ts';
import { replaceDocumentTerms } from '../src/track/document-term-index.ts';
import { documentTerms } from '../src/track/examine-pair.ts';
import { linkDocument } from '../src/track/link-document.ts';
import { termGroups } from '../src/track/term-groups.ts';
import { trackedCommitments } from '../src/track/tracked-commitment.ts';
import { loadTrackedDocument } from '../src/track/tracked-document.ts';
import { TrackingRepository, trackingDb } from '../src/track/tracking-repository.ts';
import { seededRandom } from './make-corpus.ts';

const { values: args } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, probes: { type: 'string', default: '24' } },
});
const sizes = args.sizes!.split(',').map(Number);
const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const files = readdirSync(corpus)
  .filter((f) => !f.startsWith('.'))
  .sort();
const analyser = createAnalyser();
const bases: DocumentRecord[] = [];
for (const fileName of files) {
  const p = await prepareDocument({ bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
  bases.push({ document: p.document, tree: p.tree, analysis: p.analysis });
}
const probes = bases.filter((b) => /summit2|japan|consultative7/.test(b.document.meta.fileName ?? ''));
const dir = mkdtempSync(join(tmpdir(), 'concord-linkbench-'));
const lex = implementationLexicon();
/** Each base's terms, worked out once: a copy has its base's text. */
const termsOf = new Map<DocumentRecord, string[]>();
const random = seededRandom(7);
// One store per size, measured in alternation so that load from elsewhere on the machine
// falls on every size alike.
const stores: { size: number; store: ConcordStore; times: number[] }[] = [];
try {
  for (const size of sizes) {
    const store = await openStore({ sqlitePath: join(dir, `bench-${size}.db`) });
    const repo = new TrackingRepository(trackingDb(store));
    for (let n = 0; n < size; n++) await putCopy(store, repo, bases[n % bases.length], n);
    stores.push({ size, store, times: [] });
    console.log(`filled ${size}`);
  }
  // One probe per store first, not measured: the first reads of a freshly filled store are cold.
  for (const s of stores) {
    const warm = copyOf(probes[0], 'warm-up', '2027-06-01', 'warm-up');
    await s.store.putDocument(warm);
    await linkDocument(s.store, warm.document.id);
    await s.store.deleteDocument(warm.document.id);
  }
  for (let i = 0; i < Number(args.probes); i++) {
    for (const s of stores) {
      const probe = copyOf(probes[i % probes.length], `probe-${i}`, '2027-06-01', `probe-${i}`);
      await s.store.putDocument(probe);
      const started = performance.now();
      await linkDocument(s.store, probe.document.id);
      s.times.push(performance.now() - started);
      await s.store.deleteDocument(probe.document.id);
    }
  }
  console.log(`\nlinking one new document (${args.probes} probes per size, sizes measured in alternation)`);
  for (const { size, times } of stores) console.log(`${String(size).padStart(6)} documents  ${quantiles(times)}`);
  if (stores.length > 1) {
    const growth = median(stores.at(-1)!.times) / median(stores[0].times);
    console.log(`growth ${stores[0].size}→${stores.at(-1)!.size}: ${growth.toFixed(2)}×`);
  }
} finally {
  for (const s of stores) await s.store.close();
  rmSync(dir, { recursive: true, force: true });
}

function median(times: readonly number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function quantiles(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))].toFixed(1);
  return `median ${at(0.5).padStart(6)} ms  p90 ${at(0.9).padStart(6)} ms`;
}

/** Stores a copy of a base document and registers its promises and terms (as the stage would). */
async function putCopy(store: ConcordStore, repo: TrackingRepository, base: DocumentRecord, n: number) {
  const year = 2020 + Math.floor(random() * 7);
  const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
  const record = copyOf(base, `copy${n}`, date, `copy-${n}`);
  await store.putDocument(record);
  const doc = await loadTrackedDocument(store, record.document.id);
  if (!doc) return;
  const own = trackedCommitments(doc, lex);
  let terms = termsOf.get(base);
  if (!terms) termsOf.set(base, (terms = documentTerms(doc, lex)));
  await replaceDocumentTerms(repo.db, doc.documentId, doc.date, terms);
  await repo.replaceCommitments(
    doc.documentId,
    own.map((c) => ({ c, groups: termGroups(c) })),
  );
}

/** A copy with its own id, date and meeting identity (same text, so the same spans). */
function copyOf(base: DocumentRecord, tag: string, date: string, meeting: string): DocumentRecord {
  const layers = { ...base.analysis!.layers };
  layers.meeting = (layers.meeting ?? []).map((a) => ({
    ...a,
    value: { ...(a.value as object), date, meetingId: `event:${meeting}` },
  }));
  return {
    document: {
      id: `d_${tag}`,
      text: base.document.text,
      meta: { ...base.document.meta, published: date, fileName: `${tag}.txt` },
    },
    tree: base.tree,
    analysis: { ...base.analysis!, layers },
  };
}
