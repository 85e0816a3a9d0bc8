/**
 * @module candidate
 * What an entity rule proposes, and the one place that decides it: `applyCandidate` and `acceptCandidates`. The
 * policy is the one the rules were tuned with: every mention is kept, and a token belongs to the first mention
 * accepted over it (earlier rules, then earlier finds of a rule: the rule order is the tie-break), so later rules
 * read it as taken; a rule replaces or frees tokens only by proposing so.
 */
import type { Mention } from './entity-mention.ts';

/** A candidate of an entity rule: a span of tokens with the mention (entity, rule, confidence) it names. */
export type Candidate =
  | { readonly kind: 'mention'; readonly from: number; readonly to: number; readonly mention: Mention; cover: boolean }
  | {
      readonly kind: 'replace';
      readonly index: number;
      readonly from: number;
      readonly to: number;
      readonly mention: Mention;
    }
  | { readonly kind: 'uncover'; readonly from: number; readonly to: number }
  | { readonly kind: 'format'; readonly from: number; readonly to: number; readonly formatId: string };

/** The parts of a state that decisions make, as rules read them. */
export interface Decided {
  readonly mentions: readonly Mention[];
  readonly covered: Int32Array;
  readonly formats: readonly { from: number; to: number; formatId: string }[];
}

/** The parts of a state a decision changes. */
export interface Accepted {
  readonly mentions: Mention[];
  readonly covered: Int32Array;
  readonly formats: { from: number; to: number; formatId: string }[];
}

/**
 * The state after a rule: the earlier state with the rule's candidates decided, in order (a new object; the earlier
 * state is left as it was). @example state = acceptCandidates(state, aliasRule(state))
 */
export function acceptCandidates<S extends Decided>(state: S, candidates: readonly Candidate[]): S {
  if (!candidates.length) return state;
  const next = { ...state, mentions: [...state.mentions], covered: state.covered.slice(), formats: [...state.formats] };
  for (const c of candidates) applyCandidate(next, c);
  return next;
}

/** Decides one candidate: a mention takes the free tokens of its span (the first mention over a token keeps it). */
export function applyCandidate(state: Accepted, c: Candidate): void {
  switch (c.kind) {
    case 'mention': {
      const index = state.mentions.push(c.mention) - 1;
      if (c.cover) for (let k = c.from; k < c.to; k++) if (state.covered[k] < 0) state.covered[k] = index;
      return;
    }
    case 'replace':
      state.mentions[c.index] = c.mention;
      for (let k = c.from; k < c.to; k++)
        if (state.covered[k] < 0 || state.covered[k] === c.index) state.covered[k] = c.index;
      return;
    case 'uncover':
      for (let k = c.from; k < c.to; k++) state.covered[k] = -1;
      return;
    case 'format':
      state.formats.push({ from: c.from, to: c.to, formatId: c.formatId });
      return;
  }
}
