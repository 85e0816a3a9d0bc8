/**
 * @module bundle-analysis
 * Bundles the analysis benchmark's child side (bench/analysis-child.ts) the way scripts/build.js
 * bundles dist/ (esbuild, bundle, platform node, format esm, target es2022, the same external
 * packages, banner and `import.meta.url` mirroring), so that the benchmark can time the program
 * users run (dist/) and not only the sources through tsx, whose node20 target turns every `\p{…}`
 * regex literal into a `new RegExp(…)` built at each call.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EXTERNAL, REQUIRE_BANNER } from '../scripts/bundle-external.js';
import { mirrorImportMetaUrl } from '../scripts/mirror-import-meta-url.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');

/**
 * Builds the bundle into a fresh folder under node_modules/.cache (so that external packages
 * resolve from it as from dist/) and returns the path of the file to run with plain `node`.
 * @example const file = await bundleAnalysisChild() // then: node file --child concord --mb 5
 */
export async function bundleAnalysisChild(): Promise<string> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = join(mkdtempSync(join(cache, 'concord-analysis-bench-')), 'bench');
  await build({
    entryPoints: [join(BENCH, 'analysis-child.ts')],
    outfile: join(outDir, 'analysis-child.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    // compromise is only the other side of the comparison, always run from the sources; esbuild
    // only builds this bundle (the child imports analysis-bench.ts, which imports this file).
    external: [...EXTERNAL, 'compromise', 'esbuild'],
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
    plugins: [
      mirrorImportMetaUrl({
        // src/ as dist/ mirrors it (data/ two folders up); bench/ as itself (the corpus beside it).
        roots: [
          [join(ROOT, 'src'), join(ROOT, 'dist')],
          [BENCH, BENCH],
        ],
        outDir,
      }),
    ],
  });
  return join(outDir, 'analysis-child.js');
}
