import assert from 'node:assert/strict';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { xssPayloads } from '../fixtures/hostile/xss-payloads.ts';

const PAYLOADS = xssPayloads(60);

/** A document whose title, publisher, file name and three lines of text are payloads. */
function hostileDocument(i: number, p: (k: number) => string): { name: string; text: string } {
  const text = [
    `title: ${p(0)}`,
    `publisher: ${p(1)}`,
    '---',
    `Joint Statement ${i} of Kazakhstan and China`,
    '',
    `1. The Parties agreed to expand trade. ${p(2)}`,
    '',
    `2. Kazakhstan welcomed the plan of China on water by 2030. ${p(3)}`,
    '',
    `3. ${p(4)} The Ministers will meet again.`,
  ].join('\n');
  return { name: `${p(5)}.txt`, text };
}

const NAME = 'should run none of 60 XSS payloads in text, titles, metadata, file names, entities, notes and queries';
test(NAME, async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  const { chromium } = await import('playwright-core');
  const { openStore } = await import('../../src/store/open-store.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const { silentLogger } = await import('../../src/log/logger.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-xss-'));
  const store = await openStore({ sqlitePath: join(dir, 'xss.db') });
  const server = await startServer({ store, port: 0, logger: silentLogger });
  const { tokenFor, bearer } = await import('../server/test-credentials.ts');
  const auth = bearer(await tokenFor(store));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const executions: string[] = [];
  try {
    // Ten documents carry six payloads each, through the real upload and the real readers.
    const form = new FormData();
    for (let i = 0; i < 10; i++) {
      const doc = hostileDocument(i, (k) => PAYLOADS[(i * 6 + k) % PAYLOADS.length]);
      form.append('files', new Blob([doc.text], { type: 'text/plain' }), doc.name);
    }
    const imported = await (
      await fetch(`${server.url}/api/documents`, { method: 'POST', body: form, headers: auth })
    ).json();
    const ids: string[] = imported.results.filter((r: { ok: boolean }) => r.ok).map((r: { id: string }) => r.id);
    assert.equal(ids.length, 10, JSON.stringify(imported.results.filter((r: { ok: boolean }) => !r.ok)));

    // Reviewers' names, aliases and notes are payloads too.
    const entities = (await (await fetch(`${server.url}/api/entities`, { headers: auth })).json()).items.slice(0, 3);
    for (const [n, entity] of entities.entries()) {
      const decide = (body: object) =>
        fetch(`${server.url}/api/decisions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify(body),
        });
      const target = `entity:${entity.id}`;
      await decide({ target, action: 'add-alias', payload: { alias: PAYLOADS[n] }, note: PAYLOADS[n + 10] });
      await decide({ target, action: 'rename', payload: { name: PAYLOADS[n + 20] }, note: PAYLOADS[n + 30] });
    }

    const page = await browser.newPage({ extraHTTPHeaders: auth });
    await page.addInitScript(() => {
      // A payload that calls alert or sets the flag is caught either way.
      window.alert = () => void ((window as unknown as { __xss: number }).__xss = 1);
    });
    page.on('dialog', (dialog) => {
      executions.push(`dialog on ${page.url()}`);
      void dialog.dismiss();
    });
    const visit = async (path: string) => {
      await page.goto(`${server.url}${path}`);
      const ran = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
      const live = await page.evaluate(() => !!document.querySelector('#xss-link, #xss-button, iframe[srcdoc]'));
      if (ran || live) executions.push(`${ran ? 'ran' : 'live markup'} on ${path}`);
    };
    const pages = ['/', '/entities', '/commitments', '/import', ...ids.map((id) => `/documents/${id}`)];
    pages.push(...entities.map((e: { id: string }) => `/entities/${encodeURIComponent(e.id)}`));
    PAYLOADS.forEach((payload, i) => {
      const q = encodeURIComponent(payload);
      pages.push(`/search?q=${q}`, ...(i % 4 === 0 ? [`/?q=${q}`, `/entities?q=${q}`] : []));
    });
    for (const path of pages) await visit(path);

    // The import page shows uploaded file names back.
    await page.goto(`${server.url}/import`);
    await page.setInputFiles(
      'form[data-import-upload] input[type="file"]',
      PAYLOADS.slice(40, 45).map((p) => ({ name: `${p}.txt`, mimeType: 'text/plain', buffer: Buffer.from('') })),
    );
    await page.click('form[data-import-upload] button[type="submit"]');
    await page.waitForSelector('[data-import-progress] .file-results li:nth-child(5)');
    if (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)) executions.push('ran on import');

    assert.ok(pages.length >= 100, `${pages.length} pages visited`);
    assert.deepEqual(executions, []);

    // The detector itself: a payload put unescaped into a page without Concord's CSP does run.
    await page.goto('about:blank');
    await page.setContent(`<div>${PAYLOADS[0]}</div>`);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), 1);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
