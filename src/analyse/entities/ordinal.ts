/**
 * @module ordinal
 * Reads an edition number from one token: ordinal words ("sixth", from the ordinals lexicon),
 * numerals with suffixes ("6th") and Roman numerals printed in capitals ("VI").
 */
import type { Token } from '../../knowledge/tokenize.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** The ordinal a token spells, or undefined. @example ordinalOf({ norm: '6th', … }, lex) === 6 */
export function ordinalOf(t: Token | undefined, lex: EntityLexicons): number | undefined {
  if (!t) return undefined;
  const word = lex.ordinals.get(t.norm);
  if (word) return word;
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(t.norm);
  if (m) return Number(m[1]);
  if ((t.upper || (t.norm.length === 1 && t.cap)) && /^[ivxl]+$/.test(t.norm) && t.norm.length <= 5)
    return roman(t.norm);
  return undefined;
}

function roman(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]],
      next = ROMAN[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}
