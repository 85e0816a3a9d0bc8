/**
 * @module cli-actor
 * Who acts from the command line, for the audit log: the operating-system user, until accounts
 * exist. Apart from the commands so that each loads it without the others' implementations.
 */
import { userInfo } from 'node:os';

/** The acting operating-system user. @example cliActor() // 'cli:alice' */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}
