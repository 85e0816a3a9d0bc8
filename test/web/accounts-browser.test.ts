/**
 * The accounts pages in a real browser (issue 11): the first start's admin signs in with the
 * printed one-time password, is sent to choose a password, adds a user and makes a token on
 * the users page (each secret shown once), and signs out. Screenshots go to test-artifacts/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

test('should take the first admin from a one-time password to the users page and out again', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip(`${CHROMIUM} absent: apt-get install -y chromium to run the browser test`);
  const { chromium } = await import('playwright-core');
  const { openStore } = await import('../../src/store/open-store.ts');
  const { startServer } = await import('../../src/app/start-server.ts');
  const { ensureFirstAdmin } = await import('../../src/accounts/first-admin.ts');
  const { tokenPrincipal } = await import('../../src/accounts/api-tokens.ts');
  const dir = mkdtempSync(join(tmpdir(), 'concord-accounts-browser-'));
  const store = await openStore({ sqlitePath: join(dir, 'test.db') });
  const printed: string[] = [];
  await ensureFirstAdmin(store, {}, (line) => printed.push(line));
  const oneTime = printed[1].trim();
  const server = await startServer({ store, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${server.url}/commitments`);
    assert.equal(new URL(page.url()).pathname, '/login', 'an anonymous visitor is asked to sign in');
    await page.fill('input[name="name"]', 'admin');
    await page.fill('input[name="password"]', 'wrong-password');
    await page.click('form[action="/login"] button');
    assert.match((await page.textContent('[role="alert"]')) ?? '', /The name or the password is not right/);
    await page.screenshot({ path: artifact('login.png') });

    await page.fill('input[name="name"]', 'admin');
    await page.fill('input[name="password"]', oneTime);
    await page.click('form[action="/login"] button');
    await page.waitForURL(`${server.url}/account`);
    assert.match((await page.textContent('[role="alert"]')) ?? '', /one-time password/);
    await page.screenshot({ path: artifact('account-first-sign-in.png') });
    await page.fill('input[name="current"]', oneTime);
    await page.fill('input[name="next"]', 'my own passphrase');
    await page.fill('input[name="repeat"]', 'my own passphrase');
    await page.click('form[action="/account/password"] button');
    assert.match((await page.textContent('.notice')) ?? '', /Your password is changed/);

    await page.goto(`${server.url}/admin/users`);
    await page.fill('form[action="/admin/users"] input[name="name"]', 'ana');
    await page.selectOption('form[action="/admin/users"] select[name="role"]', 'analyst');
    await page.click('form[action="/admin/users"] button');
    assert.match((await page.textContent('.notice')) ?? '', /Added ana \(analyst\)/);
    assert.match((await page.textContent('[data-secret]')) ?? '', /^[a-z2-9]{20}$/);
    await page.fill('form[action="/admin/users/ana/tokens"] input[name="label"]', 'nightly import');
    await page.click('form[action="/admin/users/ana/tokens"] button');
    const token = (await page.textContent('[data-secret]')) ?? '';
    assert.equal((await tokenPrincipal(store, token))?.name, 'ana', 'the token shown once works');
    assert.equal(await page.textContent('header [data-signed-in]'), 'admin');
    await page.screenshot({ path: artifact('users.png'), fullPage: true });
    await page.goto(`${server.url}/admin/users`);
    assert.equal(await page.locator('[data-secret]').count(), 0, 'a secret is never shown again');

    await page.click('header form[action="/logout"] button');
    await page.waitForURL(`${server.url}/login`);
    await page.goto(`${server.url}/`);
    assert.equal(new URL(page.url()).pathname, '/login', 'signed out');
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
