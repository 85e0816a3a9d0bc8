/**
 * @module openapi-security
 * How the OpenAPI document says who may call an operation: two ways to authenticate (the
 * browser's session cookie, a script's API token as a bearer), and per operation the role
 * `allow()` declares for it, written as the scheme's role list (OpenAPI 3.1 lets schemes other
 * than OAuth name roles there). A public operation needs neither (`security: []`).
 */
import type { Permission } from '../permissions.ts';

/** `components.securitySchemes`. */
export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'concord_session',
    description:
      'The session of a signed-in browser (`__Host-concord_session` over https). State-changing calls ' +
      'from a browser also need the CSRF token of the page.',
  },
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`concord user token NAME`), sent as `Authorization: Bearer <token>`.',
  },
} as const;

/**
 * The security requirement of an operation declared with `permission`.
 * @example operationSecurity('reviewer') // [{ sessionCookie: ['reviewer'] }, { bearerToken: ['reviewer'] }]
 */
export function operationSecurity(permission: Permission): Record<string, string[]>[] {
  if (permission === 'public') return [];
  return Object.keys(SECURITY_SCHEMES).map((scheme) => ({ [scheme]: [permission] }));
}
