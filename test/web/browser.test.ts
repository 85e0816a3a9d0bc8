import assert from 'node:assert/strict';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A numbered communiqué of our own, with a script line that must stay text. */
const FIXTURE = [
  'Joint Communique of the Lakeside Meeting of Foreign Ministers',
  '',
  'The Ministers met on 3 May 2025 in a lakeside town.',
  '',
  '1. The Parties reaffirmed their commitment to good-neighbourly relations.',
  '',
  '2. The Parties welcomed the launch of the regional water dialogue.',
  '',
  '3. The Parties agreed to hold the next meeting of ministers on glacier protection in 2026.',
  '<script>window.__pwned = true</script>',
  '',
  '4. The Parties will continue to work on transport corridors.',
].join('\n');

test('should import, find and read a document in a real browser without running its script', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  const { chromium } = await import('playwright-core');
  const { openStore } = await import('../../src/store/open-store.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const { silentLogger } = await import('../../src/log/logger.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-browser-'));
  const store = await openStore({ sqlitePath: join(dir, 'test.db') });
  const server = await startServer({ store, port: 0, logger: silentLogger });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A real session: the forms carry its CSRF field and the upload script its header.
    const { signInPage } = await import('./browser-sign-in.ts');
    await signInPage(page, server.url, store, 'analyst');

    await page.goto(`${server.url}/import`);
    await page.fill('input[name="title"]', 'Lakeside communique');
    await page.fill('textarea[name="text"]', FIXTURE);
    await page.click('form:has(textarea) button[type="submit"]');
    await page.waitForSelector('.results');
    assert.match((await page.textContent('.results')) ?? '', /1 added/);

    await page.goto(`${server.url}/import`);
    await page.setInputFiles('form[data-import-upload] input[type="file"]', [
      {
        name: 'water.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Water talks\n\n1. The Parties agreed on water.\n'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    ]);
    await page.click('form[data-import-upload] button[type="submit"]');
    await page.waitForSelector('[data-import-progress] .file-results li:nth-child(2)');
    const perFile = await page.locator('[data-import-progress] .file-results li').allTextContents();
    assert.match(perFile[0], /^added Water talks 1 clause$/);
    assert.match(perFile[1], /^failed empty\.txt: /);
    assert.match(
      (await page.textContent('[data-import-status]')) ?? '',
      /^Done: 1 added, 0 already present, 1 failed\.$/,
    );
    assert.equal(await page.locator('[data-import-progress] progress').getAttribute('max'), '1');

    await page.goto(`${server.url}/search?q=glacier`);
    const hit = page.locator('.hits a.hit-title').first();
    assert.match((await hit.getAttribute('href')) ?? '', /^\/documents\/d_[0-9a-f]{16}#c-3$/);
    assert.equal(await page.locator('.hits mark').first().textContent(), 'glacier');
    await page.screenshot({ path: artifact('search.png'), fullPage: true });

    await hit.click();
    await page.waitForSelector('#c-3');
    assert.equal((await page.locator('#c-3 > .margin .label').textContent())?.trim(), '3.');
    assert.match((await page.locator('#c-3 .body').textContent()) ?? '', /<script>window\.__pwned = true<\/script>/);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned), undefined);
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.body).fontFamily.includes('system-ui')),
      true,
      'the stylesheet is applied',
    );
    await page.screenshot({ path: artifact('reader.png'), fullPage: true });

    await page.goto(`${server.url}/`);
    await page.screenshot({ path: artifact('list.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

function artifact(name: string): string {
  const dir = join(repoRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
