/**
 * @module users
 * Managing accounts: add, change role, disable or enable, set a password. Every change is
 * written to the audit log with who made it; a change that narrows what a user may do (role,
 * disabling, a new password) also ends the user's sessions, so it takes effect at once.
 */
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../model/principal.ts';
import type { UserRecord } from '../store/accounts/accounts-store.ts';
import type { Store } from '../store/store.ts';
import { ProblemError } from '../services/problem.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password-hash.ts';
import { newOneTimePassword } from './secret-token.ts';
import { normaliseUserName, userNameProblem } from './user-name.ts';

/** A user as shown (no hash). */
export type UserView = Omit<UserRecord, 'passwordHash'>;

export interface NewUser {
  readonly name: string;
  readonly role: Role;
  /** Absent: a one-time password is made, returned once, and must be changed at first sign-in. */
  readonly password?: string;
}

/** The user as shown to people and in the API. */
export function userView({ passwordHash: _, ...user }: UserRecord): UserView {
  return user;
}

/**
 * Adds a user; returns the one-time password when none was given.
 * @example const { user, oneTimePassword } = await addUser(store, { name: 'ana', role: 'analyst' }, 'admin')
 */
export async function addUser(
  store: Store,
  input: NewUser,
  actor: string,
): Promise<{ user: UserView; oneTimePassword?: string }> {
  const name = normaliseUserName(input.name);
  const problem = userNameProblem(name) ?? roleProblem(input.role);
  if (problem) throw new ProblemError(400, 'invalid-user', problem);
  const oneTimePassword = input.password === undefined ? newOneTimePassword() : undefined;
  const password = input.password ?? (oneTimePassword as string);
  const weak = input.password === undefined ? undefined : passwordProblem(password, name);
  if (weak) throw new ProblemError(400, 'weak-password', weak);
  if (await store.accounts.userByName(name))
    throw new ProblemError(409, 'user-exists', `A user named "${name}" already exists.`);
  const passwordHash = await hashPassword(password);
  const user = await store.accounts.audited(
    (accounts) =>
      accounts.addUser({
        id: randomUUID(),
        name,
        role: input.role,
        passwordHash,
        mustChangePassword: oneTimePassword !== undefined,
        disabled: false,
        createdAt: new Date().toISOString(),
      }),
    () => ({ actor, action: 'user-add', target: `user:${name}`, details: { role: input.role } }),
  );
  return { user: userView(user), ...(oneTimePassword ? { oneTimePassword } : {}) };
}

/** Users by name. */
export async function listUsers(store: Store): Promise<UserView[]> {
  return (await store.accounts.listUsers()).map(userView);
}

/** The user with this name, or a 404. */
export async function findUser(store: Store, name: string): Promise<UserRecord> {
  const user = await store.accounts.userByName(normaliseUserName(name));
  if (!user) throw new ProblemError(404, 'user-not-found', `No user named "${normaliseUserName(name)}".`);
  return user;
}

/** Changes a user's role or disables/enables them; the last enabled admin cannot be demoted or disabled. */
export async function updateUser(
  store: Store,
  name: string,
  change: { readonly role?: Role; readonly disabled?: boolean },
  actor: string,
): Promise<UserView> {
  const user = await findUser(store, name);
  const problem = change.role !== undefined ? roleProblem(change.role) : undefined;
  if (problem) throw new ProblemError(400, 'invalid-user', problem);
  const losesAdmin = (change.role !== undefined && change.role !== 'admin') || change.disabled === true;
  if (user.role === 'admin' && !user.disabled && losesAdmin && (await enabledAdmins(store)) <= 1)
    throw new ProblemError(409, 'last-admin', 'This is the last enabled admin: add another admin first.');
  const at = new Date().toISOString();
  const details = {
    ...(change.role ? { role: change.role } : {}),
    ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
  };
  await store.accounts.audited(
    async (accounts) => {
      await accounts.updateUser(user.id, change, at);
      await accounts.deleteSessionsOf(user.id);
    },
    () => ({ actor, action: 'user-update', target: `user:${user.name}`, details, at }),
  );
  return userView({ ...user, ...change, updatedAt: at });
}

/**
 * Sets a new password. A user changing their own gives the current one; an admin resetting
 * another's gives none and the user must change it at next sign-in. Other sessions end.
 */
export async function setPassword(
  store: Store,
  name: string,
  change: { readonly current?: string; readonly next: string; readonly keepSession?: string },
  actor: string,
): Promise<void> {
  const user = await findUser(store, name);
  const own = actor === user.name;
  if (own && !(await verifyPassword(user.passwordHash, change.current ?? '')))
    throw new ProblemError(400, 'wrong-password', 'The current password is not right.');
  const weak = passwordProblem(change.next, user.name);
  if (weak) throw new ProblemError(400, 'weak-password', weak);
  if (own && change.current === change.next)
    throw new ProblemError(400, 'weak-password', 'The new password must differ from the current one.');
  const at = new Date().toISOString();
  const passwordHash = await hashPassword(change.next);
  await store.accounts.audited(
    async (accounts) => {
      await accounts.updateUser(user.id, { passwordHash, mustChangePassword: !own }, at);
      await accounts.deleteSessionsOf(user.id, own ? change.keepSession : undefined);
    },
    () => ({ actor, action: 'user-password', target: `user:${user.name}`, at }),
  );
}

/** An admin's reset: a new one-time password (returned once), to be changed at next sign-in; sessions end. */
export async function resetPassword(store: Store, name: string, actor: string): Promise<string> {
  const user = await findUser(store, name);
  const oneTimePassword = newOneTimePassword();
  const at = new Date().toISOString();
  const passwordHash = await hashPassword(oneTimePassword);
  await store.accounts.audited(
    async (accounts) => {
      await accounts.updateUser(user.id, { passwordHash, mustChangePassword: true }, at);
      await accounts.deleteSessionsOf(user.id);
    },
    () => ({ actor, action: 'user-password-reset', target: `user:${user.name}`, at }),
  );
  return oneTimePassword;
}

async function enabledAdmins(store: Store): Promise<number> {
  return (await store.accounts.listUsers()).filter((u) => u.role === 'admin' && !u.disabled).length;
}

function roleProblem(role: string): string | undefined {
  return (ROLES as readonly string[]).includes(role) ? undefined : `The role must be one of ${ROLES.join(', ')}.`;
}
