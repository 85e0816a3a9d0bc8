/**
 * @module corpus-links
 * The evidence links of a folder of documents, as the store-backed path computes them: the
 * files are ingested into a temporary SQLite store, the tracking stage runs over every document,
 * and each document's GUIDE `links` are read back. `npm run eval` adds them to the in-memory
 * analyses (links are cross-document work: they need the store's index of promises).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { ingestPaths } from '../src/ingest/ingest-paths.ts';
import { openStore } from '../src/store/open-store.ts';
import { type GuideLink, guideLinksOf } from '../src/track/guide-links.ts';
import { linkDocument } from '../src/track/link-document.ts';

/** File name → the links whose evidence lies in that file. */
export async function corpusLinks(folders: readonly string[]): Promise<Map<string, GuideLink[]>> {
  const work = mkdtempSync(join(tmpdir(), 'concord-corpus-links-'));
  try {
    const store = await openStore({ sqlitePath: join(work, 'store.db') });
    try {
      await ingestPaths(store, folders, createAnalyser());
      const ids = await store.listDocumentIds();
      for (const id of ids) await linkDocument(store, id);
      const out = new Map<string, GuideLink[]>();
      for (const id of ids) {
        const doc = await store.getDocument(id);
        out.set(doc?.meta.fileName ?? id, await guideLinksOf(store, id));
      }
      return out;
    } finally {
      await store.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Adds each document's links to its analysis JSON in `outDir` (`<file name>.json`); returns how many. */
export async function addCorpusLinks(folders: readonly string[], outDir: string): Promise<number> {
  let count = 0;
  for (const [fileName, found] of await corpusLinks(folders)) {
    const path = join(outDir, `${fileName}.json`);
    if (!existsSync(path) || !found.length) continue;
    const analysis = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...analysis, links: found }, null, 2));
    count += found.length;
  }
  return count;
}
