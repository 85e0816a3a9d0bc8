/**
 * @module built-bin.test
 * The compiled build: `scripts/build.js` makes dist/ current, and the `concord` bin then runs
 * it from a folder outside the repository — ingest with a relative path, list, and `serve`
 * answering HTML pages (JSX compiled for hono/jsx, not read from the working folder's config)
 * and static assets.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILT_MAIN, REPO_ROOT, buildIsCurrent } from '../../scripts/build-state.js';

const BIN = join(REPO_ROOT, 'bin', 'concord.js');

describe('the built concord bin, run from another folder', { timeout: 240_000 }, () => {
  let folder: string;
  before(() => {
    const build = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.js'), '--if-stale'], {
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}${build.stderr}`);
    folder = mkdtempSync(join(tmpdir(), 'concord-built-bin-'));
    writeFileSync(
      join(folder, 'note.txt'),
      'Joint statement\n\n1. The parties agree to meet again in Astana.\n2. They will cooperate on water.\n',
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const concord = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, '--db', 'here.db', ...args], { cwd: folder, encoding: 'utf8' });

  test('should be current after the build, so the bin runs dist/ and not the sources', () => {
    assert.ok(buildIsCurrent(), `dist/ is older than src/ after building (${BUILT_MAIN})`);
  });

  test('should ingest a relative path and list it', () => {
    const ingest = concord('ingest', 'note.txt');
    assert.equal(ingest.status, 0, ingest.stderr);
    const list = concord('list', '--json');
    assert.equal(list.status, 0, list.stderr);
    assert.equal(JSON.parse(list.stdout).total, 1);
  });

  test('should serve HTML pages and assets', async () => {
    // Public read mode: the pages answer without signing in (the first start makes an admin).
    const env = { ...process.env, CONCORD_PUBLIC_READ: 'on' };
    const server = spawn(process.execPath, [BIN, '--db', 'here.db', 'serve', '--port', '0'], { cwd: folder, env });
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /listening on (http:\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      assert.match(out, /created "admin" with this one-time password[^\n]*\n\s+[a-z2-9]{20}\n/);
      const home = await fetch(`${url}/`);
      const html = await home.text();
      assert.equal(home.status, 200, html);
      assert.match(html, /<html/);
      const id = /href="\/documents\/([^"?#]+)"/.exec(html)?.[1];
      assert.ok(id, 'the home page links the ingested document');
      const reader = await fetch(`${url}/documents/${id}`);
      assert.equal(reader.status, 200);
      assert.match(await reader.text(), /Astana/);
      const css = await fetch(`${url}/assets/app.css`);
      assert.equal(css.status, 200);
      assert.match(css.headers.get('content-type') ?? '', /css/);
    } finally {
      server.kill();
    }
  });
});
