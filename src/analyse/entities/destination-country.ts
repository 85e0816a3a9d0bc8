/**
 * @module destination-country
 * "Ambassador of Turkmenistan to China": a country printed after "to" inside a role is where the
 * person serves, not the state they represent.
 */

const TO_BEFORE = /\bto\s+(?:the\s+)?$/i;

/**
 * True when the country mention starting at `start` follows "to (the)". @example isDestination('Ambassador to China',
 * 15)
 */
export function isDestination(text: string, start: number): boolean {
  return TO_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
