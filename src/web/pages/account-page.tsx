/**
 * @module account-page
 * `GET /account`: who you are, your role and a form to change your password;
 * `POST /account/password` changes it (the current one is asked for) and keeps this session,
 * ending every other. A user with a one-time password is sent here until they have chosen one.
 */
import type { Context } from 'hono';
import { setPassword } from '../../accounts/users.ts';
import { MIN_PASSWORD_LENGTH } from '../../accounts/password-hash.ts';
import type { AppEnv } from '../../services/app-env.ts';
import { actorName, allow, currentUser } from '../../services/permissions.ts';
import { ProblemError } from '../../services/problem.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

/** The account page. */
export const accountPage: PageModule = {
  name: 'account',
  register(app, { store }) {
    app.get('/account', allow('viewer'), (c) => accountView(c, {}));
    app.post('/account/password', allow('viewer'), async (c) => {
      if (c.get('auth')?.via === 'public') return c.redirect('/login', 303);
      const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
      const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
      if (field('next') !== field('repeat')) return accountView(c, { error: 'The two new passwords differ.' }, 400);
      try {
        const keepSession = c.get('auth')?.sessionHash;
        await setPassword(
          store,
          actorName(c),
          { current: field('current'), next: field('next'), keepSession },
          actorName(c),
        );
      } catch (error) {
        if (error instanceof ProblemError && error.status === 400) return accountView(c, { error: error.message }, 400);
        throw error;
      }
      // The session now belongs to a user who has chosen a password.
      if (c.get('auth')?.mustChangePassword) c.set('auth', { ...c.get('auth')!, mustChangePassword: false });
      return accountView(c, { notice: 'Your password is changed. Your other sessions have been signed out.' });
    });
  },
};

function accountView(c: Context<AppEnv>, props: { error?: string; notice?: string }, status: 200 | 400 = 200) {
  const user = currentUser(c);
  const auth = c.get('auth');
  if (!user || auth?.via === 'public')
    return renderHtml(
      c,
      <Layout title="Your account">
        <h1>Not signed in</h1>
        <p>
          You are reading this site publicly. <a href="/login?next=%2Faccount">Sign in</a> to see your account.
        </p>
      </Layout>,
    );
  return renderHtml(
    c,
    <Layout title="Your account">
      <section class="narrow">
        <h1>{user.name}</h1>
        <p class="meta">
          Role: <strong>{user.role}</strong> · signed in by {auth?.via === 'token' ? 'an API token' : 'password'}
        </p>
        {auth?.mustChangePassword ? (
          <p class="notice" role="alert">
            You signed in with a one-time password: choose your own before going on.
          </p>
        ) : null}
        {props.notice ? <p class="notice">{props.notice}</p> : null}
        {props.error ? (
          <p class="notice error" role="alert">
            {props.error}
          </p>
        ) : null}
        <h2>Change your password</h2>
        <form method="post" action="/account/password" class="stacked">
          <input type="text" name="username" value={user.name} autocomplete="username" hidden />
          <label>
            Current password <input name="current" type="password" autocomplete="current-password" required />
          </label>
          <label>
            New password ({MIN_PASSWORD_LENGTH} characters or more){' '}
            <input name="next" type="password" autocomplete="new-password" minlength={MIN_PASSWORD_LENGTH} required />
          </label>
          <label>
            New password again <input name="repeat" type="password" autocomplete="new-password" required />
          </label>
          <button type="submit">Change password</button>
        </form>
      </section>
    </Layout>,
    status,
  );
}
