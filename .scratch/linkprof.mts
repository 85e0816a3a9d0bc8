// Fill stores like link-bench (batched), then time phases of linkDocument.
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyser } from '/work/wt-perf/src/analyse/analyser.ts';
import { prepareDocument } from '/work/wt-perf/src/ingest/prepare-document.ts';
import { openStore } from '/work/wt-perf/src/store/open-store.ts';
import { implementationLexicon } from '/work/wt-perf/src/track/implementation-lexicon.ts';
import { linkDocument, termGroups } from '/work/wt-perf/src/track/link-document.ts';
import { trackedCommitments } from '/work/wt-perf/src/track/tracked-commitment.ts';
import { loadTrackedDocument } from '/work/wt-perf/src/track/tracked-document.ts';
import { TrackingRepository, trackingDb } from '/work/wt-perf/src/track/tracking-repository.ts';
import { seededRandom } from '/work/wt-perf/bench/make-corpus.ts';
const size = Number(process.argv[2] ?? 1000);
const corpus = '/work/shared/corpus';
const analyser = createAnalyser();
const bases: any[] = [];
for (const fileName of readdirSync(corpus).filter((f) => !f.startsWith('.')).sort()) {
  const p = await prepareDocument({ bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
  bases.push({ document: p.document, tree: p.tree, analysis: p.analysis });
}
const probes = bases.filter((b) => /summit2|japan|consultative7/.test(b.document.meta.fileName ?? ''));
const random = seededRandom(7);
const lex = implementationLexicon();
const dbPath = `/tmp/perf/link-${size}.db`;
const { existsSync } = await import('node:fs');
const fresh = !existsSync(dbPath);
const store = await openStore({ sqlitePath: dbPath });
const repo = new TrackingRepository(trackingDb(store));
function copyOf(base: any, tag: string, date: string, meeting: string) {
  const layers = { ...base.analysis.layers };
  layers.meeting = (layers.meeting ?? []).map((a: any) => ({ ...a, value: { ...a.value, date, meetingId: `event:${meeting}` } }));
  return { document: { id: `d_${tag}`, text: base.document.text, meta: { ...base.document.meta, published: date, fileName: `${tag}.txt` } }, tree: base.tree, analysis: { ...base.analysis, layers } };
}
if (fresh) {
  for (let n0 = 0; n0 < size; n0 += 500) {
    const recs = [];
    for (let n = n0; n < Math.min(size, n0 + 500); n++) {
      const year = 2020 + Math.floor(random() * 7);
      const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`;
      recs.push(copyOf(bases[n % bases.length], `copy${n}`, date, `copy-${n}`));
    }
    await store.putDocuments(recs);
    for (const r of recs) {
      const doc = await loadTrackedDocument(store, r.document.id);
      if (!doc) continue;
      const own = trackedCommitments(doc, lex);
      await repo.replaceCommitments(doc.documentId, own.map((c) => ({ c, groups: termGroups(c) })));
    }
  }
  console.log('filled', size);
}
const T: Record<string, number> = {};
const wrap = (obj: any, name: string) => { const f = obj[name]; obj[name] = async function (...a: any[]) { const s = performance.now(); try { return await f.apply(this, a); } finally { T[name] = (T[name] ?? 0) + performance.now() - s; } }; };
for (const m of ['replaceCommitments', 'deleteLinksOf', 'termFrequencies', 'commitmentsWithTerms', 'documentDates', 'insertLinks', 'commitments']) wrap(TrackingRepository.prototype, m);
wrap(store, 'search'); wrap(store, 'getDocument'); wrap(store, 'getAnnotations');
const Sqlite = (await import('better-sqlite3')).default;
const proto = new Sqlite(':memory:').prepare('select 1').constructor.prototype;
const Q: Record<string, number> = {};
for (const m of ['all', 'run', 'get', 'iterate']) { const f = proto[m]; proto[m] = function (...a: any[]) { const s = performance.now(); try { return f.apply(this, a); } finally { const k = this.source.replace(/\?(, \?)*/g, '?').slice(0, 110); Q[k] = (Q[k] ?? 0) + performance.now() - s; } }; }
const times: number[] = [];
for (let i = 0; i < 12; i++) {
  const probe = copyOf(probes[i % probes.length], `probe-${i}`, '2027-06-01', `probe-${i}`);
  await store.putDocument(probe);
  const s = performance.now();
  await linkDocument(store, probe.document.id);
  times.push(performance.now() - s);
  await store.deleteDocument(probe.document.id);
}
times.sort((a, b) => a - b);
console.log(Object.entries(Q).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${(v / 12).toFixed(1)} ${k}`).join('\n'));
console.log(size, 'median', times[6].toFixed(0), Object.fromEntries(Object.entries(T).map(([k, v]) => [k, (v / 12).toFixed(1)])));
await store.close();
{
  const s2 = await openStore({ sqlitePath: dbPath });
  const r2 = new TrackingRepository(trackingDb(s2));
  const { trackedDocuments } = await import('/work/wt-perf/src/track/tracked-document.ts');
  for (const pr of probes) { const probe = copyOf(pr, `probe-x`, '2027-06-01', `probe-x`);
  await s2.putDocument(probe);
  const doc = await loadTrackedDocument(s2, probe.document.id);
  // replicate documentTerms
  const { prepareSentence } = await import('/work/wt-perf/src/track/classify-evidence.ts');
  const out = new Set<string>();
  for (const s of doc!.sentences) { const p = prepareSentence(doc!.text.slice(s.start, s.end), lex); for (const w of p.words) if (!w.ordinal) out.add(w.form); for (const k of p.pairs.keys()) out.add(`pair:${k}`); }
  const terms = [...out].sort();
  (await import('node:fs')).writeFileSync('/tmp/perf/terms.json', JSON.stringify(terms));
  const t0 = performance.now();
  const cs = await r2.commitmentsWithTerms(terms, '2027-06-01');
  console.log('terms', terms.length, 'commitments', cs.length, (performance.now() - t0).toFixed(1), 'ms');
  const db = trackingDb(s2);
  const { sql } = await import('kysely');
  const rows = await db.selectFrom('commitment_terms').select((eb) => eb.fn.countAll().as('n')).where('term', 'in', terms).execute();
  console.log('postings matched', rows[0]);
  await s2.deleteDocument(probe.document.id); }
  await s2.close();
}
