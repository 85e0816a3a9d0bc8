/**
 * @module head-first-initiative-rule
 * French and Spanish initiatives named head first (`entity-initiative-heads.json` headFirst, filled by the language
 * files): a capitalised head, a connector of the language, then the name. Spanish writes the name in title case
 * ("Alianza para la Resiliencia Climática", "Acuerdo de París"): it ends at the last capitalised word of the run, with
 * "de", "la", "y" inside. French writes it in sentence case ("Partenariat pour la résilience climatique"): it runs
 * over one short noun phrase up to punctuation, a relative pronoun or a verb form (`stops`). The connector is the
 * language's own ("pour", "des", "para", "del"), which English drafting never puts after these heads, so English
 * texts are left to the head-noun rule (`entities:pattern/initiative`, known: false unless the KB lists the name).
 */
import type { HeadFirstLexicon } from '../shared/entity-lexicons.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId, type Mention } from './entity-mention.ts';
import { fold } from '../../knowledge/fold.ts';
import { nameToken } from './pattern-span.ts';
import { addMention, entityRule, listedRecord, spanText, uncover, type EntityRule, type Scan } from './scan.ts';

/** Longest body a name may have after its connector, in tokens. */
const MAX_BODY = 10;
/** Longest lower-case noun phrase of a French name, in tokens. */
const MAX_PHRASE = 7;

/** Adds French and Spanish initiatives named head first. */
export const headFirstInitiativeRule: EntityRule = entityRule(findHeadFirst);

function findHeadFirst(scan: Scan): void {
  const lex = scan.lex.initiativeHeadFirst;
  if (lex.heads.length === 0) return;
  const { tokens } = scan;
  for (let h = 0; h < tokens.length; h++) {
    if (!tokens[h].cap || scan.covered[h] >= 0) continue;
    const head = matchWords(scan, h, lex.heads, true);
    if (head === 0) continue;
    const connector = matchWords(scan, h + head, lex.connectors, false);
    if (connector === 0 || tokens[h + head].cap) continue;
    const to = bodyEnd(scan, lex, h + head + connector);
    if (to < 0 || adopted(scan, lex, h)) continue;
    uncover(scan, h, to);
    addMention(scan, h, to, mentionOf(scan, h, to));
    h = to - 1;
  }
}

/** The initiative tokens `[from, to)` name: the knowledge base's when it lists the name, else a new one. */
function mentionOf(scan: Scan, from: number, to: number): Mention {
  const name = spanText(scan, from, to).replace(/\s+/g, ' ');
  const known = listedRecord(scan, name, 'initiative');
  const fresh = { entityId: newEntityId('initiative', name), type: 'initiative' as const, name, known: false };
  const [start, end] = [scan.tokens[from].start, scan.tokens[to - 1].end];
  return known
    ? { start, end, value: valueOf(known), source: 'entities:pattern/initiative', confidence: 0.85 }
    : { start, end, value: fresh, source: 'entities:pattern/initiative', confidence: 0.5 };
}

/** How many tokens from `k` spell one of `lists` (joined, any case after the first), longest first; 0 if none. */
function matchWords(scan: Scan, k: number, lists: readonly string[][], first: boolean): number {
  const { tokens } = scan;
  const t = tokens[k];
  if (!t || (!first && !t.joined)) return 0;
  // Only the lists opening with this token's word can match: most tokens open none (one lookup, no walk).
  for (const words of byFirstWord(lists).get(t.norm) ?? NONE) {
    let i = 1;
    while (i < words.length && tokens[k + i]?.norm === words[i] && tokens[k + i].joined) i++;
    if (i === words.length) return words.length;
  }
  return 0;
}

const NONE: readonly string[][] = [];
const firstWordIndex = new WeakMap<readonly string[][], Map<string, string[][]>>();

/** The lists by their first word, each word's lists in the order given (longest first). */
function byFirstWord(lists: readonly string[][]): Map<string, string[][]> {
  let index = firstWordIndex.get(lists);
  if (!index) {
    index = new Map();
    for (const words of lists) {
      const same = index.get(words[0]);
      if (same) same.push(words);
      else index.set(words[0], [words]);
    }
    firstWordIndex.set(lists, index);
  }
  return index;
}

/**
 * One past the name's last token when the words from `k` (after the connector) name something, else -1: the
 * capitalised run with its inner connectors ("la Resiliencia Climática", "Los Angeles"), then, or instead, one
 * lower-case noun phrase ("la résilience climatique", "sur la migration et la protection").
 */
function bodyEnd(scan: Scan, lex: HeadFirstLexicon, k: number): number {
  const { tokens } = scan;
  const from = k;
  if (lex.articles.has(tokens[k]?.norm ?? '') && !tokens[k].cap && tokens[k + 1]?.joined) k++;
  if (!tokens[k]?.joined) return -1;
  let last = -1;
  if (nameToken(scan, k)) {
    for (; k < tokens.length && k - from < MAX_BODY && tokens[k].joined; k++) {
      // "… del Caribe y el Acuerdo de París": another head opens another name.
      if (last >= 0 && matchWords(scan, k, lex.heads, true) > 0) break;
      if (nameToken(scan, k)) last = k;
      else if (tokens[k].cap || !lex.inner.has(tokens[k].norm)) break;
    }
    // "Déclaration de Los Angeles sur la migration": a connector after the place opens the subject.
    const more = matchWords(scan, last + 1, lex.connectors, false);
    if (more === 0) return last + 1;
    const phrase = phraseEnd(scan, lex, last + 1 + more);
    return phrase > 0 ? phrase : last + 1;
  }
  return phraseEnd(scan, lex, k);
}

/** One past the last word of a lower-case noun phrase at `k` (its article skipped), or -1 when none starts there. */
function phraseEnd(scan: Scan, lex: HeadFirstLexicon, k: number): number {
  const { tokens } = scan;
  const from = k;
  if (lex.articles.has(tokens[k]?.norm ?? '') && !tokens[k].cap && tokens[k + 1]?.joined) k++;
  const word = (i: number) =>
    !!tokens[i]?.joined &&
    !lex.stops.has(tokens[i].norm) &&
    !lex.inner.has(tokens[i].norm) &&
    /\p{L}/u.test(tokens[i].norm);
  if (!word(k) || tokens[k].cap) return -1;
  let last = -1;
  for (; k < tokens.length && k - from < MAX_PHRASE && tokens[k].joined; k++) {
    if (lex.stops.has(tokens[k].norm)) break;
    if (tokens[k].cap && !nameToken(scan, k)) break;
    if (!lex.inner.has(tokens[k].norm)) last = k;
  }
  return last + 1;
}

/** True when the text adopts or signs the document the name opens ("adoptons la Déclaration de …"): its own text. */
function adopted(scan: Scan, lex: HeadFirstLexicon, h: number): boolean {
  const before = scan.text.slice(Math.max(0, scan.tokens[h].start - 30), scan.tokens[h].start);
  const words = fold(before).match(/\p{L}+/gu) ?? [];
  const cue = lex.articles.has(words.at(-1) ?? '') ? words.at(-2) : words.at(-1);
  return lex.adoption.has(cue ?? '');
}
