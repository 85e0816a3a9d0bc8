/**
 * @module head-first-name-rule
 * French and Spanish names written head first (`entity-initiative-heads.json` headFirst, filled by the language
 * files): a capitalised head, perhaps an adjective or two, a connector of the language, then the name. The head says
 * what is named: an initiative ("Partenariat pour …", "Acuerdo de París"), a body ("Banque africaine de …",
 * "Secretaría General de …") or a meeting ("Conférence des Nations Unies sur …", "Cumbre de …"). Spanish writes the
 * name in title case ("Alianza para la Resiliencia Climática"): it ends at the last capitalised word of the run, with
 * "de", "la", "y" inside. French writes it in sentence case ("Partenariat pour la résilience climatique"): it runs
 * over one short noun phrase up to punctuation, a relative pronoun or a verb form (`stops`). The connector is the
 * language's own ("pour", "des", "d’", "para", "del"), which English drafting never puts after these heads, so English
 * texts are left to the head-noun rules.
 */
import { compileOnce } from '../shared/compile-once.ts';
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
/** Most adjectives between a head and its connector ("Conférence régionale sur …", "Fondo Verde para …"). */
const MAX_MODIFIERS = 2;
/** Most one-word items of a comma list going on a name ("… sûres, ordonnées et régulières"). */
const MAX_LIST = 4;

type HeadType = 'organization' | 'event' | 'initiative';

/** How each type of name is recorded: its rule's source, and its confidence when listed or new. */
const RECORDED: Record<HeadType, { source: string; listed: number; fresh: number }> = {
  initiative: { source: 'entities:pattern/initiative', listed: 0.85, fresh: 0.5 },
  organization: { source: 'entities:pattern/org-suffix', listed: 0.9, fresh: 0.6 },
  event: { source: 'entities:pattern/event', listed: 0.85, fresh: 0.6 },
};

/** Adds French and Spanish initiatives, bodies and meetings named head first. */
export const headFirstNameRule: EntityRule = entityRule(findHeadFirst);

function findHeadFirst(scan: Scan): void {
  const lex = scan.lex.initiativeHeadFirst;
  if (lex.heads.length === 0) return;
  const { tokens } = scan;
  for (let h = 0; h < tokens.length; h++) {
    if (!tokens[h].cap || scan.covered[h] >= 0) continue;
    const head = headAt(scan, lex, h);
    if (!head) continue;
    const at = afterModifiers(scan, lex, h + head.length);
    // "Mécanisme d’évaluation": the elided connector is the first letters of the word it joins.
    const elided = elidedConnector(scan, lex, at);
    const connector = elided ? 0 : matchWords(scan, at, lex.connectors, false);
    if ((connector === 0 && !elided) || tokens[at].cap) continue;
    let to = elided ? phraseEnd(scan, lex, at) : bodyEnd(scan, lex, at + connector);
    if (to < 0 || adopted(scan, lex, h)) continue;
    to = listGoesOn(scan, lex, to);
    uncover(scan, h, to);
    addMention(scan, h, to, mentionOf(scan, h, to, lex.headTypes.get(head.join(' ')) ?? 'initiative'));
    h = to - 1;
  }
}

/** The head's words at `h`, longest first, or undefined. */
function headAt(scan: Scan, lex: HeadFirstLexicon, h: number): readonly string[] | undefined {
  const n = matchWords(scan, h, lex.heads, true);
  return n === 0 ? undefined : scan.tokens.slice(h, h + n).map((t) => t.norm);
}

