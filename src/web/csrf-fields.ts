/**
 * @module csrf-fields
 * Adds the session's CSRF token as a hidden `_csrf` field to every POST form of a rendered
 * page, so each form (those of pages yet to be written too) carries it without JavaScript.
 * The HTML is our own rendering, in which all text is escaped: a `<form` tag in it is ours.
 */

const FORM_TAG = /<form\b[^>]*>/gi;
const POST = /\smethod\s*=\s*["']?post\b/i;

/**
 * The page with a token field after each POST form's opening tag.
 * @example withCsrfFields('<form method="post">', 't')
 */
export function withCsrfFields(html: string, token: string): string {
  // The token is base64url: nothing in it needs escaping in an attribute.
  const field = `<input type="hidden" name="_csrf" value="${token.replace(/[^\w-]/g, '')}">`;
  return html.replace(FORM_TAG, (tag) => (POST.test(tag) ? `${tag}${field}` : tag));
}
