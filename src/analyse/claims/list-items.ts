/**
 * @module list-items
 * Reports list a meeting's outcomes under an intro line ("The leaders signed the following
 * documents:", "Decisions taken at the summit included"), one item a line, each without a full
 * stop. Each item is a claim of the intro's kind: the intro says what was done, the item to what.
 */
import type { ClaimValue } from '../../model/claim.ts';
import { wordCount } from '../shared/word-count.ts';

/** What an intro's claim must be about for its items to be claims: what the meeting adopted or decided. */
const OUTCOMES = new Set<ClaimValue['aspect']>(['adoption', 'agreement']);
/** A line that ends without a sentence's full stop (a list intro or item): nothing, a colon, a semicolon or a comma. */
const OPEN_END = /(?:[:;,]|[^.!?"”»’)\s])\s*$/u;
/** Words a list item has at least ("Charter of the Turkic World;"). */
const MIN_ITEM_WORDS = 3;
/** An item is a name or a short phrase; a longer line ends the list. */
const MAX_ITEM_WORDS = 40;

/** The intro's claim when the line opens a list of outcomes (it ends open), else null. */
export function listIntro(text: string, value: ClaimValue | null): ClaimValue | null {
  return value && OUTCOMES.has(value.aspect) && OPEN_END.test(text) ? value : null;
}

/** Whether a line under an intro is one of its items: short, and the last one may end with a full stop. */
export function isListItem(text: string): boolean {
  const words = wordCount(text);
  return words >= MIN_ITEM_WORDS && words <= MAX_ITEM_WORDS;
}

/** Whether the list goes on after this item (it ends open, not with a full stop). */
export function listGoesOn(text: string): boolean {
  return OPEN_END.test(text);
}
