/**
 * @module ingest-paths
 * Ingests files and folders one file at a time, going on past bad files, and reports each
 * outcome as it happens (the CLI draws its progress from it).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Analyser } from '../analyse/analyser.ts';
import type { Store } from '../store/store.ts';
import { expandPaths } from './expand-paths.ts';
import { ingest, type IngestOutcome } from './ingest.ts';

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
  by?: string,
): Promise<PathOutcome[]> {
  const files = await expandPaths(paths);
  const outcomes: PathOutcome[] = [];
  for (const file of files) {
    const outcome =
      'code' in file
        ? { ok: false as const, path: file.path, fileName: basename(file.path), code: file.code, message: file.message }
        : await ingestFile(store, file.path, analyser, by);
    outcomes.push(outcome);
    onProgress({ done: outcomes.length, total: files.length, outcome });
  }
  return outcomes;
}

/** Reads one file and ingests it; an unreadable file is an outcome, not an exception. */
async function ingestFile(store: Store, path: string, analyser: Analyser, by?: string): Promise<PathOutcome> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, path, fileName, code: 'unreadable', message: (error as Error).message };
  }
  return { ...(await ingest(store, { bytes, fileName, by }, analyser)), path };
}
