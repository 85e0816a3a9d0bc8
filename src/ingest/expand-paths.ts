/**
 * @module expand-paths
 * Expands files and folders given on a command line into the files to ingest: folders
 * recursively, in sorted order, skipping dotfiles and never walking into a folder twice (so a
 * symlink loop ends).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A path to ingest, or one that could not be opened (with why). */
export type ExpandedPath = { path: string } | { path: string; code: 'not-found' | 'unreadable'; message: string };

/**
 * Lists the files under the given paths, in order; missing paths come back with a code.
 * @example await expandPaths(['corpus', 'extra.txt'])
 */
export async function expandPaths(paths: readonly string[]): Promise<ExpandedPath[]> {
  const out: ExpandedPath[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  for (const path of paths) await visit(path, true, out, seenDirs, seenFiles);
  return out;
}

async function visit(
  path: string,
  explicit: boolean,
  out: ExpandedPath[],
  seenDirs: Set<string>,
  seenFiles: Set<string>,
): Promise<void> {
  // A dotfile given by name is the user's choice; inside folders, dotfiles are hidden things.
  if (!explicit && basename(path).startsWith('.')) return;
  let info: Awaited<ReturnType<typeof stat>>;
  let real: string;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
    out.push({
      path,
      code,
      message: code === 'not-found' ? `No such file or folder: ${path}` : (error as Error).message,
    });
    return;
  }
  if (info.isDirectory()) {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (error) {
      out.push({ path, code: 'unreadable', message: (error as Error).message });
      return;
    }
    for (const name of names) await visit(join(path, name), false, out, seenDirs, seenFiles);
  } else if (info.isFile() && !seenFiles.has(real)) {
    seenFiles.add(real);
    out.push({ path });
  }
}
