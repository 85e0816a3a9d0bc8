/**
 * @module user-name
 * User names: lower case letters, digits, `.`, `_` and `-`, starting with a letter or digit, at
 * most 64 characters, compared lower-cased (so `Admin` and `admin` are one account).
 */
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** The name as stored. @example normaliseUserName(' Admin ') // 'admin' */
export function normaliseUserName(name: string): string {
  return name.trim().toLowerCase();
}

/** Why a (normalised) name is refused, or undefined. */
export function userNameProblem(name: string): string | undefined {
  if (NAME.test(name)) return undefined;
  return 'A user name has 1 to 64 letters, digits, ".", "_" or "-", and starts with a letter or digit.';
}
