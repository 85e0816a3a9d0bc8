/**
 * @module principal
 * Who is making a request: a signed-in user, an API token's owner, or the public reader.
 * Roles are ordered; each one may do everything the roles before it may.
 */
export const ROLES = ['viewer', 'analyst', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Stable id (a user id); what decisions and audit entries record. */
  readonly id: string;
  /** Display name (the user's login name). */
  readonly name: string;
  readonly role: Role;
}

/** Whether `role` includes everything `needed` may do. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
