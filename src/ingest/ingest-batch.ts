/**
 * @module ingest-batch
 * Ingests many inputs with one store write for the lot (`putDocuments`): each input is read,
 * structured and analysed on its own (a bad one becomes its failure outcome), then all are
 * stored together, each document still atomic. Never throws for bad input.
 */
import type { Analyser } from '../analyse/analyser.ts';
import { isReadError } from '../read/read-error.ts';
import type { DocumentRecord, Store } from '../store/store.ts';
import { countClauses } from '../store/count-clauses.ts';
import type { IngestInput, IngestOutcome } from './ingest.ts';
import { readAndStructure } from './prepare-document.ts';

/**
 * One outcome per input, in order. Content already stored (or repeated in the batch) is
 * reported unchanged without being analysed again.
 * @example const outcomes = await ingestBatch(store, inputs, createAnalyser());
 */
export async function ingestBatch(
  store: Store,
  inputs: readonly IngestInput[],
  analyser: Analyser,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  const pending: { at: number; record: DocumentRecord; title?: string; clauses: number }[] = [];
  const seen = new Set<string>();
  await analyser.prepare?.();
  for (const [at, input] of inputs.entries()) {
    const { fileName } = input;
    try {
      const { document, tree } = await readAndStructure(input);
      const known = seen.has(document.id) || (await store.hasDocument(document.id));
      const base = { ok: true as const, id: document.id, fileName, title: document.meta.title };
      if (known) {
        outcomes[at] = { ...base, created: false, clauses: countClauses(tree) };
        continue;
      }
      seen.add(document.id);
      const record = { document, tree, source: input.bytes, analysis: analyser.analyse(document, tree) };
      pending.push({ at, record, title: document.meta.title, clauses: countClauses(tree) });
    } catch (error) {
      outcomes[at] = failure(fileName, error);
    }
  }
  const stored = pending.length ? await store.putDocuments(pending.map((p) => p.record)) : [];
  for (const [k, put] of stored.entries()) {
    const { at, title, clauses } = pending[k];
    const fileName = inputs[at].fileName;
    outcomes[at] = put.ok
      ? { ok: true, id: put.id, created: put.created, fileName, title, clauses }
      : { ok: false, fileName, code: 'internal', message: put.error };
  }
  return outcomes;
}

/** Maps an error to an outcome: a reader's error keeps its code, anything else is `internal`. */
function failure(fileName: string | undefined, error: unknown): IngestOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, fileName, code: isReadError(error) ? error.code : 'internal', message };
}
