#!/usr/bin/env node
// Compiles src/ to dist/ with tsc (tsconfig.build.json: .ts imports rewritten to .js, JSX for
// hono/jsx), copies the web app's static assets beside the compiled pages, then writes the
// build stamp. dist/ mirrors src/ folder for folder, so paths like `../../data` resolve to the
// same repository folders from either. Usage: node scripts/build.js [--if-stale]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUILD_STAMP, REPO_ROOT, buildIsCurrent } from './build-state.js';

if (process.argv.includes('--if-stale') && buildIsCurrent()) process.exit(0);

const started = Date.now();
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(REPO_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
} catch {
  console.error('concord build: tsc reported errors; dist/ was not marked current');
  process.exit(1);
}
mkdirSync(join(REPO_ROOT, 'dist', 'web'), { recursive: true });
cpSync(join(REPO_ROOT, 'src', 'web', 'assets'), join(REPO_ROOT, 'dist', 'web', 'assets'), { recursive: true });
writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
console.error(`concord build: dist/ ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
