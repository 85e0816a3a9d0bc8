/**
 * @module scan
 * What the entity rules read while reading one document: its tokens, the mentions that the rules before have
 * accepted and which tokens they cover (`ScanState`, read-only). A rule is a pure function from that state to its
 * candidates (`EntityRule`); it works on a private draft (`Scan`, a copy of the state that takes its own candidates
 * as it goes, so that a rule sees what it found itself) and returns the candidates, which `acceptCandidates` decides
 * in one place.
 */
import { fold } from '../../knowledge/fold.ts';
import type { KbRecord } from '../../knowledge/kb-types.ts';
import type { EntityType } from '../../model/layers.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { Token } from '../../knowledge/tokenize.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';
import type { Mention } from './entity-mention.ts';
import { applyCandidate, type Candidate } from './candidate.ts';
import { spellingVariants } from './spelling-variants.ts';

/** A format named over tokens `[from, to)` (kept out of the output; events are linked through them). */
export interface FormatSpan {
  readonly from: number;
  readonly to: number;
  readonly formatId: string;
}

/** The document and what earlier rules accepted. Rules never change it. */
export interface ScanState {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly kb: KnowledgeBase;
  readonly lex: EntityLexicons;
  /** The document's date (meta.published), for choosing among office holders. */
  readonly date: string | undefined;
  readonly mentions: readonly Mention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  readonly covered: Int32Array;
  readonly formats: readonly FormatSpan[];
}

/** A rule's private draft: the state it was given plus its own candidates so far. */
export interface Scan extends ScanState {
  readonly mentions: Mention[];
  readonly formats: FormatSpan[];
  /** What the rule proposes, in the order it found it. */
  readonly candidates: Candidate[];
}

/** An entity rule: the accepted state in, its candidates out. */
export type EntityRule = (accepted: ScanState) => Candidate[];

/** The state before any rule ran. */
export function createScan(
  text: string,
  tokens: readonly Token[],
  kb: KnowledgeBase,
  lex: EntityLexicons,
  date: string | undefined,
): ScanState {
  return { text, tokens, kb, lex, date, mentions: [], covered: new Int32Array(tokens.length).fill(-1), formats: [] };
}

/**
 * Makes an entity rule of a finder that works on a draft: the finder reads the accepted state and its own finds,
 * and the rule returns what it found. @example const fooRule = entityRule(findFoo); fooRule(state)
 */
export function entityRule(find: (draft: Scan) => void): EntityRule {
  return (accepted) => {
    const draft = draftOf(accepted);
    find(draft);
    return draft.candidates;
  };
}

/** A private copy of the state for one rule. */
export function draftOf(state: ScanState): Scan {
  return {
    ...state,
    mentions: [...state.mentions],
    covered: state.covered.slice(),
    formats: [...state.formats],
    candidates: [],
  };
}

/** Proposes a mention over tokens `[from, to)`; `cover` marks its free tokens as taken (later rules skip them). */
export function addMention(scan: Scan, from: number, to: number, mention: Mention, cover = true): void {
  propose(scan, { kind: 'mention', from, to, mention, cover });
}

/** Proposes `mention` in the place of mention `index` (a format's organisation read as its meeting). */
export function replaceMention(scan: Scan, index: number, from: number, to: number, mention: Mention): void {
  propose(scan, { kind: 'replace', index, from, to, mention });
}

/** Proposes to free tokens `[from, to)` for a longer name that takes them over. */
export function uncover(scan: Scan, from: number, to: number): void {
  propose(scan, { kind: 'uncover', from, to });
}

/** Notes a format named over tokens `[from, to)`. */
export function addFormat(scan: Scan, format: FormatSpan): void {
  propose(scan, { kind: 'format', ...format });
}

function propose(scan: Scan, candidate: Candidate): void {
  scan.candidates.push(candidate);
  applyCandidate(scan, candidate);
}

/** The mention covering token `k`, if any. */
export function mentionAt(scan: ScanState, k: number): Mention | undefined {
  const i = k >= 0 && k < scan.covered.length ? scan.covered[k] : -1;
  return i >= 0 ? scan.mentions[i] : undefined;
}

/** The text of tokens `[from, to)` as printed. */
export function spanText(scan: ScanState, from: number, to: number): string {
  return scan.text.slice(scan.tokens[from].start, scan.tokens[to - 1].end);
}

/** True when one mention already spans exactly tokens `[from, to)` (an earlier rule found the name whole). */
export function foundWhole(scan: ScanState, from: number, to: number): boolean {
  const m = mentionAt(scan, from);
  return !!m && m.start === scan.tokens[from].start && m.end === scan.tokens[to - 1].end;
}

/**
 * The first token starting at or after `offset`, -1 when none; a binary search, because rules
 * that map regex matches to tokens would otherwise be quadratic on long documents.
 */
export function firstTokenAtOrAfter(scan: ScanState, offset: number): number {
  let lo = 0,
    hi = scan.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scan.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < scan.tokens.length ? lo : -1;
}

/**
 * The knowledge-base record of that type listed under the whole name, if any. @example listedRecord(scan, 'Astana',
 * 'city')
 */
export function listedRecord(scan: ScanState, name: string, type: EntityType): KbRecord | undefined {
  for (const id of lookupAnySpelling(scan, name)) {
    const rec = scan.kb.byId.get(id);
    if (rec?.type === type) return rec;
  }
  return undefined;
}

/** The ids listed under the name as printed, else under its other English spelling ("Centre" for "Center"). */
export function lookupAnySpelling(scan: ScanState, name: string): readonly string[] {
  const ids = scan.kb.lookup(fold(name));
  if (ids.length) return ids;
  for (const variant of spellingVariants(name, scan.lex.spellings)) {
    const found = scan.kb.lookup(fold(variant));
    if (found.length) return found;
  }
  return ids;
}
