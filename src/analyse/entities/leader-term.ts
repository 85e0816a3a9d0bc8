/**
 * @module leader-term
 * "The Biden-Harris Administration", "the Albanese Government": a leader's term of office named by the leader's
 * surname, not a body. The surnames are those of the people the knowledge base knows.
 */
import type { PersonRecord } from '../../knowledge/kb-types.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { skeletonWord } from '../../knowledge/name-skeleton.ts';
import type { Scan } from './scan.ts';

const familyNames = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/**
 * True when the name `[from, head]` is a leader-named head after nothing but surnames, the first a known person's.
 * @example "Biden-Harris Administration" → true; "Federal Aviation Administration" → false
 */
export function namesLeaderTerm(scan: Scan, from: number, head: number): boolean {
  if (from >= head || !scan.lex.orgLeaderNamedHeads.has(scan.tokens[head].norm)) return false;
  const before = scan.text.slice(scan.tokens[from].start, scan.tokens[head - 1].end);
  if (!/^\p{Lu}[\p{L}'’]+(?:[-–]\p{Lu}[\p{L}'’]+)*$/u.test(before)) return false;
  return surnamesOf(scan.kb).has(skeletonWord(before.split(/[-–]/)[0]));
}

function surnamesOf(kb: KnowledgeBase): ReadonlySet<string> {
  let names = familyNames.get(kb);
  if (!names) {
    names = new Set(
      kb
        .records()
        .filter((r): r is PersonRecord => r.type === 'person' && !!(r as PersonRecord).familyName)
        .map((r) => skeletonWord(r.familyName)),
    );
    familyNames.set(kb, names);
  }
  return names;
}
