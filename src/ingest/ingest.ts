/**
 * @module ingest
 * Takes one input's bytes through read → structure → analyse → store. Never throws for bad
 * input: a caller ingesting a folder must be able to go on past one broken file. Reading and
 * structure (and the analysis, for the default analyser) run in a worker thread under a
 * per-document budget, so a hostile file costs its budget and nothing more.
 */
import type { Analyser } from '../analyse/analyser.ts';
import { claimsStageFor } from '../link/claims/claims-stage.ts';
import { isReadError } from '../read/read-error.ts';
import type { Store } from '../store/store.ts';
import { countClauses } from '../store/count-clauses.ts';
import { prepareInWorker } from './prepare-in-worker.ts';

/** One input: its bytes and whatever the caller knows about them. */
export interface IngestInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
  url?: string;
  /** Who imports it (the CLI user, 'web' until accounts exist); recorded with the source's hash. */
  by?: string;
  /** The trashed document these bytes restore: its trash entry closes in the same transaction. */
  restores?: string;
}

/** What happened to one input. `code` of a failure is the reader's stable code, or `internal`. */
export type IngestOutcome =
  | { ok: true; id: string; created: boolean; fileName?: string; title?: string; clauses: number }
  | { ok: false; fileName?: string; code: string; message: string };

/**
 * Reads, structures, analyses and stores one input in one atomic write. Content already stored
 * is reported unchanged without being analysed again.
 * @example const outcome = await ingest(store, { bytes, fileName: 'a.txt' }, createAnalyser());
 */
export async function ingest(store: Store, input: IngestInput, analyser: Analyser): Promise<IngestOutcome> {
  const { fileName } = input;
  try {
    await analyser.prepare?.();
    const recipe = analyser.workerRecipe?.();
    // The id comes from the content: the same content already stored needs no analysis.
    const prepared = await prepareInWorker(input.bytes, fileName, {
      mediaType: input.mediaType,
      url: input.url,
      analyse: recipe !== undefined,
      shouldAnalyse: async (id) => !(await store.hasDocument(id)),
      reviewedAliases: recipe?.reviewedAliases,
    });
    const { document, tree } = prepared;
    const stored = (created: boolean) => ({
      ok: true as const,
      id: document.id,
      created,
      fileName,
      title: document.meta.title,
      clauses: countClauses(tree),
    });
    if (await store.hasDocument(document.id)) return stored(false);
    const analysis = prepared.analysis ?? analyser.analyse(document, tree);
    const custody = { by: input.by ?? 'unknown', ...(input.restores ? { restores: input.restores } : {}) };
    const { created } = await store.putDocument({ document, tree, source: input.bytes, analysis, custody });
    // The link stage after the store: claims of this report, or of every report of this meeting.
    if (created) await claimsStageFor(store)?.documentStored(document.id);
    return stored(created);
  } catch (error) {
    return failure(fileName, error);
  }
}

/** Maps an error to an outcome: a reader's error keeps its code, anything else is `internal`. */
function failure(fileName: string | undefined, error: unknown): IngestOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, fileName, code: isReadError(error) ? error.code : 'internal', message };
}
