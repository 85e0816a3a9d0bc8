#!/usr/bin/env node
// Bundles src/ with esbuild into dist/: the CLI (dist/cli/main.js) and the worker-thread
// entries, each module's dynamic imports split into chunks (dist/chunks/) so that a command
// still loads only what it runs. Start-up was Node loading ~800 separate ES modules; ~70
// bundled files load in a fraction of that. Native and heavy packages stay in node_modules
// (EXTERNAL). Types are checked by `npm run typecheck`, not here, so that `npm start` on a fresh
// machine builds in seconds. The last build's files are kept through the next (a running server
// loads its chunks on first use). Usage: node scripts/build.js [--if-stale] [--meta]
// (--meta: also write esbuild's metafile, what each output holds, to dist/meta.json)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { BUILD_STAMP, REPO_ROOT, buildIsCurrent } from './build-state.js';
import { EXTERNAL, REQUIRE_BANNER } from './bundle-external.js';
import { mirrorImportMetaUrl } from './mirror-import-meta-url.js';

if (process.argv.includes('--if-stale') && buildIsCurrent()) process.exit(0);

const SRC = join(REPO_ROOT, 'src');
const DIST = join(REPO_ROOT, 'dist');
/**
 * The CLI, and every worker thread's entry (a source that takes `parentPort`), each built to its
 * place in a dist/ mirroring src/, where its caller looks for it (`./prepare-worker.js`). Every
 * output file then sits one folder below dist/ (chunks in dist/chunks), which the
 * `import.meta.url` rewriting below relies on; the build fails otherwise.
 */
const WORKER_ENTRIES = readdirSync(SRC, { recursive: true })
  .map((path) => path.split(sep).join('/'))
  .filter((path) => path.endsWith('.ts') && readFileSync(join(SRC, path), 'utf8').includes('parentPort'));
const ENTRIES = ['cli/main.ts', ...WORKER_ENTRIES];
/**
 * zod's `z.locales` (its messages in ~60 languages, a third of zod's size) reduced to English:
 * the namespace object keeps them all out of tree shaking, and Concord never switches language.
 */
const englishZodMessages = {
  name: 'english-zod-messages',
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: "export { default as en } from './en.js';",
      loader: 'js',
    }));
  },
};

/** The files of the last build, kept through the next one (see `removeOlderBuilds`). */
const OUTPUTS_LIST = join(DIST, '.build-outputs.json');

const started = Date.now();
const previous = readOutputsList();
// Unmarked first, so that a build failing halfway never leaves dist/ marked current.
rmSync(BUILD_STAMP, { force: true });
let outputs;
try {
  const result = await build({
    entryPoints: ENTRIES.map((entry) => ({ in: join(SRC, entry), out: entry.replace(/\.ts$/, '') })),
    outdir: DIST,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // Not 'node20': for that target esbuild rewrites every regex literal with \p{…} into a
    // `new RegExp(…)` built again at each call (~75k per MB analysed); Node 20 runs ES2022 as is.
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    external: EXTERNAL,
    banner: { js: REQUIRE_BANNER },
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    // Every output file lies one folder below dist/ (checked below), so any such folder is theirs.
    plugins: [mirrorImportMetaUrl({ roots: [[SRC, DIST]], outDir: join(DIST, 'cli') }), englishZodMessages],
  });
  if (process.argv.includes('--meta')) writeFileSync(join(DIST, 'meta.json'), JSON.stringify(result.metafile));
  const misplaced = Object.keys(result.metafile.outputs).filter(
    (out) => relative(DIST, join(REPO_ROOT, out)).split(sep).length !== 2,
  );
  if (misplaced.length) throw new Error(`output files not one folder below dist/: ${misplaced.join(', ')}`);
  outputs = Object.keys(result.metafile.outputs).map((out) => relative(DIST, join(REPO_ROOT, out)));
} catch (error) {
  console.error(`concord build: ${error.message}\ndist/ was not marked current`);
  process.exit(1);
}
mkdirSync(join(DIST, 'web'), { recursive: true });
cpSync(join(SRC, 'web', 'assets'), join(DIST, 'web', 'assets'), { recursive: true });
removeOlderBuilds(new Set([...outputs, ...previous]));
writeFileSync(OUTPUTS_LIST, `${JSON.stringify(outputs)}\n`);
mkdirSync(dirname(BUILD_STAMP), { recursive: true });
writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
console.error(`concord build: dist/ ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** The last build's files (relative to dist/), none when there is no list (a first build). */
function readOutputsList() {
  try {
    return JSON.parse(readFileSync(OUTPUTS_LIST, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * Deletes what neither this build nor the last one wrote (older chunks, a tsc build's files).
 * The last build's chunks stay: a server started from it loads chunks on first use, and its
 * chunk names (content hashes) differ from this build's.
 */
function removeOlderBuilds(keep) {
  const kept = new Set([...keep, 'meta.json'].map((path) => join(DIST, path)));
  const sweep = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (path === join(DIST, 'web')) continue;
        sweep(path);
        if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
      } else if (!kept.has(path) && !entry.name.startsWith('.build-')) rmSync(path);
    }
  };
  sweep(DIST);
}
