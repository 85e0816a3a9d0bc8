/**
 * @module secret-token
 * Random secrets (session ids, API tokens, CSRF tokens, one-time passwords) and the SHA-256
 * they are stored as. A secret has 256 bits, so a fast hash is enough at rest: nobody can guess
 * one, unlike a password.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random URL-safe secret of `bytes` bytes. @example newSecret() // 43 characters */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Hex SHA-256 of a secret, what the store keeps. @example secretHash('x') */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** API tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'concord_';

/** A new API token (shown once). */
export function newApiToken(): string {
  return `${TOKEN_PREFIX}${newSecret()}`;
}

/** A one-time password a person can type: 20 characters of 32 unambiguous ones (100 bits, no modulo bias). */
export function newOneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Constant-time comparison of two secrets. @example sameSecret('a', 'a') // true */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
