/**
 * @module scan
 * The working state the entity rules share while reading one document: its tokens, the
 * mentions found so far and which tokens they cover. Rules run in order and only add.
 */
import { fold } from '../../knowledge/fold.ts';
import type { KbRecord } from '../../knowledge/kb-types.ts';
import type { EntityType } from '../../model/layers.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { Token } from '../../knowledge/tokenize.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';
import type { Mention } from './entity-mention.ts';

export interface Scan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly kb: KnowledgeBase;
  readonly lex: EntityLexicons;
  /** The document's date (meta.published), for choosing among office holders. */
  readonly date: string | undefined;
  readonly mentions: Mention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  readonly covered: Int32Array;
  /** Format mentions (kept out of the output; events are linked through them). */
  readonly formats: { from: number; to: number; formatId: string }[];
}

/** Creates the scan state. */
export function createScan(
  text: string,
  tokens: readonly Token[],
  kb: KnowledgeBase,
  lex: EntityLexicons,
  date: string | undefined,
): Scan {
  return { text, tokens, kb, lex, date, mentions: [], covered: new Int32Array(tokens.length).fill(-1), formats: [] };
}

/** Records a mention over tokens `[from, to)` and marks them covered (later rules skip them). */
export function addMention(scan: Scan, from: number, to: number, mention: Mention, cover = true): void {
  const index = scan.mentions.push(mention) - 1;
  if (cover) for (let k = from; k < to; k++) if (scan.covered[k] < 0) scan.covered[k] = index;
}

/** The mention covering token `k`, if any. */
export function mentionAt(scan: Scan, k: number): Mention | undefined {
  const i = k >= 0 && k < scan.covered.length ? scan.covered[k] : -1;
  return i >= 0 ? scan.mentions[i] : undefined;
}

/** The text of tokens `[from, to)` as printed. */
export function spanText(scan: Scan, from: number, to: number): string {
  return scan.text.slice(scan.tokens[from].start, scan.tokens[to - 1].end);
}

/** True when one mention already spans exactly tokens `[from, to)` (an earlier rule found the name whole). */
export function foundWhole(scan: Scan, from: number, to: number): boolean {
  const m = mentionAt(scan, from);
  return !!m && m.start === scan.tokens[from].start && m.end === scan.tokens[to - 1].end;
}

/**
 * The first token starting at or after `offset`, -1 when none; a binary search, because rules
 * that map regex matches to tokens would otherwise be quadratic on long documents.
 */
export function firstTokenAtOrAfter(scan: Scan, offset: number): number {
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
export function listedRecord(scan: Scan, name: string, type: EntityType): KbRecord | undefined {
  for (const id of scan.kb.lookup(fold(name))) {
    const rec = scan.kb.byId.get(id);
    if (rec?.type === type) return rec;
  }
  return undefined;
}
