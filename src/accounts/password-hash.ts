/**
 * @module password-hash
 * Passwords are kept as argon2id PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) made by
 * @node-rs/argon2 (a prebuilt binding: nothing to compile on install). Its defaults follow
 * OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane.
 */
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** Shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 1000;

/** The argon2id hash of a password. @example await hashPassword('correct horse battery') // '$argon2id$v=19$…' */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

/** True when `password` matches `stored`; false (never a throw) for a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * Checked so that a missing user costs the same time as a wrong password (no user enumeration
 * by timing); made once, lazily, from a random string.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomUUID());
  return dummy;
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, name?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `A password has at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (name && name.length >= 4 && password.toLowerCase().includes(name.toLowerCase()))
    return 'A password must not contain the user name.';
  return undefined;
}
