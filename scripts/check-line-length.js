#!/usr/bin/env node
// Biome's formatter wraps code at 120 columns but leaves long strings, regular expressions and
// comments alone; this check holds those to the same limit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LIMIT = 120;
const roots = ['src', 'test', 'scripts', 'bench', 'bin'];
const over = [];
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') walk(path);
    } else if (/\.(ts|tsx|js|mjs)$/.test(name)) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.length > LIMIT) over.push(`${path}:${i + 1}: ${line.length} characters`);
        });
    }
  }
}
for (const root of roots) walk(root);
if (over.length) {
  console.error(over.join('\n'));
  console.error(`${over.length} line(s) over ${LIMIT} characters`);
  process.exit(1);
}
console.log(`line length: every line within ${LIMIT} characters`);
