/**
 * @module wide/analyse-folder
 * Analyses every file of a corpus folder in-process (read → tree → analyse → claims stage →
 * GUIDE JSON, no store), as a user's `concord export --format analysis` would, writing one JSON per document.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { toAnalysisJson } from '../../src/export/analysis-export.ts';
import { writeAnalysis } from '../../src/export/export-analyses.ts';
import { prepareDocument, type PreparedDocument } from '../../src/ingest/prepare-document.ts';
import { checkDocuments } from '../../src/link/claims/check-documents.ts';

export interface FolderRun {
  analysed: number;
  failed: string[];
  seconds: number;
}

/** Writes `<file>.json` analyses of the folder's files (or only `files`) into `out`. */
export async function analyseFolder(corpus: string, out: string, files?: string[]): Promise<FolderRun> {
  mkdirSync(out, { recursive: true });
  const analyser = createAnalyser();
  const names = (files ?? readdirSync(corpus).filter((f) => !f.startsWith('.') && f !== 'SOURCES.md')).sort();
  const started = performance.now();
  const failed: string[] = [];
  const prepared: PreparedDocument[] = [];
  for (const fileName of names) {
    try {
      prepared.push(await prepareDocument({ bytes: readFileSync(join(corpus, fileName)), fileName }, analyser));
    } catch (error) {
      failed.push(`${fileName}: ${(error as Error).message}`);
    }
  }
  // The claims stage: every report's claims checked against its meeting's primary documents.
  const verdicts = checkDocuments(prepared.map((p) => ({ ...p, layers: p.analysis.layers })));
  for (const p of prepared) await writeAnalysis(out, toAnalysisJson(p, p.analysis.layers, verdicts.get(p.document.id)));
  return { analysed: names.length - failed.length, failed, seconds: (performance.now() - started) / 1000 };
}
