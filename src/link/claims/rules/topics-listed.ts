/**
 * @module topics-listed
 * Rule `topics-listed`: news sums a communiqué up as a list of its topics ("the talks focused on
 * political dialogue, trade, transport connectivity and security"). Such a claim of the meeting
 * is supported when most of its listed items each find a clause that covers them; the evidence
 * is those clauses. One item's clause cannot speak for the rest, so few or poorly covered items
 * leave the claim to the other rules.
 */
import type { RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import { conjunctions } from './listed-together.ts';
import type { VerdictRule } from './verdict-rule.ts';

/** Items a list must have to be a summary of topics. */
const MIN_ITEMS = 3;
/** Share of an item's (rarity-weighted) words its best clause must hold. */
const ITEM_COVERED = 0.4;
/** Share of the items that must be covered. */
const MOST = 0.6;
/** An item needs this many words to be a topic rather than a connective ("also", "as well"). */
const ITEM_WORDS = 2;

export const topicsListed: VerdictRule = {
  name: 'topics-listed',
  decide: ({ claim, record }) => {
    if (claim.claim.value.attributedTo === 'participant') return null;
    const items = listItems(claim.text);
    if (items.length < MIN_ITEMS) return null;
    const found: RetrievalUnit[] = [];
    let covered = 0;
    for (const item of items) {
      const [best] = record.index.candidates({ text: item, meetingId: record.meetingId }, 1);
      if (!best || best.coverage < ITEM_COVERED) continue;
      covered++;
      if (!found.some((u) => u.id === best.unit.id)) found.push(best.unit);
    }
    if (covered < Math.ceil(items.length * MOST)) return null;
    const clauses = [...new Set(found.map((u) => u.clause))];
    return {
      verdict: 'supported',
      evidence: found,
      differences: [],
      note: `${covered} of ${items.length} topics listed are in clauses ${clauses.join(', ')}`,
      confidence: 0.55,
    };
  },
};

/** The items of the sentence's list: parts between commas, semicolons and list conjunctions. */
function listItems(text: string): string[] {
  const words = conjunctions()
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const separator = new RegExp(`[,;]\\s*(?:(?:${words})\\s+)?|\\s+(?:${words})\\s+`, 'iu');
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length >= ITEM_WORDS);
}
