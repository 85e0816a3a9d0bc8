/**
 * @module analysis-eval
 * Dev check of the document-kind, meeting, parties and statements steps against the gold
 * answers: analyses each gold document's body (header cut off), writes the GUIDE's JSON for
 * those fields and runs the shared scorer. Usage: node --import tsx bench/analysis-eval.ts [--verbose] [--no-meta-kind]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../src/model/document.ts';
import type { DocumentKindValue, MeetingValue, PartiesValue, StatementValue } from '../src/model/layers.ts';
import type { Analysis } from '../src/model/analysis.ts';
import { createPipeline } from '../src/analyse/pipeline.ts';
import { loadContext } from '../src/analyse/load-context.ts';
import { documentKindStep } from '../src/analyse/document/document-kind-step.ts';
import { entitiesStep } from '../src/analyse/entities/entities-step.ts';
import { meetingStep } from '../src/analyse/meeting/meeting-step.ts';
import { partiesStep } from '../src/analyse/meeting/parties-step.ts';
import { statementsStep } from '../src/analyse/statements/statements-step.ts';
import { buildTree } from '../src/structure/build-tree.ts';
import { readCorpusDocument } from './corpus-document.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '../shared');

/** The steps this eval runs, in pipeline order. */
export const ANALYSIS_STEPS = [documentKindStep, entitiesStep, meetingStep, partiesStep, statementsStep];

/** The GUIDE JSON of this engineer's fields for one analysed document. */
export function toEvalJson(fileName: string, doc: Document, analysis: Analysis): Record<string, unknown> {
  const L = analysis.layers;
  const m = L.meeting?.[0]?.value as MeetingValue | undefined;
  return {
    document: fileName,
    kind: (L.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind ?? null,
    meeting: m
      ? {
          format: m.format,
          level: m.level,
          edition: m.edition,
          date: m.date,
          end: m.end,
          city: m.city,
          country: m.country,
        }
      : null,
    parties: (L.parties?.[0]?.value as PartiesValue | undefined)?.parties ?? null,
    statements: (L.statements ?? []).map((a) => ({
      text: doc.text.slice(a.start, a.end),
      ...(a.value as StatementValue),
    })),
  };
}

/** Analyses the gold documents into `out` and returns the scorer's output. */
export function runAnalysisEval(out: string, options: { verbose?: boolean; metaKind?: boolean } = {}): string {
  const pipeline = createPipeline(ANALYSIS_STEPS);
  const context = loadContext();
  const gold = join(shared, 'eval/gold');
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.json'))) {
    const name = JSON.parse(readFileSync(join(gold, f), 'utf8')).document as string;
    const doc = readCorpusDocument(join(shared, 'corpus', name));
    const input: Document = options.metaKind ? doc : { ...doc, meta: { ...doc.meta, kind: undefined } };
    const analysis = pipeline.run(input, buildTree(doc.text), context);
    writeFileSync(join(out, `${name}.json`), JSON.stringify(toEvalJson(name, doc, analysis), null, 1));
  }
  const r = spawnSync(
    process.execPath,
    [join(shared, 'eval/score.mjs'), '--gold', gold, '--pred', out, ...(options.verbose ? ['--verbose'] : [])],
    { encoding: 'utf8' },
  );
  return r.stdout + r.stderr;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(shared)) {
    console.log('../shared absent: nothing to evaluate');
    process.exit(0);
  }
  const out = mkdtempSync(join(tmpdir(), 'concord-analysis-eval-'));
  console.log(
    runAnalysisEval(out, {
      verbose: process.argv.includes('--verbose'),
      metaKind: !process.argv.includes('--no-meta-kind'),
    }),
  );
  console.log(`analyses in ${out}`);
}
