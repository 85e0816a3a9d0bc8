/**
 * @module built-bin.test
 * The build: `scripts/build.js` bundles src/ into dist/, and the `concord` bin then runs it from
 * a folder outside the repository — ingest with a relative path (text, HTML through jsdom and PDF
 * through unpdf, both left outside the bundle, each read in the prepare worker thread), list, and
 * `serve` answering HTML pages (JSX compiled for hono/jsx, not read from the working folder's
 * config), static assets and a search that widens a name through data/kb and the
 * transliteration table; the listing parser's worker entry runs from dist/ as its pool starts it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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
      'Joint statement\n\n1. The parties agree to meet again in Astana.\n' +
        '2. President Tokayev will host the water forum.\n',
    );
    for (const name of ['c5-1-joint-statement.html', 'gcc-ca-joint-statement.pdf'])
      copyFileSync(join(REPO_ROOT, 'test', 'fixtures', 'user', name), join(folder, name));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const concord = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, '--db', 'here.db', ...args], { cwd: folder, encoding: 'utf8' });

  test('should be current after the build, so the bin runs dist/ and not the sources', () => {
    assert.ok(buildIsCurrent(), `dist/ is older than src/ after building (${BUILT_MAIN})`);
  });

  test('should ingest relative paths of text, HTML and PDF, and list them', () => {
    const ingest = concord('ingest', 'note.txt', 'c5-1-joint-statement.html', 'gcc-ca-joint-statement.pdf');
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stdout, /3 files: 3 added/);
    const list = concord('list', '--json');
    assert.equal(list.status, 0, list.stderr);
    const titles = JSON.parse(list.stdout).items.map((d: { meta: { title: string } }) => d.meta.title);
    assert.equal(titles.length, 3);
    assert.ok(
      titles.some((title: string) => /C5\+1/.test(title)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((title: string) => /GCC/.test(title)),
      titles.join(' | '),
    );
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
      const note = JSON.parse(concord('list', '--json').stdout).items.find(
        (d: { meta: { fileName?: string } }) => d.meta.fileName === 'note.txt',
      );
      const id = note?.id;
      assert.ok(id && html.includes(`href="/documents/${id}"`), 'the home page links the ingested note');
      const reader = await fetch(`${url}/documents/${id}`);
      assert.equal(reader.status, 200);
      assert.match(await reader.text(), /Astana/);
      const css = await fetch(`${url}/assets/app.css`);
      assert.equal(css.status, 200);
      assert.match(css.headers.get('content-type') ?? '', /css/);
      // The knowledge base and the transliteration table, read from data/ beside the bundle.
      const search = await fetch(`${url}/search?q=Tokaev`);
      const found = await search.text();
      assert.equal(search.status, 200, found);
      assert.match(found, /is Kassym-Jomart Tokayev: also searched [^<]*Tokayev/);
      assert.match(found, /1 passage found/);
    } finally {
      server.kill();
    }
  });

  test('should run the listing parser worker entry from dist/, as its pool starts it', async () => {
    const entry = pathToFileURL(join(REPO_ROOT, 'dist', 'watch', 'parse-listing-worker.js')).href;
    const worker = new Worker(`import(${JSON.stringify(entry)})`, { eval: true });
    try {
      const rss =
        '<rss version="2.0"><channel><title>Site</title><item><title>One</title><link>/a</link></item></channel></rss>';
      const reply = new Promise<{ type: string; value?: { entries: { url: string }[] } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage({ type: 'task', task: { xml: rss, baseUrl: 'https://example.org/feed.xml', maxEntries: 10 } });
      const { type, value } = await reply;
      assert.equal(type, 'done');
      assert.deepEqual(
        value?.entries.map((e) => e.url),
        ['https://example.org/a'],
      );
    } finally {
      await worker.terminate();
    }
  });
});
