/**
 * @module export-analyses
 * Writes the GUIDE's analysis JSON of every stored document to a folder, one
 * `<file name or id>.json` each (the names the scorer looks for).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Store } from '../store/store.ts';
import { toAnalysisJson } from './analysis-export.ts';
import type { AnalysisJson } from './analysis-json.ts';
import { loadLayers } from '../store/document-layers.ts';

const PAGE = 200;

/**
 * Exports all documents; returns the paths written.
 * @example await exportAnalyses(store, 'out/')
 */
export async function exportAnalyses(
  store: Store,
  outDir: string,
  onFile: (path: string) => void = () => {},
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const summary of page.items) {
      const stored = await store.getDocument(summary.id);
      if (!stored) continue; // deleted meanwhile
      const json = toAnalysisJson(stored, await loadLayers(store, stored.id));
      const path = await writeAnalysis(outDir, json);
      written.push(path);
      onFile(path);
    }
    if (page.items.length < PAGE) break;
  }
  return written;
}

/** Writes one analysis as `<document>.json`; the name is reduced to a base name so it stays in `outDir`. */
export async function writeAnalysis(outDir: string, json: AnalysisJson): Promise<string> {
  const path = join(outDir, `${analysisFileName(json.document)}.json`);
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
  return path;
}

/**
 * A safe file name for a document name: no folders, no control characters.
 * @example analysisFileName('a/b.txt') === 'b.txt'
 */
export function analysisFileName(document: string): string {
  const name = basename(document.replaceAll('\\', '/')).replace(/[\u0000-\u001f]/g, '_');
  return name && name !== '.' && name !== '..' ? name : '_';
}
