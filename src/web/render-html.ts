/**
 * @module render-html
 * Sends a JSX page as a complete HTML document.
 */
import type { Context } from 'hono';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Renders `page` with a doctype. @example return renderHtml(c, <ListPage … />) */
export async function renderHtml(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Promise<Response> {
  // A JSX node renders itself in toString(); async components would make that a promise.
  const body = await (page as unknown as { toString(): string | Promise<string> }).toString();
  return c.html(`<!DOCTYPE html>${body}`, status);
}
