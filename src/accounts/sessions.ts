/**
 * @module sessions
 * Signing in and out. A session is a random 256-bit secret in a cookie; the store keeps its
 * SHA-256, its user, its CSRF token, when it started and when it was last used. It ends at its
 * absolute expiry, after the idle timeout, at sign-out, or when the user's role, password or
 * status changes.
 */
import type { Principal } from '../model/principal.ts';
import type { Store } from '../store/store.ts';
import type { AccountSettings } from './account-settings.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { dummyHash, verifyPassword } from './password-hash.ts';
import { newSecret, secretHash } from './secret-token.ts';
import { normaliseUserName } from './user-name.ts';

/** A live session, as the request sees it. */
export interface LiveSession {
  readonly principal: Principal;
  readonly idHash: string;
  readonly csrfToken: string;
  readonly mustChangePassword: boolean;
}

export type SignInResult =
  | { readonly ok: true; readonly secret: string; readonly session: LiveSession }
  | { readonly ok: false; readonly reason: 'invalid' }
  | { readonly ok: false; readonly reason: 'locked'; readonly waitMs: number };

/** last_seen_at is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Checks a name and password under the limiter; on success starts a session. A wrong
 * password, an unknown name and a disabled account all answer `invalid`, in the same time.
 */
export async function signIn(
  store: Store,
  input: { readonly name: string; readonly password: string; readonly client: string },
  deps: { readonly settings: AccountSettings; readonly limiter: LoginLimiter; readonly now?: () => number },
): Promise<SignInResult> {
  const now = deps.now?.() ?? Date.now();
  const name = normaliseUserName(input.name).slice(0, 64);
  const waitMs = deps.limiter.wait(name, input.client, now);
  if (waitMs > 0) return { ok: false, reason: 'locked', waitMs };
  const user = await store.accounts.userByName(name);
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
  if (!user || !matches || user.disabled) {
    deps.limiter.failed(name, input.client, now);
    return { ok: false, reason: 'invalid' };
  }
  deps.limiter.succeeded(name);
  const secret = newSecret();
  const at = new Date(now).toISOString();
  const idHash = secretHash(secret);
  const csrfToken = newSecret();
  const expiresAt = new Date(now + deps.settings.sessionMs).toISOString();
  await store.accounts.deleteExpiredSessions(at);
  await store.accounts.addSession({ idHash, userId: user.id, csrfToken, createdAt: at, expiresAt });
  const principal = { id: user.id, name: user.name, role: user.role };
  return { ok: true, secret, session: { principal, idHash, csrfToken, mustChangePassword: user.mustChangePassword } };
}

/** The live session of a cookie's secret, or undefined (unknown, expired, idle too long, user disabled). */
export async function resolveSession(
  store: Store,
  secret: string,
  settings: AccountSettings,
  now: number = Date.now(),
): Promise<LiveSession | undefined> {
  const idHash = secretHash(secret);
  const session = await store.accounts.session(idHash);
  if (!session) return undefined;
  const idle = now - Date.parse(session.lastSeenAt);
  if (Date.parse(session.expiresAt) <= now || idle >= settings.idleMs || session.user.disabled) {
    await store.accounts.deleteSession(idHash);
    return undefined;
  }
  if (idle >= TOUCH_EVERY_MS) await store.accounts.touchSession(idHash, new Date(now).toISOString());
  const { user } = session;
  return {
    principal: { id: user.id, name: user.name, role: user.role },
    idHash,
    csrfToken: session.csrfToken,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Ends the session of a cookie's secret. */
export async function signOut(store: Store, secret: string): Promise<void> {
  await store.accounts.deleteSession(secretHash(secret));
}