/** The name of `type` tokens `[from, to)` spell: the knowledge base's when it lists the name, else a new one. */
function mentionOf(scan: Scan, from: number, to: number, type: HeadType): Mention {
  const name = spanText(scan, from, to).replace(/\s+/g, ' ');
  const known = listedRecord(scan, name, type);
  const fresh = { entityId: newEntityId(type, name), type, name, known: false };
  const [start, end] = [scan.tokens[from].start, scan.tokens[to - 1].end];
  const { source, listed, fresh: confidence } = RECORDED[type];
  return known
    ? { start, end, value: valueOf(known), source, confidence: listed }
    : { start, end, value: fresh, source, confidence };
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

/** The lists by their first word, each word's lists in the order given (longest first). */
const byFirstWord = compileOnce((lists: readonly string[][]) => {
  const index = new Map<string, string[][]>();
  for (const words of lists) {
    const same = index.get(words[0]);
    if (same) same.push(words);
    else index.set(words[0], [words]);
  }
  return index;
});

/**
 * Where the connector stands after the head ending before `k`: past one or two adjectives when a connector follows them
 * ("Pacte mondial pour …", "Banco Interamericano de …"; any capitalised word in Spanish title case), else `k`.
 */
function afterModifiers(scan: Scan, lex: HeadFirstLexicon, k: number): number {
  const { tokens } = scan;
  let j = k;
  const modifier = (i: number) =>
    !!tokens[i]?.joined &&
    scan.covered[i] < 0 &&
    (lex.modifiers.has(tokens[i].norm) ||
      (tokens[i].cap && nameToken(scan, i) && matchWords(scan, i, lex.heads, true) === 0));
  while (j - k < MAX_MODIFIERS && modifier(j)) j++;
  if (j === k) return k;
  return matchWords(scan, j, lex.connectors, false) > 0 || elidedConnector(scan, lex, j) ? j : k;
}

/** True when token `k` is a lower-case word joined to an elided connector ("d’évaluation"), read as one word. */
function elidedConnector(scan: Scan, lex: HeadFirstLexicon, k: number): boolean {
  const t = scan.tokens[k];
  if (!t?.joined || t.cap) return false;
  const elision = /^(\p{Ll})['’`]\p{L}/u.exec(scan.text.slice(t.start, t.end));
  return !!elision && lex.connectors.some((c) => c.length === 1 && c[0] === elision[1]);
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
    // "Ministère des Affaires étrangères du …": French puts the adjective after the capitalised noun.
    if (lex.modifiers.has(tokens[last + 1]?.norm ?? '') && tokens[last + 1].joined && !tokens[last + 1].cap)
      return phraseEnd(scan, lex, last + 1);
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
  let joins = false;
  for (; k < tokens.length && k - from < MAX_PHRASE && tokens[k].joined; k++) {
    if (lex.stops.has(tokens[k].norm)) break;
    if (tokens[k].cap && !nameToken(scan, k)) break;
    // "… l’action climatique et le Programme de …", "… sur l’eau et la COP28": a name after "et" is another name.
    if (tokens[k].cap && joins) break;
    if (lex.conjunctions.has(tokens[k].norm)) joins = true;
    else if (!lex.inner.has(tokens[k].norm)) [last, joins] = [k, false];
  }
  // "… sur les réfugiés de 1984": a year after the phrase dates the text, it is not part of its name.
  if (last - 2 >= from && /^(?:19|20)\d\d$/.test(tokens[last].norm) && lex.inner.has(tokens[last - 1].norm)) last -= 2;
  return last + 1;
}

/**
 * One past a comma list of one-word items that goes on the name ending before `to` and is closed by a conjunction
 * ("… pour des migrations sûres, ordonnées et régulières", "… Segura, Ordenada y Regular"), else `to`.
 */
function listGoesOn(scan: Scan, lex: HeadFirstLexicon, to: number): number {
  const { tokens, text } = scan;
  const last = tokens[to - 1];
  const item = (i: number) =>
    !!tokens[i] &&
    scan.covered[i] < 0 &&
    tokens[i].cap === last.cap &&
    /\p{L}/u.test(tokens[i].norm) &&
    !lex.stops.has(tokens[i].norm) &&
    !lex.inner.has(tokens[i].norm);
  let k = to;
  while (k - to < MAX_LIST * 2 && /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k]?.start ?? 0)) && item(k)) {
    k++;
    const conj = tokens[k];
    if (conj?.joined && lex.conjunctions.has(conj.norm) && tokens[k + 1]?.joined && item(k + 1)) return k + 2;
  }
  return to;
}

/** True when the text adopts or signs the document the name opens ("adoptons la Déclaration de …"): its own text. */
function adopted(scan: Scan, lex: HeadFirstLexicon, h: number): boolean {
  const before = scan.text.slice(Math.max(0, scan.tokens[h].start - 30), scan.tokens[h].start);
  const words = fold(before).match(/\p{L}+/gu) ?? [];
  const cue = lex.articles.has(words.at(-1) ?? '') ? words.at(-2) : words.at(-1);
  return lex.adoption.has(cue ?? '');
}
