/**
 * @module ingest
 * Takes one input's bytes through read → structure → analyse → store. Never throws for bad
 * input: a caller ingesting a folder must be able to go on past one broken file.
 */
import type { Analyser } from '../analyse/analyser.ts';
import { isReadError } from '../read/read-error.ts';
import type { Store } from '../store/store.ts';
import { countClauses } from '../store/count-clauses.ts';
import { readAndStructure } from './prepare-document.ts';

/** One input: its bytes and whatever the caller knows about them. */
export interface IngestInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
  url?: string;
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
    const { document, tree } = await readAndStructure(input);
    const stored = (created: boolean) => ({
      ok: true as const,
      id: document.id,
      created,
      fileName,
      title: document.meta.title,
      clauses: countClauses(tree),
    });
    // The id comes from the content: the same content already stored needs no analysis.
    if (await store.hasDocument(document.id)) return stored(false);
    const { created } = await store.putDocument({
      document,
      tree,
      source: input.bytes,
      analysis: analyser.analyse(document, tree),
    });
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
