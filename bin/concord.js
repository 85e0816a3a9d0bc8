#!/usr/bin/env node
// Runs the compiled CLI from dist/ (`npm run build`; `npm start` builds when needed). When dist/
// is missing or older than src/ — a fresh clone, or an edit since the last build — it runs the
// TypeScript sources through tsx instead (slower to start), so a stale build never runs. tsx is
// pointed at this repository's tsconfig so JSX compiles the same from any working folder. An HTTP
// process forked by `concord serve` runs what its primary runs (CONCORD_SERVE_BUILT, set by
// serve-cluster.ts) without checking again.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { BUILT_MAIN, REPO_ROOT, buildIsCurrent } from '../scripts/build-state.js';

let main;
const asPrimary = process.env.CONCORD_SERVE_BUILT;
if (asPrimary ? asPrimary === '1' : buildIsCurrent()) ({ main } = await import(pathToFileURL(BUILT_MAIN).href));
else {
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: join(REPO_ROOT, 'tsconfig.json') });
  ({ main } = await import(pathToFileURL(join(REPO_ROOT, 'src', 'cli', 'main.ts')).href));
}
await main(process.argv);
