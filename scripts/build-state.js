// Whether dist/ holds a build of the current sources: the build stamp must be newer than every
// file under src/, tsconfig.json, package.json and the build script. Used by the `concord` bin
// (to never run a stale build) and by `npm start` (to build only when needed). Plain
// JavaScript: it runs before any build.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Written last by a successful build, so a half-finished build never counts as current. */
export const BUILD_STAMP = join(REPO_ROOT, 'dist', '.build-stamp');
/** The compiled CLI entry point. */
export const BUILT_MAIN = join(REPO_ROOT, 'dist', 'cli', 'main.js');

/** What the build reads: the sources, the compiler settings (JSX), the dependencies, the build itself. */
const INPUTS = ['src', 'tsconfig.json', 'package.json', 'scripts/build.js'];

/** Newest modification time (ms) of a file or of anything under a folder. */
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** True when dist/ was built after the last change to its inputs. */
export function buildIsCurrent(root = REPO_ROOT) {
  let stamp;
  try {
    stamp = statSync(join(root, 'dist', '.build-stamp')).mtimeMs;
  } catch {
    return false;
  }
  return INPUTS.every((input) => newestMtime(join(root, input)) <= stamp);
}
