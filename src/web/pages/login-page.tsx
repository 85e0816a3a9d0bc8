/**
 * @module login-page
 * `GET /login` (the form), `POST /login` (sign in) and `POST /logout`. The sign-in form has
 * no session yet, so its CSRF token is a double submit: a Strict cookie and a field that must
 * match. Whatever went wrong (no such user, wrong password, disabled), the answer is the same;
 * only a lock-out is told apart, with how long to wait.
 */
import type { Context } from 'hono';
import { newSecret, sameSecret } from '../../accounts/secret-token.ts';
import { signIn, signOut } from '../../accounts/sessions.ts';
import type { AppEnv } from '../../services/app-env.ts';
import { clientAddress } from '../../services/client-address.ts';
import { allow } from '../../services/permissions.ts';
import {
  clearSessionCookie,
  readLoginCsrfCookie,
  readSessionCookie,
  writeLoginCsrfCookie,
  writeSessionCookie,
} from '../../services/session-cookie.ts';
import type { AppDeps } from '../../services/service-deps.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

/** The sign-in and sign-out routes. */
export const loginPage: PageModule = {
  name: 'login',
  register(app, deps) {
    app.get('/login', allow('public'), (c) => {
      const next = safeNext(c.req.query('next'));
      if (c.get('auth')?.via === 'session') return c.redirect(next, 303);
      return loginForm(c, deps, { next });
    });
    app.post('/login', allow('public'), async (c) => {
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
      const next = safeNext(field('next'));
      const cookie = readLoginCsrfCookie(c);
      if (!cookie || !sameSecret(cookie, field('_csrf')))
        return loginForm(c, deps, { next, error: 'The form had expired: please sign in again.' }, 403);
      const { settings, limiter } = deps.accounts;
      const result = await signIn(
        deps.store,
        { name: field('name'), password: field('password'), client: clientAddress(c) },
        { settings, limiter },
      );
      if (!result.ok && result.reason === 'locked') {
        const minutes = Math.max(1, Math.ceil(result.waitMs / 60_000));
        const wait = `${minutes} minute${minutes === 1 ? '' : 's'}`;
        const error = `Too many failed sign-ins for this name or from this address. Try again in ${wait}.`;
        c.header('Retry-After', String(Math.ceil(result.waitMs / 1000)));
        return loginForm(c, deps, { next, name: field('name'), error }, 429);
      }
      if (!result.ok)
        return loginForm(c, deps, { next, name: field('name'), error: 'The name or the password is not right.' }, 401);
      writeSessionCookie(c, settings, result.secret);
      return c.redirect(result.session.mustChangePassword ? '/account' : next, 303);
    });
    app.post('/logout', allow('public'), async (c) => {
      const secret = readSessionCookie(c, deps.accounts.settings);
      if (secret) await signOut(deps.store, secret);
      clearSessionCookie(c, deps.accounts.settings);
      return c.redirect('/login', 303);
    });
  },
};

interface LoginFormProps {
  readonly next: string;
  readonly name?: string;
  readonly error?: string;
}

/** The form, with a fresh double-submit token (cookie and field). */
function loginForm(c: Context<AppEnv>, deps: AppDeps, props: LoginFormProps, status: 200 | 401 | 403 | 429 = 200) {
  const token = newSecret();
  writeLoginCsrfCookie(c, deps.accounts.settings, token);
  return renderHtml(
    c,
    <Layout title="Sign in">
      <section class="narrow">
        <h1>Sign in</h1>
        {props.error ? (
          <p class="notice error" role="alert">
            {props.error}
          </p>
        ) : null}
        <form method="post" action="/login" class="stacked">
          <input type="hidden" name="_csrf" value={token} />
          <input type="hidden" name="next" value={props.next} />
          <label>
            Name <input name="name" autocomplete="username" required value={props.name ?? ''} />
          </label>
          <label>
            Password <input name="password" type="password" autocomplete="current-password" required />
          </label>
          <button type="submit">Sign in</button>
        </form>
        <p class="muted">Accounts are made by an administrator (the users page, or `concord user add`).</p>
      </section>
    </Layout>,
    status,
  );
}

/** Only a path on this site: no scheme, no `//host`, no backslash tricks. */
export function safeNext(next: string | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || /[\\\s]/.test(next)) return '/';
  return next;
}
