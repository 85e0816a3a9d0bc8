/**
 * @module parse-int-option
 * Parses a whole-number option, naming the option when the value is wrong.
 */
import { InvalidArgumentError } from 'commander';

/**
 * A commander option parser for a positive whole number.
 * @example program.option('--limit <n>', 'how many', positiveInt)
 */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  return n;
}

/**
 * A commander option parser for a whole number of at least 0 (an offset).
 * @example program.option('--offset <n>', 'skip', nonNegativeInt, 0)
 */
export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number of at least 0, got "${value}"`);
  return n;
}
