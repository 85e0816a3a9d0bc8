/**
 * @module topics-listed
 * Rule `topics-listed`: news sums a communiqué up as a list of its topics ("the talks focused on
 * political dialogue, trade, transport connectivity and security"). Such a claim of the meeting
 * is supported when most of its listed items each find a clause that covers them; the evidence
 * is those clauses. One item's clause cannot speak for the rest, so few or poorly covered items
 * leave the claim to the other rules. An item that names a person or a place ("where the two
 * ministers met in Almaty") tells who or where, not a topic, so it is no item of the list.
 */
import type { RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import { conjunctions } from './listed-together.ts';
import type { CheckedClaim } from '../claim-facts.ts';
import type { MeetingRecord } from '../meeting-record.ts';
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
    const { items, covered, found } = coveredItems(claim, record, 0);
    if (!isTopicList({ items, covered })) return null;
    const clauses = [...new Set(found.map((u) => u.clause))];
    return {
      verdict: 'supported',
      evidence: found,
      differences: [],
      note: `${covered} of ${items} topics listed are in clauses ${clauses.join(', ')}`,
      confidence: 0.55,
    };
  },
};

/** Whether the claim lists enough items, most of them covered, to be a summary of topics. */
export function isTopicList({ items, covered }: { items: number; covered: number }): boolean {
  return items >= MIN_ITEMS && covered >= Math.ceil(items * MOST);
}

/**
 * The list items of the claim's text from `from` on, how many a clause covers, and those clauses.
 * @example coveredItems(claim, record, 0).found.map((u) => u.clause)
 */
export function coveredItems(
  claim: CheckedClaim,
  record: MeetingRecord,
  from: number,
): { items: number; covered: number; found: RetrievalUnit[] } {
  const items = listItems(claim.text.slice(from))
    .map((item) => ({ ...item, start: item.start + from }))
    .filter((item) => !namesSomeone(claim, item));
  // Each item's passages that cover it, best ranked first.
  const covering = items.map((item) =>
    record.index
      .candidates({ text: item.text, meetingId: record.meetingId }, ITEM_CANDIDATES)
      .filter((c) => c.coverage >= ITEM_COVERED),
  );
  // A passage that covers several items is the document's own summary of them ("reinforcing food
  // security and enhancing climate resilience"): it is cited beside the passage that treats each
  // item at length.
  const itemsOf = new Map<string, number>();
  for (const list of covering) for (const c of list) itemsOf.set(c.unit.id, (itemsOf.get(c.unit.id) ?? 0) + 1);
  const found: RetrievalUnit[] = [];
  const cite = (u: RetrievalUnit) => found.some((f) => f.id === u.id) || found.push(u);
  let covered = 0;
  for (const list of covering) {
    if (!list.length) continue;
    covered++;
    cite(list[0].unit);
    const most = Math.max(...list.map((c) => itemsOf.get(c.unit.id)!));
    if (most >= SUMMARY_ITEMS) cite(list.find((c) => itemsOf.get(c.unit.id) === most)!.unit);
  }
  return { items: items.length, covered, found };
}

/** Items a passage must cover to be the document's summary of the list. */
const SUMMARY_ITEMS = 2;

/** Passages looked at per item (the summary passage need not be an item's best). */
const ITEM_CANDIDATES = 5;

/** Mentions that are no topic: people and places. */
const NOT_TOPICS = new Set(['person', 'city']);

/** Whether the item names a person or a city the claim mentions. */
function namesSomeone(claim: CheckedClaim, item: ListItem): boolean {
  const from = claim.claim.start + item.start;
  const to = from + item.text.length;
  return claim.mentions.some((m) => NOT_TOPICS.has(m.value.type) && m.start < to && m.end > from);
}

interface ListItem {
  text: string;
  /** Offset in the claim's text. */
  start: number;
}

/** The items of the sentence's list: parts between commas, semicolons and list conjunctions. */
function listItems(text: string): ListItem[] {
  const words = conjunctions()
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const separator = new RegExp(`[,;]\\s*(?:(?:${words})\\s+)?|\\s+(?:${words})\\s+`, 'iu');
  const items: ListItem[] = [];
  let at = 0;
  for (const part of text.split(separator)) {
    const start = text.indexOf(part, at);
    at = start + part.length;
    const trimmed = part.trim();
    if (trimmed.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length < ITEM_WORDS) continue;
    items.push({ text: trimmed, start: start + part.indexOf(trimmed) });
  }
  return items;
}
