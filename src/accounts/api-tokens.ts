/**
 * @module api-tokens
 * Bearer tokens for scripts: `concord_` and 256 random bits, shown once when made; the store
 * keeps its SHA-256. A token acts as its user, with the user's current role; revoking it, or
 * disabling the user, stops it at once.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../model/principal.ts';
import type { TokenRecord } from '../store/accounts/accounts-store.ts';
import type { Store } from '../store/store.ts';
import { ProblemError } from '../services/problem.ts';
import { newApiToken, secretHash } from './secret-token.ts';
import { findUser } from './users.ts';

/** last_used_at is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Makes a token for a user; the token itself is returned only here.
 * @example const { token } = await createToken(store, 'ana', 'nightly import', 'admin')
 */
export async function createToken(
  store: Store,
  userName: string,
  name: string,
  actor: string,
): Promise<{ token: string; record: TokenRecord }> {
  const user = await findUser(store, userName);
  const label = name.trim().slice(0, 100) || 'token';
  const token = newApiToken();
  const createdAt = new Date().toISOString();
  const id = randomUUID();
  await store.accounts.audited(
    (accounts) => accounts.addToken({ id, userId: user.id, name: label, tokenHash: secretHash(token), createdAt }),
    () => ({ actor, action: 'token-create', target: `user:${user.name}`, details: { id, name: label } }),
  );
  const record = {
    id,
    userId: user.id,
    userName: user.name,
    name: label,
    createdAt,
    lastUsedAt: null,
    revokedAt: null,
  };
  return { token, record };
}

/** Revokes a token (only one of `ownerId`'s, when given); a 404 when there is no such live token. */
export async function revokeToken(store: Store, id: string, actor: string, ownerId?: string): Promise<void> {
  const revoked = await store.accounts.audited(
    (accounts) => accounts.revokeToken(id, new Date().toISOString(), ownerId),
    (done) => (done ? { actor, action: 'token-revoke', target: `token:${id}` } : undefined),
  );
  if (!revoked) throw new ProblemError(404, 'token-not-found', `No live token with id "${id}".`);
}

/** The principal of a bearer token, or undefined (unknown, revoked, user disabled). */
export async function tokenPrincipal(store: Store, token: string, now = Date.now()): Promise<Principal | undefined> {
  const found = await store.accounts.tokenByHash(secretHash(token));
  if (!found || found.user.disabled) return undefined;
  const lastUsed = found.token.lastUsedAt ? Date.parse(found.token.lastUsedAt) : 0;
  if (now - lastUsed >= TOUCH_EVERY_MS) await store.accounts.touchToken(found.token.id, new Date(now).toISOString());
  return { id: found.user.id, name: found.user.name, role: found.user.role };
}
