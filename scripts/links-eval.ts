/**
 * @module links-eval
 * Scores evidence links (issue 10) with the shared scorer: ingests ../shared/corpus into a
 * temporary store, runs the tracking stage over every document, writes each document's
 * `links` as analysis JSON, and scores them against (1) the shared gold, (2) our own link
 * annotations (test/fixtures/corpus-annotations/links) and (3) the wide gold of other formats
 * (../shared/corpus-wide, annotated in test/fixtures/wide-annotations and, links only, in its links/
 * folder); passages are stored as spans.
 *
 * Usage: node --import tsx scripts/links-eval.ts [--verbose] [--store PATH] [--out DIR] [--twice]
 * (--store: a SQLite store kept between runs; built from both corpora when the file is absent,
 * else only the linking runs again; --twice: every document is then linked once more and the
 * documents whose links changed are listed: links must not depend on arrival order, issue 10)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { ingestPaths } from '../src/ingest/ingest-paths.ts';
import { readDocument } from '../src/read/read-document.ts';
import { openStore } from '../src/store/open-store.ts';
import { guideLinksOf } from '../src/track/guide-links.ts';
import { linkDocument } from '../src/track/link-document.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '../shared');
const corpus = join(shared, 'corpus');
const ownLinks = join(repoRoot, 'test/fixtures/corpus-annotations/links');
const wide = join(shared, 'corpus-wide');
const wideLinks = join(repoRoot, 'test/fixtures/wide-annotations');
/** Links-only annotations of wide documents that have no full annotation (follow-up fact sheets, later statements). */
const wideLinksOnly = join(wideLinks, 'links');
const verbose = process.argv.includes('--verbose');
const option = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const given = option('--store');
/** Where the predicted links are kept (by default a temporary folder, removed after scoring). */
const kept = option('--out');

if (!existsSync(corpus)) {
  console.log(`links-eval: corpus not found at ${corpus}; nothing to score`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'concord-links-'));
try {
  const fresh = !given || !existsSync(given);
  const store = await openStore({ sqlitePath: given ?? join(work, 'store.db') });
  if (fresh) await ingestPaths(store, [corpus, ...(existsSync(wide) ? [wide] : [])], createAnalyser());
  const ids = await store.listDocumentIds();
  for (const id of ids) await linkDocument(store, id);
  const pred = kept ? resolve(kept) : join(work, 'pred');
  mkdirSync(pred, { recursive: true });
  for (const id of ids) {
    const doc = await store.getDocument(id);
    const name = doc?.meta.fileName ?? id;
    const links = await guideLinksOf(store, id);
    writeFileSync(join(pred, `${name}.json`), JSON.stringify({ document: name, links }, null, 2));
    if (verbose)
      for (const l of links) console.log(`${name} ← ${l.statement.document}#${l.statement.clause} ${l.relation}`);
  }
  if (process.argv.includes('--twice')) {
    const before = new Map<string, string>();
    for (const id of ids) before.set(id, JSON.stringify(await guideLinksOf(store, id)));
    for (const id of ids) await linkDocument(store, id);
    const changed: string[] = [];
    for (const id of ids)
      if (JSON.stringify(await guideLinksOf(store, id)) !== before.get(id))
        changed.push((await store.getDocument(id))?.meta.fileName ?? id);
    console.log(`linked again: ${changed.length} of ${ids.length} documents' links changed ${changed.join(', ')}`);
  }
  await store.close();
  // Kept beside the predictions when those are kept, to compare them link by link.
  const golds = kept ? `${pred}.gold` : work;
  mkdirSync(golds, { recursive: true });
  report('shared gold', linksOnly(join(shared, 'eval/gold'), join(golds, 'gold-shared')), pred);
  report('own annotations', await ownGold([ownLinks], corpus, join(golds, 'gold-own')), pred);
  if (existsSync(wide))
    report('wide gold', await ownGold([wideLinks, wideLinksOnly], wide, join(golds, 'gold-wide')), pred);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Prints the scorer's link figures. */
function report(title: string, gold: string, pred: string): void {
  const r = spawnSync(process.execPath, [join(shared, 'eval/score.mjs'), '--gold', gold, '--pred', pred, '--json'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`score.mjs failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  const l = out.links;
  console.log(
    `${title.padEnd(16)} links P ${fmt(l.precision)} R ${fmt(l.recall)} F1 ${fmt(l.f1)} ` +
      `(gold ${l.gold}, pred ${l.pred}); relation accuracy ${fmt(out.linkRelation.accuracy)}`,
  );
}

/** The shared gold with only documents and links kept (other fields are not this script's). */
function linksOnly(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to);
  for (const f of readdirSync(from).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(from, f), 'utf8'));
    writeFileSync(join(to, f), JSON.stringify({ document: g.document, links: g.links ?? [] }));
  }
  return to;
}

/** Annotations that list links, each passage's span turned back into its text. */
async function ownGold(folders: string[], docs: string, to: string): Promise<string> {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to);
  const files = folders.filter(existsSync).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(d, f)),
  );
  for (const file of files) {
    const f = file.slice(file.lastIndexOf('/') + 1);
    const a = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(a.links) || !existsSync(join(docs, a.document))) continue;
    const { text } = await readDocument({ bytes: readFileSync(join(docs, a.document)), fileName: a.document });
    const links = a.links.map((l: { span?: [number, number]; text?: string }) =>
      l.span ? { ...l, text: text.slice(l.span[0], l.span[1]) } : l,
    );
    writeFileSync(join(to, f), JSON.stringify({ document: a.document, links }));
  }
  return to;
}

function fmt(x: number | null | undefined): string {
  return x === null || x === undefined ? '-' : x.toFixed(2);
}
