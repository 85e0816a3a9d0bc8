/**
 * @module account-bar
 * The header's right end: who is signed in (name and role) with links to the account page,
 * the users page for admins, and a sign-out button; or a sign-in link.
 */
import { useRequestContext } from 'hono/jsx-renderer';
import type { Context } from 'hono';
import type { AppEnv } from '../../services/app-env.ts';

/** Who is signed in, read from the request being rendered (see `renderHtml`). */
export function AccountBar() {
  const c = requestContext();
  const user = c?.get('user');
  const auth = c?.get('auth');
  if (!user || auth?.via === 'public')
    return (
      <div class="account-bar">
        {user ? <span class="muted">Public reading · </span> : null}
        <a href="/login">Sign in</a>
      </div>
    );
  return (
    <div class="account-bar">
      <a href="/account" title="Your account" data-signed-in={user.name}>
        {user.name}
      </a>{' '}
      <span class="role">{user.role}</span>
      {user.role === 'admin' ? <a href="/admin/users">Users</a> : null}
      {auth?.via === 'session' ? (
        <form method="post" action="/logout" class="inline">
          <button type="submit" class="link">
            Sign out
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** The request being rendered, when the page is rendered inside one. */
export function requestContext(): Context<AppEnv> | undefined {
  try {
    return useRequestContext<AppEnv>();
  } catch {
    return undefined;
  }
}
