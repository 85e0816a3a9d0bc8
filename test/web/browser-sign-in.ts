/**
 * @module browser-sign-in
 * Signs a browser page in through the real sign-in form, as a user made for the test.
 */
import type { Page } from 'playwright-core';
import { addUser } from '../../src/accounts/users.ts';
import type { Role } from '../../src/model/principal.ts';
import type { Store } from '../../src/store/store.ts';
import { TEST_PASSWORD } from '../server/test-credentials.ts';

/** Adds `name` with `role` and signs `page` in as them (a session cookie, as a person would). */
export async function signInPage(page: Page, baseUrl: string, store: Store, role: Role = 'admin', name = 'tester') {
  await addUser(store, { name, role, password: TEST_PASSWORD }, 'test');
  await page.goto(`${baseUrl}/login`);
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/`), page.click('form[action="/login"] button[type="submit"]')]);
}
