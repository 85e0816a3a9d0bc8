/**
 * @module plural
 * A count with its noun in the right number, so no line says "1 clauses".
 */

/** @example plural(1, 'clause') === '1 clause'; plural(3, 'clause') === '3 clauses' */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
