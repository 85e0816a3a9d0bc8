/**
 * @module problem-page
 * The HTML face of a problem (404, 400, 500) for a browser; the same facts as the JSON.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ProblemDetails } from '../../services/problem.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';

/** Renders a problem as a page with its status; a page that needs signing in sends the browser to sign in. */
export async function renderProblemPage(problem: ProblemDetails, c: Context): Promise<Response> {
  if (problem.status === 401 && c.req.method === 'GET') return c.redirect(loginHref(c.req.url), 303);
  return renderHtml(
    c,
    <Layout title={problem.title}>
      <section class="problem">
        <h1>{problem.title}</h1>
        <p>{problem.detail}</p>
        {problem.errors?.length ? (
          <ul>
            {problem.errors.map((e) => (
              <li>
                <code>{e.pointer}</code>: {e.message}
              </li>
            ))}
          </ul>
        ) : null}
        <p class="muted">
          Status {problem.status}
          {problem.requestId ? ` · request ${problem.requestId}` : ''} · <a href="/">All documents</a>
        </p>
      </section>
    </Layout>,
    problem.status as ContentfulStatusCode,
  );
}

/** The sign-in page, coming back to this path (and query) afterwards. */
function loginHref(url: string): string {
  const { pathname, search } = new URL(url);
  return `/login?next=${encodeURIComponent(pathname + search)}`;
}
