/**
 * @module field-errors
 * Turns zod's issues into what a person reads in a problem's `errors[]` (RFC 9457): a JSON
 * Pointer to the field (RFC 6901, e.g. `/limit`) and a message in plain words ("must be a
 * whole number between 1 and 200"), never zod's "expected number, received NaN".
 */
import type { z } from 'zod';
import type { FieldError } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** `['payload', 'into']` → `/payload/into`; `~` and `/` escaped as RFC 6901 says. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Zod's own messages start so; a message a schema wrote itself is kept as it is. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

/** The message of one issue in plain words. */
export function plainMessage(issue: Issue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return 'is required';
      return issue.expected === 'int' ? 'must be a whole number' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return bound('at least', issue.origin, Number(issue.minimum));
    case 'too_big':
      return bound('at most', issue.origin, Number(issue.maximum));
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    default:
      return 'is not valid here';
  }
}

function bound(which: string, origin: string, n: number): string {
  if (origin === 'string')
    return n === 1 && which === 'at least' ? 'must not be empty' : `must be ${which} ${n} characters`;
  if (origin === 'array' || origin === 'set') return `must have ${which} ${n} items`;
  return `must be ${which} ${n}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Every issue as `{ pointer, message }`. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ pointer: jsonPointer(issue.path), message: plainMessage(issue) }));
}
