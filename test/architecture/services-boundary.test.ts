/**
 * The two front ends (HTTP API in src/server, web pages in src/web) call services and never
 * each other; services call neither; only the composition root (src/app) sees both.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';

const SRC = resolve('src');

/** Every .ts/.tsx file under a folder of src/. */
function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) found.push(path);
    }
  };
  walk(join(SRC, folder));
  return found;
}

/** The src/ folders a file imports from (static and dynamic relative imports). */
export function importedFolders(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((spec) => relative(SRC, resolve(dirname(file), spec)).split(/[\\/]/)[0]);
}

/** "src/x/file.ts imports y" for every import of `folder` into one of `forbidden`. */
function violations(folder: string, forbidden: readonly string[]): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importedFolders(file, readFileSync(file, 'utf8'))
      .filter((target) => forbidden.includes(target))
      .map((target) => `${relative(SRC, file)} imports ${target}/`),
  );
}

describe('services boundary', () => {
  test('should find the imports it checks (a server file importing services)', () => {
    const file = join(SRC, 'server', 'x.ts');
    assert.deepEqual(importedFolders(file, "import { a } from '../services/a.ts';\nimport('../web/b.ts')"), [
      'services',
      'web',
    ]);
  });

  test('should keep the HTTP API from importing the web pages', () => {
    assert.deepEqual(violations('server', ['web', 'app', 'cli']), []);
  });

  test('should keep the web pages from importing the HTTP API', () => {
    assert.deepEqual(violations('web', ['server', 'app', 'cli']), []);
  });

  test('should keep services below both front ends', () => {
    assert.deepEqual(violations('services', ['server', 'web', 'app', 'cli']), []);
  });
});
