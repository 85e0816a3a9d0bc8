/**
 * @module alias-matcher
 * A fast multi-pattern matcher of known names over a token stream: aliases are tokenized once
 * and indexed by their first folded token; matching walks the text's tokens once and tries
 * the candidates of each token longest first, so it is linear in the text's length.
 */
import { tokenize, type Token } from './tokenize.ts';

/** How the case of the text must look for an alias to match. */
export type CasePolicy =
  /** any case ("global development initiative") */
  | 'any'
  /** the first word capitalised or all capitals ("Astana", "ASTANA"), for proper names */
  | 'capitalised'
  /** every letter as in the alias: acronyms ("SCO", not "sco") */
  | 'exact';

export interface AliasEntry<P> {
  readonly alias: string;
  readonly payload: P;
  readonly casePolicy: CasePolicy;
}

export interface AliasMatch<P> {
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
  readonly payloads: readonly P[];
}

interface Pattern<P> {
  readonly norms: readonly string[];
  /** Per token: whether the alias itself joins it to the previous one (false after a comma in the alias). */
  readonly joins: readonly boolean[];
  readonly casePolicy: CasePolicy;
  readonly exact: string;
  readonly payloads: P[];
}

export interface AliasMatcher<P> {
  /** Leftmost-longest, non-overlapping matches over the tokens of `text`. */
  match(text: string, tokens: readonly Token[]): AliasMatch<P>[];
  /** Number of distinct patterns indexed. */
  readonly size: number;
}

/**
 * Builds a matcher from alias entries. Entries with the same folded tokens and case policy
 * share one pattern and all their payloads come back together (ambiguity is the caller's to settle).
 * @example createAliasMatcher([{ alias: 'Kyrgyz Republic', payload: 'country:KG', casePolicy: 'capitalised' }])
 */
export function createAliasMatcher<P>(entries: readonly AliasEntry<P>[]): AliasMatcher<P> {
  const byFirst = new Map<string, Pattern<P>[]>();
  const byKey = new Map<string, Pattern<P>>();
  for (const entry of entries) {
    const aliasTokens = tokenize(entry.alias);
    const norms = aliasTokens.map((t) => t.norm);
    if (!norms.length) continue;
    const exact = entry.casePolicy === 'exact' ? `\u0000${entry.alias}` : '';
    const key = `${entry.casePolicy}\u0000${norms.join(' ')}${exact}`;
    let pattern = byKey.get(key);
    if (!pattern) {
      pattern = {
        norms,
        joins: aliasTokens.map((t) => t.joined),
        casePolicy: entry.casePolicy,
        exact: entry.alias.replace(/[^\p{L}\p{N}]/gu, ''),
        payloads: [],
      };
      byKey.set(key, pattern);
      const list = byFirst.get(norms[0]) ?? [];
      list.push(pattern);
      byFirst.set(norms[0], list);
    }
    if (!pattern.payloads.includes(entry.payload)) pattern.payloads.push(entry.payload);
  }
  const index = new Map<string, Candidates<P>>();
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.norms.length - a.norms.length);
    // Longer patterns are tried first; a pattern of two or more tokens can only fit where its second token follows,
    // so they are looked up by it (keeping their order) and the one-token patterns tried after them.
    const entry: Candidates<P> = { bySecond: new Map(), singles: [] };
    for (const p of list) {
      if (p.norms.length === 1) entry.singles.push(p);
      else {
        const same = entry.bySecond.get(p.norms[1]);
        if (same) same.push(p);
        else entry.bySecond.set(p.norms[1], [p]);
      }
    }
    index.set(first, entry);
  }
  return { match: (text, tokens) => matchAll(index, text, tokens), size: byKey.size };
}

interface Candidates<P> {
  readonly bySecond: Map<string, Pattern<P>[]>;
  readonly singles: Pattern<P>[];
}

function matchAll<P>(index: Map<string, Candidates<P>>, text: string, tokens: readonly Token[]): AliasMatch<P>[] {
  const out: AliasMatch<P>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = index.get(tokens[i].norm);
    let hit: Pattern<P> | undefined;
    if (candidates) hit = firstFit(candidates, text, tokens, i);
    if (hit) {
      const to = i + hit.norms.length;
      out.push({ from: i, to, start: tokens[i].start, end: tokens[to - 1].end, payloads: hit.payloads });
      i = to;
    } else i++;
  }
  return out;
}

function firstFit<P>(c: Candidates<P>, text: string, tokens: readonly Token[], i: number): Pattern<P> | undefined {
  const longer = i + 1 < tokens.length ? c.bySecond.get(tokens[i + 1].norm) : undefined;
  if (longer) for (const p of longer) if (fits(p, text, tokens, i)) return p;
  for (const p of c.singles) if (fits(p, text, tokens, i)) return p;
  return undefined;
}

function fits<P>(p: Pattern<P>, text: string, tokens: readonly Token[], i: number): boolean {
  const n = p.norms.length;
  if (i + n > tokens.length) return false;
  for (let k = 1; k < n; k++) {
    const t = tokens[i + k];
    // Tokens must follow each other with only spaces, dashes or quotes between them, unless
    // the alias itself has a comma there.
    if (t.norm !== p.norms[k] || (!t.joined && p.joins[k])) return false;
  }
  if (p.casePolicy === 'capitalised') {
    // "people's Republic of China" in a careless translation still names the state.
    for (let k = 0; k < n; k++) if (tokens[i + k].cap) return true;
    return false;
  }
  if (p.casePolicy === 'exact') {
    let s = '';
    for (let k = 0; k < n; k++) s += text.slice(tokens[i + k].start, tokens[i + k].end);
    return s.replace(/[^\p{L}\p{N}]/gu, '') === p.exact;
  }
  return true;
}
