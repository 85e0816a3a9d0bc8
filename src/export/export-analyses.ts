/**
 * @module export-analyses
 * Writes the GUIDE's analysis JSON of every stored document to a folder, one
 * `<file name or id>.json` each (the names the scorer looks for).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Store } from '../store/store.ts';
import { guideLinksOf } from '../track/guide-links.ts';
import { toAnalysisJson } from './analysis-export.ts';
import type { AnalysisJson } from './analysis-json.ts';
import { loadLayers } from '../store/document-layers.ts';
import { claimsDb, listVerdicts } from '../link/claims/claim-store.ts';
import { claimsStageFor } from '../link/claims/claims-stage.ts';
import type { ClaimVerdict } from '../model/claim.ts';

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
  await claimsStageFor(store)?.refresh(); // verdicts of meetings whose documents changed
  const written: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const summary of page.items) {
      const stored = await store.getDocument(summary.id);
      if (!stored) continue; // deleted meanwhile
      const json = toAnalysisJson(
        stored,
        await loadLayers(store, stored.id),
        await storedVerdicts(store, stored.id),
        await guideLinksOf(store, stored.id),
      );
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

/** The claims stage's verdicts of a report (none for a store without its tables). */
export async function storedVerdicts(store: Store, documentId: string): Promise<ClaimVerdict[]> {
  return 'db' in store ? listVerdicts(claimsDb(store), { documentId }) : [];
}
