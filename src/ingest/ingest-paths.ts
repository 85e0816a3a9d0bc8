/**
 * @module ingest-paths
 * Ingests files and folders in batches (one store write per batch, see `ingest-batch.ts`),
 * going on past bad files, and reports each outcome (the CLI draws its progress from it).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Analyser } from '../analyse/analyser.ts';
import type { Store } from '../store/store.ts';
import { expandPaths } from './expand-paths.ts';
import type { IngestInput, IngestOutcome } from './ingest.ts';
import { ingestBatch } from './ingest-batch.ts';

/** Files read, analysed and stored together: large enough to amortise a write, small enough for steady progress. */
const BATCH_FILES = 50;

/** The outcome of one file, with the path it came from. */
export type PathOutcome = IngestOutcome & { path: string };

/** Progress after each file: how many are done of how many. */
export interface IngestProgress {
  done: number;
  total: number;
  outcome: PathOutcome;
}

/**
 * Ingests every file under `paths` (folders recursively) and returns one outcome per file.
 * @example const outcomes = await ingestPaths(store, ['../shared/corpus'], analyser, (p) => bar.update(p.done));
 */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  analyser: Analyser,
  onProgress: (progress: IngestProgress) => void = () => {},
): Promise<PathOutcome[]> {
  const files = await expandPaths(paths);
  const outcomes: PathOutcome[] = [];
  const report = (outcome: PathOutcome) => {
    outcomes.push(outcome);
    onProgress({ done: outcomes.length, total: files.length, outcome });
  };
  for (let from = 0; from < files.length; from += BATCH_FILES) {
    // Outcomes are reported in file order: failures to read keep their place among the stored.
    const slots: (PathOutcome | { path: string; input: IngestInput })[] = [];
    for (const file of files.slice(from, from + BATCH_FILES)) {
      const read = 'code' in file ? file : await readInput(file.path);
      slots.push(
        'code' in read
          ? { ok: false, path: read.path, fileName: basename(read.path), code: read.code, message: read.message }
          : read,
      );
    }
    const toIngest = slots.filter((slot): slot is { path: string; input: IngestInput } => 'input' in slot);
    const stored = await ingestBatch(
      store,
      toIngest.map((slot) => slot.input),
      analyser,
    );
    const byPath = new Map(toIngest.map((slot, i) => [slot, { ...stored[i], path: slot.path }]));
    for (const slot of slots) report('input' in slot ? byPath.get(slot)! : slot);
  }
  return outcomes;
}

/** Reads one file; an unreadable file is an outcome, not an exception. */
async function readInput(
  path: string,
): Promise<{ path: string; input: IngestInput } | { path: string; code: string; message: string }> {
  try {
    return { path, input: { bytes: await readFile(path), fileName: basename(path) } };
  } catch (error) {
    return { path, code: 'unreadable', message: (error as Error).message };
  }
}
