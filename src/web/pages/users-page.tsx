/**
 * @module users-page
 * `GET /admin/users`: every account with its role, status and API tokens, and forms to add a
 * user, change a role, disable or enable, reset a password, make and revoke tokens. A new
 * one-time password or token is shown once, on the page that answers the form, never again.
 */
import type { Context } from 'hono';
import { createToken, revokeToken } from '../../accounts/api-tokens.ts';
import { addUser, listUsers, resetPassword, updateUser, type UserView } from '../../accounts/users.ts';
import { ROLES, type Role } from '../../model/principal.ts';
import type { TokenRecord } from '../../store/accounts/accounts-store.ts';
import type { Store } from '../../store/store.ts';
import type { AppEnv } from '../../services/app-env.ts';
import { actorName, allow } from '../../services/permissions.ts';
import { ProblemError } from '../../services/problem.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

/** What the page says after a form: a message, and a secret shown this once. */
interface Outcome {
  readonly notice?: string;
  readonly secret?: { readonly label: string; readonly value: string };
  readonly error?: string;
}

/** The users page and its forms. */
export const usersPage: PageModule = {
  name: 'users',
  register(app, { store }) {
    app.get('/admin/users', allow('admin'), async (c) => usersView(c, store, {}));
    app.post('/admin/users', allow('admin'), async (c) =>
      answer(c, store, async (field) => {
        const role = field('role') as Role;
        const { user, oneTimePassword } = await addUser(store, { name: field('name'), role }, actorName(c));
        const label = `One-time password of ${user.name} (give it to them; they choose their own at first sign-in)`;
        return { notice: `Added ${user.name} (${user.role}).`, secret: { label, value: oneTimePassword ?? '' } };
      }),
    );
    app.post('/admin/users/:name', allow('admin'), async (c) =>
      answer(c, store, async (field) => {
        const name = c.req.param('name');
        const action = field('action');
        if (action === 'reset') {
          const value = await resetPassword(store, name, actorName(c));
          return { notice: `Reset the password of ${name}.`, secret: { label: `One-time password of ${name}`, value } };
        }
        if (action === 'role') await updateUser(store, name, { role: field('role') as Role }, actorName(c));
        else if (action === 'disable' || action === 'enable')
          await updateUser(store, name, { disabled: action === 'disable' }, actorName(c));
        else throw new ProblemError(400, 'invalid-form', 'Unknown action.');
        return { notice: `Updated ${name}; their sessions were signed out.` };
      }),
    );
    app.post('/admin/users/:name/tokens', allow('admin'), async (c) =>
      answer(c, store, async (field) => {
        const { token, record } = await createToken(store, c.req.param('name'), field('label'), actorName(c));
        const label = `API token "${record.name}" of ${record.userName} (copy it now: it is not shown again)`;
        return { notice: 'Token made.', secret: { label, value: token } };
      }),
    );
    app.post('/admin/tokens/:id/revoke', allow('admin'), async (c) =>
      answer(c, store, async () => {
        await revokeToken(store, c.req.param('id'), actorName(c));
        return { notice: 'Token revoked.' };
      }),
    );
  },
};

/** Runs a form's action; a 4xx problem is shown on the page, beside the forms. */
async function answer(
  c: Context<AppEnv>,
  store: Store,
  act: (field: (k: string) => string) => Promise<Outcome>,
): Promise<Response> {
  const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  try {
    return await usersView(c, store, await act((k) => (typeof form[k] === 'string' ? (form[k] as string) : '')));
  } catch (error) {
    if (error instanceof ProblemError && error.status < 500)
      return usersView(c, store, { error: error.message }, error.status as 400);
    throw error;
  }
}

async function usersView(c: Context<AppEnv>, store: Store, outcome: Outcome, status: 200 | 400 = 200) {
  const users = await listUsers(store);
  const tokens = await store.accounts.listTokens();
  return renderHtml(
    c,
    <Layout title="Users">
      <h1>Users</h1>
      {outcome.notice ? <p class="notice">{outcome.notice}</p> : null}
      {outcome.error ? (
        <p class="notice error" role="alert">
          {outcome.error}
        </p>
      ) : null}
      {outcome.secret?.value ? (
        <p class="notice secret">
          {outcome.secret.label}: <code data-secret>{outcome.secret.value}</code>
        </p>
      ) : null}
      <table class="users">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Status</th>
            <th>Password</th>
            <th>API tokens</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow user={u} tokens={tokens.filter((t) => t.userId === u.id)} />
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <form method="post" action="/admin/users" class="inline-form">
        <label>
          Name <input name="name" required maxlength={64} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" />
        </label>{' '}
        <RoleSelect selected="viewer" /> <button type="submit">Add</button>
      </form>
      <p class="muted">
        A new user gets a one-time password, shown here once. Roles: viewer reads; analyst also imports and runs
        analyses; reviewer also decides; admin also manages users, deletions and restores.
      </p>
    </Layout>,
    status,
  );
}

function UserRow({ user, tokens }: { user: UserView; tokens: readonly TokenRecord[] }) {
  const base = `/admin/users/${encodeURIComponent(user.name)}`;
  return (
    <tr class={user.disabled ? 'disabled' : undefined}>
      <td>{user.name}</td>
      <td>
        <form method="post" action={base} class="inline">
          <input type="hidden" name="action" value="role" />
          <RoleSelect selected={user.role} /> <button type="submit">Save</button>
        </form>
      </td>
      <td>
        <form method="post" action={base} class="inline">
          {user.disabled ? 'disabled ' : 'active '}
          <input type="hidden" name="action" value={user.disabled ? 'enable' : 'disable'} />
          <button type="submit">{user.disabled ? 'Enable' : 'Disable'}</button>
        </form>
      </td>
      <td>
        {user.mustChangePassword ? <span class="muted">one-time </span> : null}
        <form method="post" action={base} class="inline">
          <input type="hidden" name="action" value="reset" />
          <button type="submit">Reset</button>
        </form>
      </td>
      <td>
        <ul class="tokens">
          {tokens.map((t) => (
            <li>
              {t.name} <span class="muted">{t.lastUsedAt ? `used ${t.lastUsedAt.slice(0, 10)}` : 'unused'}</span>{' '}
              {t.revokedAt ? (
                <span class="muted">revoked</span>
              ) : (
                <form method="post" action={`/admin/tokens/${encodeURIComponent(t.id)}/revoke`} class="inline">
                  <button type="submit">Revoke</button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <form method="post" action={`${base}/tokens`} class="inline">
          <input name="label" placeholder="token name" maxlength={100} required size={12} />{' '}
          <button type="submit">New token</button>
        </form>
      </td>
    </tr>
  );
}

function RoleSelect({ selected }: { selected: Role }) {
  return (
    <select name="role" aria-label="Role">
      {ROLES.map((r) => (
        <option value={r} selected={r === selected}>
          {r}
        </option>
      ))}
    </select>
  );
}
