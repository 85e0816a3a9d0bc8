/**
 * The format page in a real browser (playwright-core driving Debian's chromium): the meeting
 * timeline and the compliance charts render as SVG, no script error, and a screenshot goes to
 * test-artifacts/format.png. With ../shared/corpus present the store holds the 6th China–Central
 * Asia foreign ministers' communiqué and the news of the 2nd summit; without it, invented
 * documents.
 */
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../src/store/store.ts';
import { promise, report } from '../track/track-documents.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const corpus = resolve(repoRoot, '../shared/corpus');

test('the format page draws its timeline and scorecard charts in a real browser', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  const { chromium } = await import('playwright-core');
  const { openStore } = await import('../../src/store/open-store.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const { silentLogger } = await import('../../src/log/logger.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-tracking-browser-'));
  const store = await openStore({ sqlitePath: join(dir, 'test.db') });
  const format = await fill(store, t);
  const server = await startServer({ store, port: 0, logger: silentLogger });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { tokenFor, bearer } = await import('../server/test-credentials.ts');
    const extraHTTPHeaders = bearer(await tokenFor(store, 'viewer'));
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, extraHTTPHeaders });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/formats/${encodeURIComponent(format)}`);
    await page.waitForSelector('figure.chart svg rect');
    const bars = await page.locator('svg[aria-label^="Compliance per member"] rect').count();
    assert.ok(bars >= 2, `bars per member: ${bars}`);
    const box = await page.locator('svg[aria-label^="Meetings of"]').boundingBox();
    assert.ok(box && box.width > 300 && box.height > 50, 'the timeline is drawn');
    assert.ok(await page.locator('.status-fulfilled').count(), 'a fulfilled promise is shown');
    await page.screenshot({ path: artifact('format.png'), fullPage: true });
    await page.goto(`${server.url}/review?format=${encodeURIComponent(format)}`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.site').isVisible(), false, 'print hides the site header');
    await page.screenshot({ path: artifact('review-print.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Fills the store and returns the format to show. */
async function fill(store: Store, t: { diagnostic: (m: string) => void }): Promise<string> {
  const { linkDocument } = await import('../../src/track/link-document.ts');
  if (!existsSync(corpus)) {
    t.diagnostic(`corpus absent at ${corpus}: invented documents instead`);
    for (const r of [promise, report]) {
      await store.putDocument(r);
      await linkDocument(store, r.document.id);
    }
    return 'EU–Central Asia';
  }
  const { ingest } = await import('../../src/ingest/ingest.ts');
  const { createAnalyser } = await import('../../src/analyse/analyser.ts');
  const analyser = createAnalyser();
  const files = readdirSync(corpus).filter((f) =>
    /^cca-(fm6-almaty-2025__communique|summit2-astana-2025__news)/.test(f),
  );
  for (const fileName of files) {
    const outcome = await ingest(store, { bytes: readFileSync(join(corpus, fileName)), fileName }, analyser);
    if (outcome.ok) await linkDocument(store, outcome.id);
  }
  return 'China–Central Asia';
}

function artifact(name: string): string {
  const dir = join(repoRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
