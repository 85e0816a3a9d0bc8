/**
 * @module wide/analyse-folder
 * Analyses every file of a corpus folder in-process (read → tree → analyse → GUIDE JSON, no
 * store), as a user's `concord export --format analysis` would, writing one JSON per document.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser } from '../../src/analyse/analyser.ts';
import { toAnalysisJson } from '../../src/export/analysis-export.ts';
import { writeAnalysis } from '../../src/export/export-analyses.ts';
import { prepareDocument } from '../../src/ingest/prepare-document.ts';

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
  for (const fileName of names) {
    try {
      const prepared = await prepareDocument({ bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
      await writeAnalysis(out, toAnalysisJson(prepared, prepared.analysis.layers));
    } catch (error) {
      failed.push(`${fileName}: ${(error as Error).message}`);
    }
  }
  return { analysed: names.length - failed.length, failed, seconds: (performance.now() - started) / 1000 };
}
