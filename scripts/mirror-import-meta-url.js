// The esbuild plugin that keeps `import.meta.url` meaning what it means in the sources, shared by
// scripts/build.js (dist/) and the analysis benchmark's bundled run (bench/bundle-analysis.ts).
import { readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';

/**
 * The expression that replaces `import.meta.url` in `sourcePath`: the URL the source's output
 * would have in a folder mirroring its root (src/store/x.ts → dist/store/x.js), computed from the
 * URL of the output file that holds it, which lies in `outDir` or in another folder as deep below
 * the same parent (dist/cli, dist/chunks). Null when no root holds the source.
 * @param {string} sourcePath absolute path of a .ts/.tsx source
 * @param {Array<[string, string]>} roots [source folder, mirroring folder] pairs, absolute paths
 * @param {string} outDir absolute folder of the output files
 * @returns {string | null}
 * @example mirroredImportMetaUrl('/r/src/a/x.ts', [['/r/src', '/r/dist']], '/r/dist/cli')
 *   // → 'new URL("../a/x.js", import.meta.url).href'
 */
export function mirroredImportMetaUrl(sourcePath, roots, outDir) {
  const root = roots.find(([from]) => sourcePath.startsWith(from + sep));
  if (!root) return null;
  // Up from the output folder first, then down: the same for every output folder at that depth
  // (dist/cli, dist/chunks), whichever the code lands in.
  const target = `${root[1]}${sep}${relative(root[0], sourcePath)}`;
  const mirrored = `..${sep}${relative(dirname(outDir), target)}`
    .split(sep)
    .join('/')
    .replace(/\.tsx?$/, '.js');
  return `new URL(${JSON.stringify(mirrored)}, import.meta.url).href`;
}

/**
 * Each source's `import.meta.url` becomes the URL its file had in a folder mirroring its root
 * (see `mirroredImportMetaUrl`), so that `new URL('../../data/…', import.meta.url)`, the worker
 * entries beside their callers and the bin two folders up resolve as they do from the sources,
 * in whichever output file the code lands (in `outDir` or a sibling folder of it).
 * @param {{ roots: Array<[string, string]>, outDir: string }} options
 */
export function mirrorImportMetaUrl({ roots, outDir }) {
  return {
    name: 'mirror-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const url = mirroredImportMetaUrl(args.path, roots, outDir);
        if (url === null) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const loader = args.path.endsWith('.tsx') ? 'tsx' : 'ts';
        if (!source.includes('import.meta.url')) return { contents: source, loader };
        return { contents: source.replaceAll('import.meta.url', url), loader };
      });
    },
  };
}
