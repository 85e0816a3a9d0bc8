/**
 * @module role-after
 * Reads a role printed after a name and a comma ("Murat Nurtleu, Deputy Prime Minister and
 * Minister of Foreign Affairs of Kazakhstan, said").
 */
import { tokenize } from '../../knowledge/tokenize.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';

const ROLE_AFTER_WINDOW = 240;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'to']);

/** The role printed after a name and a comma ("…, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia"). */
export function roleAfter(
  text: string,
  from: number,
  lex: EntityLexicons,
): { role: string; start: number; end: number } | undefined {
  // "Joseph R. Biden Jr., President of …": the name may end on an abbreviation's full stop.
  const gap = /^\.?\s*,\s*/.exec(text.slice(from, from + 5));
  if (!gap) return undefined;
  let tokens = tokenize(text, from + gap[0].length, Math.min(text.length, from + ROLE_AFTER_WINDOW));
  if (tokens[0] && (tokens[0].norm === 'a' || tokens[0].norm === 'the')) tokens = tokens.slice(1);
  let last = -1,
    hasHead = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > 0 && !t.joined) break;
    if (lex.roleHeads.has(t.norm)) {
      hasHead = true;
      last = k;
    } else if (lex.roleModifiers.has(t.norm) || t.cap) last = k;
    // "Chargé d’Affaires": the elided French "de" is a word of its own to the tokenizer.
    else if (!CONNECTORS.has(t.norm) && !(t.norm === 'd' && !t.cap)) break;
    if (k === 0 && !lex.roleHeads.has(t.norm) && !lex.roleModifiers.has(t.norm) && !t.cap) return undefined;
  }
  if (!hasHead || last < 0) return undefined;
  return { role: text.slice(tokens[0].start, tokens[last].end), start: tokens[0].start, end: tokens[last].end };
}
