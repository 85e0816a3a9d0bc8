/**
 * @module first-admin
 * The first start: a store without users gets an `admin`, so `npm start` still just works.
 * Its password is `CONCORD_ADMIN_PASSWORD` when set, else a random one-time password printed
 * once, which must be changed at the first sign-in.
 */
import type { Store } from '../store/store.ts';
import { addUser } from './users.ts';

/**
 * Creates `admin` when the store has no user; says so through `log`. Returns whether it did.
 * @example await ensureFirstAdmin(store, process.env, console.log)
 */
export async function ensureFirstAdmin(
  store: Store,
  env: Readonly<Record<string, string | undefined>>,
  log: (line: string) => void,
): Promise<boolean> {
  if ((await store.accounts.countUsers()) > 0) return false;
  const password = env.CONCORD_ADMIN_PASSWORD || undefined;
  let created: Awaited<ReturnType<typeof addUser>>;
  try {
    created = await addUser(store, { name: 'admin', role: 'admin', password }, 'first-start');
  } catch (error) {
    // Two servers starting on one new database: the other one made it.
    if ((await store.accounts.countUsers()) > 0) return false;
    throw error;
  }
  if (created.oneTimePassword) {
    log('No users yet: created "admin" with this one-time password (shown once; change it at first sign-in):');
    log(`  ${created.oneTimePassword}`);
  } else {
    log('No users yet: created "admin" with the password in CONCORD_ADMIN_PASSWORD.');
  }
  return true;
}
