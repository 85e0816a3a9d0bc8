/**
 * The review queue in a real browser (playwright-core driving Debian's chromium): the keyboard
 * flow a reviewer uses (j/k move, c confirm, e correct, x select, R reject the selected), each
 * key ending in a stored decision, with no script error; a screenshot goes to
 * test-artifacts/queue.png. The store holds real documents of the China–Central Asia format from
 * ../shared/corpus (the flow needs more open items than a small invented text gives); without it the test skips.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Store } from '../../src/store/store.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const corpus = resolve(repoRoot, '../shared/corpus');

test('the review queue is driven from the keyboard in a real browser', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  if (!existsSync(corpus)) return t.skip(`${corpus} absent: review queue browser test skipped`);
  const { chromium } = await import('playwright-core');
  const { openStore } = await import('../../src/store/open-store.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-queue-browser-'));
  const store = await openStore({ sqlitePath: join(dir, 'test.db') });
  await fill(store);
  const server = await startServer({ store, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { tokenFor, bearer } = await import('../server/test-credentials.ts');
    const extraHTTPHeaders = bearer(await tokenFor(store, 'reviewer'));
    const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, extraHTTPHeaders });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const current = () => page.locator('.q-item.current').getAttribute('data-item');
    const settle = async (key: string) => {
      await Promise.all([page.waitForURL(/done=/), page.keyboard.press(key)]);
      await page.waitForSelector('.q-item.current');
    };

    await page.goto(`${server.url}/queue`);
    await page.waitForSelector('.q-item.current');
    assert.match((await page.locator('#q-keys').textContent()) ?? '', /j\s*\/\s*k next\/previous/);
    await page.screenshot({ path: artifact('queue.png') });

    await page.goto(`${server.url}/queue?kind=statement-kind`);
    await page.waitForSelector('.q-item.current');
    const ids = await page.locator('.q-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    assert.ok(ids.length >= 4, `statement items: ${ids.length}`);
    assert.equal(await current(), ids[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    assert.equal(await current(), ids[1], 'j j k lands on the second item');

    await settle('c');
    assert.match((await page.locator('.q-flash').textContent()) ?? '', /confirmed 1 item/);
    const confirmed = await store.listDecisions({ action: 'review-statement' });
    assert.deepEqual(
      confirmed.map((d) => [`${d.target}#${String(d.payload.field)}`, d.payload.decision]),
      [[ids[1], 'confirm']],
    );

    // e: edit the correction (a select for kinds), Enter sends it as a correction.
    const first = await current();
    await page.keyboard.press('e');
    const select = page.locator('.q-item.current select.q-value-input');
    assert.ok(await select.evaluate((el) => el === document.activeElement), 'e focuses the correction');
    const machineKind = await select.inputValue();
    const other = machineKind === 'position' ? 'record' : 'position';
    await select.selectOption(other);
    await select.focus();
    await settle('Enter');
    const corrected = (await store.listDecisions({ action: 'review-statement' })).at(-1)!;
    assert.equal(`${corrected.target}#${String(corrected.payload.field)}`, first);
    assert.deepEqual([corrected.payload.decision, corrected.payload.value], ['correct', other]);

    // x selects, j moves, x selects again; R rejects both in one bulk post.
    const a = await current();
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    const b = await current();
    await page.keyboard.press('x');
    assert.match((await page.locator('.q-selected').textContent()) ?? '', /Selected items: 2/);
    await settle('Shift+R');
    assert.match((await page.locator('.q-flash').textContent()) ?? '', /rejected 2 item/);
    const rejected = (await store.listDecisions({ action: 'review-statement' })).slice(-2);
    assert.deepEqual(rejected.map((d) => `${d.target}#${String(d.payload.field)}`).sort(), [a, b].sort());
    assert.ok(rejected.every((d) => d.payload.decision === 'reject'));
    const left = await page.locator('.q-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
    for (const gone of [ids[1], first, a, b]) assert.ok(!left.includes(gone), `${gone} left the queue`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function fill(store: Store): Promise<void> {
  const { ingest } = await import('../../src/ingest/ingest.ts');
  const { createAnalyser } = await import('../../src/analyse/analyser.ts');
  const { trackStored } = await import('../../src/services/track-stored.ts');
  const analyser = createAnalyser();
  const inputs: { bytes: Uint8Array; fileName: string }[] = [];
  for (const fileName of readdirSync(corpus).filter((f) =>
    /^cca-(fm6-almaty-2025__communique|summit2-astana-2025__news)/.test(f),
  ))
    inputs.push({ bytes: readFileSync(join(corpus, fileName)), fileName });
  for (const input of inputs) {
    const outcome = await ingest(store, input, analyser);
    if (outcome.ok) await trackStored(store, outcome.id);
  }
}

function artifact(name: string): string {
  const dir = join(repoRoot, 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
