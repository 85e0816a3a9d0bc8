/**
 * @module import-jobs-browser.test
 * The import page's upload in a real browser, on a server with a job queue (SQLite, in
 * process): the chosen files go as one batch job through /api/imports, the page follows the
 * job with one progress bar, then lists each file's outcome in order and links the reader.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

test('should upload files as a batch job and show its progress and outcomes', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  const { chromium } = await import('playwright-core');
  const { openStore } = await import('../../src/store/open-store.ts');
  const { openJobQueue } = await import('../../src/jobs/open-job-queue.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const { silentLogger } = await import('../../src/log/logger.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-import-jobs-'));
  const path = join(dir, 'test.db');
  const store = await openStore({ sqlitePath: path });
  const jobs = await openJobQueue(store as never, { kind: 'sqlite', path });
  await jobs.work();
  const server = await startServer({ store, port: 0, jobs, logger: silentLogger });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
    const { signInPage } = await import('./browser-sign-in.ts');
    await signInPage(page, server.url, store, 'analyst');
    await page.goto(`${server.url}/import`);
    await page.setInputFiles('form[data-import-upload] input[type="file"]', [
      {
        name: 'water.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Water talks\n\n1. The Parties agreed on water.\n'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
      { name: 'roads.txt', mimeType: 'text/plain', buffer: Buffer.from('Road talks\n\n1. They will build roads.\n') },
    ]);
    await page.click('form[data-import-upload] button[type="submit"]');
    await page.waitForFunction(() => /^Done:/.test(document.querySelector('[data-import-status]')?.textContent ?? ''), {
      timeout: 90_000,
    });
    const perFile = await page.locator('[data-import-progress] .file-results li').allTextContents();
    assert.equal(perFile.length, 3);
    assert.match(perFile[0], /^added Water talks 1 clause$/);
    assert.match(perFile[1], /^failed empty\.txt: /);
    assert.match(perFile[2], /^added Road talks 1 clause$/);
    assert.equal(await page.textContent('[data-import-status]'), 'Done: 2 added, 0 already present, 1 failed.');
    assert.equal(
      await page.locator('[data-import-progress] progress').evaluate((p) => (p as HTMLProgressElement).value),
      1,
    );
    // One upload for the batch, then polls of its job: nothing through the per-file API.
    assert.equal(requests.filter((r) => r === 'POST /api/imports').length, 1);
    assert.equal(requests.filter((r) => r === 'POST /api/documents').length, 0);
    assert.ok(requests.some((r) => r.startsWith('GET /api/jobs/')));
    const artifacts = join(repoRoot, 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'import-jobs.png'), fullPage: true });
    await page.goto(`${server.url}/jobs`);
    assert.match((await page.textContent('table.jobs')) ?? '', /ingest\s*completed/);
    await page.screenshot({ path: join(artifacts, 'import-jobs-page.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await jobs.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
