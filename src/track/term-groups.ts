/**
 * @module term-groups
 * The term groups a promise is found again by: each named anchor is a group (three quarters of
 * its words must co-occur in a document), each topic pair a group of one term (`pair:a b`), and
 * each head of what the act is done to ("exercise" for "hold trilateral exercises") one term:
 * a report of the act done again need share no pair with the promise ("the second exercise
 * of the year began").
 */
import { meetingTerm } from './next-meeting.ts';
import { formOf } from './word-form.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';

/** A term group: the terms of one anchor (enough of which must co-occur) or one topic pair. */
export interface TermGroup {
  readonly terms: readonly string[];
  readonly required: number;
}

export function termGroups(c: TrackedCommitment): TermGroup[] {
  const anchors = c.anchors.map((a) => {
    // Each word once: the term indexes hold a term once per promise and per document, and a
    // group must count the same from either side (issue 10: any arrival order).
    const plain = [...new Set(a.tokens.filter((t) => !/^\d+$/.test(t)))];
    return { terms: plain, required: Math.ceil(plain.length * 0.75) };
  });
  return [
    ...anchors.filter((g) => g.terms.length),
    // An acronym alone names its anchor ("the TTC met").
    ...c.anchors.flatMap((a) => (a.acronym ? [{ terms: [formOf(a.acronym)], required: 1 }] : [])),
    ...c.topics.map((t) => ({ terms: [`pair:${t}`], required: 1 })),
    ...(c.objects ?? []).map((o) => ({ terms: [o], required: 1 })),
    ...(c.acts ?? []).map((a) => {
      const terms = [...new Set(a.split(' '))];
      return { terms, required: Math.min(2, terms.length) };
    }),
    ...(c.meetsAgain && c.format ? [{ terms: [meetingTerm(c.format)], required: 1 }] : []),
  ];
}

/** How many of a promise's groups a document's terms hold in full. */
export function groupsPresent(groups: readonly TermGroup[], terms: ReadonlySet<string>): number {
  return groups.filter((g) => g.terms.filter((t) => terms.has(t)).length >= g.required).length;
}
