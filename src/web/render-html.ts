/**
 * @module render-html
 * Sends a JSX page as a complete HTML document, rendered inside the request's context (the
 * layout shows who is signed in) and with the session's CSRF token in every POST form.
 */
import type { Context } from 'hono';
import { jsx } from 'hono/jsx';
import { RequestContext } from 'hono/jsx-renderer';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../services/app-env.ts';
import { withCsrfFields } from './csrf-fields.ts';

/** Renders `page` with a doctype. @example return renderHtml(c, <ListPage … />) */
export async function renderHtml(
  c: Context<AppEnv>,
  page: JSX.Element,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const inContext = jsx(RequestContext.Provider, { value: c as Context }, page);
  // A JSX node renders itself in toString(); async components would make that a promise.
  const body = await (inContext as unknown as { toString(): string | Promise<string> }).toString();
  const token = c.get('auth')?.csrfToken;
  return c.html(`<!DOCTYPE html>${token ? withCsrfFields(body, token) : body}`, status);
}
