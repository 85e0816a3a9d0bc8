/**
 * @module analyse-corpus
 * The in-memory path of `npm run eval` and the claims floor test: every file of a folder read,
 * structured and analysed, the claims stage run over them (grouped by meeting), and one GUIDE
 * analysis JSON written per document.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser } from '../src/analyse/analyser.ts';
import { toAnalysisJson } from '../src/export/analysis-export.ts';
import { writeAnalysis } from '../src/export/export-analyses.ts';
import { prepareDocument, type PreparedDocument } from '../src/ingest/prepare-document.ts';
import { checkDocuments } from '../src/link/claims/check-documents.ts';

export interface CorpusRun {
  files: number;
  failed: string[];
  analyseSeconds: number;
  claims: number;
  checkSeconds: number;
}

/** Analyses every file of `corpus` and writes its analysis JSON into `out`. */
export async function analyseCorpus(corpus: string, out: string): Promise<CorpusRun> {
  mkdirSync(out, { recursive: true });
  const analyser = createAnalyser();
  const files = readdirSync(corpus)
    .filter((f) => !f.startsWith('.'))
    .sort();
  const started = performance.now();
  const failed: string[] = [];
  const prepared: PreparedDocument[] = [];
  for (const fileName of files) {
    try {
      prepared.push(await prepareDocument({ bytes: readFileSync(join(corpus, fileName)), fileName }, analyser));
    } catch (error) {
      failed.push(`${fileName}: ${(error as Error).message}`);
    }
  }
  const analysed = performance.now();
  const verdicts = checkDocuments(prepared.map((p) => ({ ...p, layers: p.analysis.layers })));
  const checked = performance.now();
  for (const p of prepared) await writeAnalysis(out, toAnalysisJson(p, p.analysis.layers, verdicts.get(p.document.id)));
  return {
    files: files.length,
    failed,
    analyseSeconds: (analysed - started) / 1000,
    claims: [...verdicts.values()].flat().length,
    checkSeconds: (checked - analysed) / 1000,
  };
}
