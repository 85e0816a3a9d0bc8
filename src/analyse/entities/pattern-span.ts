/**
 * @module pattern-span
 * Grows the span of a name around its head noun: left over capitalised words (and names
 * already found, "China–Central Asia Business Council"), right over "of/for/on/in (the)"
 * followed by capitalised words ("Anti-Drug Center of the Shanghai Cooperation Organization").
 */
import type { Scan } from './scan.ts';

const RIGHT_CONNECTORS = new Set(['of', 'for', 'on', 'in', 'and']);
const MAX_SPAN = 20;

/** True when token k can be part of a capitalised name (a capitalised word, a digit, `+`, or a found name). */
export function nameToken(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t) return false;
  if (scan.covered[k] >= 0) return scan.mentions[scan.covered[k]].value.type !== 'person';
  return (t.cap && !scan.lex.openers.has(t.norm)) || t.norm === '+' || /^\d+(st|nd|rd|th)?$/.test(t.norm);
}

/**
 * The first token at or after `from` (and before `head`) that is no article: "the", or a French or Spanish one no
 * other rule has read ("La Conférence", "Le Secrétariat" open a sentence, not a name; "La Serena" is a city's).
 */
export function pastArticles(scan: Scan, from: number, head: number): number {
  const articles = scan.lex.initiativeHeadFirst.articles;
  const article = (k: number) =>
    scan.tokens[k].norm === 'the' || (scan.covered[k] < 0 && articles.has(scan.tokens[k].norm));
  while (from < head && article(from)) from++;
  return from;
}

/**
 * First token of the name ending at `head`, walking left while tokens join and look like name words; with `andJoins`,
 * over "and" between two plain words ("Trade and Investment Dialogue"): programmes and events are named so, while
 * bodies so named are most often listed ("Food and Agriculture Organization").
 */
export function growLeft(scan: Scan, head: number, andJoins = false): number {
  let from = head;
  for (;;) {
    while (from > 0 && head - from < MAX_SPAN && leftJoined(scan, from) && nameToken(scan, from - 1)) {
      // "USAID’s Coastal Fisheries Initiative": a body's possessive says whose the name is, not what it is called.
      if (possessiveOfBody(scan, from - 1)) break;
      from--;
    }
    // "Trade and Investment Dialogue", "Peace and Security Council": "and" between two plain words of the name.
    if (andJoins && from > 1 && head - from < MAX_SPAN - 2 && wordsAround(scan, from, 'and')) from -= 2;
    // "Financing for Development Conference", "Food for Progress Program": "for" between two plain words.
    else if (andJoins && from > 1 && head - from < MAX_SPAN - 2 && wordsAround(scan, from, 'for')) from -= 2;
    // "Women and the Economy Forum": a one-word subject "and the" another opens the name.
    else if (andJoins && from > 2 && head - from < MAX_SPAN - 3 && andTheBetweenWords(scan, from)) from -= 3;
    else return from;
  }
}

// True when token k is a body's name in the possessive ("APEC’s", "the State Department’s").
function possessiveOfBody(scan: Scan, k: number): boolean {
  const i = scan.covered[k];
  return scan.tokens[k].possessive && i >= 0 && scan.mentions[i].value.type === 'organization';
}

// True when "<word> <connector>" precedes token k, both words plain capitalised words no rule has read (a list of
// found names, "Kazakhstan and Uzbekistan …", is not one name).
function wordsAround(scan: Scan, k: number, connector: string): boolean {
  const { tokens } = scan;
  return (
    tokens[k - 1].norm === connector &&
    tokens[k].joined &&
    tokens[k - 1].joined &&
    !tokens[k - 2].possessive &&
    plainWord(scan, k) &&
    plainWord(scan, k - 2)
  );
}

// True when "<word> and the" precedes token k and the word opens the name: a plain capitalised word after no other.
function andTheBetweenWords(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  return (
    tokens[k - 1].norm === 'the' &&
    tokens[k - 2].norm === 'and' &&
    tokens[k].joined &&
    tokens[k - 1].joined &&
    tokens[k - 2].joined &&
    !tokens[k - 3].possessive &&
    plainWord(scan, k) &&
    plainWord(scan, k - 3) &&
    !(tokens[k - 3].joined && nameToken(scan, k - 4))
  );
}

// Token i is a capitalised word no rule has read, and no function word.
function plainWord(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  return !!t && t.cap && scan.covered[i] < 0 && !scan.lex.openers.has(t.norm);
}

// Token k runs on from the one before: joined, inside one mention ("U.S"), or after an abbreviated country's stop.
function leftJoined(scan: Scan, k: number): boolean {
  const { covered } = scan;
  return (
    scan.tokens[k].joined || (covered[k] >= 0 && covered[k] === covered[k - 1]) || afterAbbreviatedCountry(scan, k)
  );
}

/**
 * One past the last token of the name whose head is at `head`; "in …" only where `allowIn`
 * ("Consulate General of Kazakhstan in Guangzhou"); with `looseAnd`, "and" may add one last
 * capitalised word ("… for Strategic Dialogue and Cooperation").
 */
export function growRight(scan: Scan, head: number, allowIn = false, looseAnd = false): number {
  let to = connectRight(scan, head, head + 1, allowIn, looseAnd);
  // A comma list may close and the name go on ("… of Industry, Trade and Tourism of Kazakhstan").
  for (let listed = commaList(scan, to, head); to > head + 1 && listed > to; listed = commaList(scan, to, head)) {
    to = connectRight(scan, head, listed, allowIn, looseAnd);
  }
  return to;
}

// Extends `[head, to)` over connectors followed by capitalised words.
function connectRight(scan: Scan, head: number, start: number, allowIn: boolean, looseAnd: boolean): number {
  const { tokens } = scan;
  let to = start;
  while (to < tokens.length && to - head < MAX_SPAN) {
    const c = tokens[to];
    if (!c.joined || tokens[to - 1].possessive || !RIGHT_CONNECTORS.has(c.norm)) break;
    // "in Astana" after a summit says where it was, not what it is called.
    if (c.norm === 'in' && !allowIn) break;
    let k = to + 1;
    // "Consulate General of Kazakhstan in Urumqi": "in" adds one place, never "in the …".
    if (c.norm === 'in' && !placeAt(scan, k)) break;
    // "… of Kazakhstan and the Regional AI Center" lists two names.
    if (c.norm === 'and' && tokens[k]?.norm === 'the') break;
    // "… Aviation Organisation and International Maritime Organisation": a name with its own head is another name.
    if (c.norm === 'and' && headedRun(scan, k, head)) break;
    if (tokens[k]?.norm === 'the' && tokens[k].joined) k++;
    if (!tokens[k]?.joined || !nameToken(scan, k)) break;
    // "Leaders’ Meeting on 24 April": a number after "on" is a date.
    if (c.norm === 'on' && /^\d/.test(tokens[k].norm)) break;
    // "and" joins a known name ("… for Central Asia and Afghanistan") or two capitalised words.
    if (
      c.norm === 'and' &&
      scan.covered[k] < 0 &&
      !(tokens[k + 1]?.joined && nameToken(scan, k + 1)) &&
      !(looseAnd && to - head > 1)
    )
      break;
    while (k < tokens.length && tokens[k].joined && nameToken(scan, k) && k - head < MAX_SPAN) k++;
    to = k;
  }
  return to;
}

// True when the capitalised run from token k ends in the same head noun as the name it follows (or a head of the same
// kind: two programmes, two bodies), or in the name of a body, a programme or an event already found.
function headedRun(scan: Scan, k: number, head: number): boolean {
  const { tokens } = scan;
  let last = k;
  while (last + 1 < tokens.length && tokens[last + 1].joined && nameToken(scan, last + 1) && last - head < MAX_SPAN)
    last++;
  const found = scan.covered[last] >= 0 ? scan.mentions[scan.covered[last]].value.type : undefined;
  if (found) return found === 'organization' || found === 'initiative' || found === 'event';
  // "… Framework Arrangement and Expanded Economic Engagement Workplan": another head of the same kind, another name.
  // A weak head needs two words before it to stand alone ("… Framework and Action Plan" is one name).
  const a = tokens[last].norm;
  const b = tokens[head].norm;
  const { initiativeTails: programmes, orgHeads: bodies, initiativeWeakHeads, orgWeakHeads } = scan.lex;
  const alone = last - k >= (initiativeWeakHeads.has(a) || orgWeakHeads.has(a) ? 2 : 1);
  return a === b || (alone && ((programmes.has(a) && programmes.has(b)) || (bodies.has(a) && bodies.has(b))));
}

/**
 * "Ministry of Industry, Trade and Tourism", "Initiative on Water, Energy and Climate Change":
 * after "of/on/for …", a comma list of plain capitalised words closed by "and" continues the
 * name. Names already found (countries, cities) end it: "of Kazakhstan, Kyrgyzstan and …" lists states.
 */
function commaList(scan: Scan, to: number, head: number): number {
  const { tokens, text } = scan;
  const plain = (k: number) =>
    !!tokens[k] && tokens[k].cap && scan.covered[k] < 0 && !scan.lex.openers.has(tokens[k].norm);
  if (scan.covered[to - 1] >= 0) return to;
  let k = to;
  while (
    k < tokens.length &&
    k - head < MAX_SPAN &&
    /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
    plain(k)
  ) {
    k++;
    while (k < tokens.length && tokens[k].joined && plain(k)) k++;
    const and = tokens[k];
    if (and?.norm === 'and' && and.joined && tokens[k + 1]?.joined && plain(k + 1)) {
      k += 2;
      while (k < tokens.length && tokens[k].joined && plain(k)) k++;
      return k;
    }
  }
  return to;
}

// A place after "in": a city or country already found, or one capitalised word that ends the name.
function placeAt(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t?.joined) return false;
  const m = scan.covered[k] >= 0 ? scan.mentions[scan.covered[k]] : undefined;
  if (m) return m.value.type === 'city' || m.value.type === 'country';
  const next = scan.tokens[k + 1];
  return t.cap && !scan.lex.openers.has(t.norm) && !(next?.joined && next.cap);
}

/** True when token `k` follows an abbreviated country and its full stop ("U.S. Vice …", "U.S. Summit"). */
export function afterAbbreviatedCountry(scan: Scan, k: number): boolean {
  const m = scan.covered[k - 1] >= 0 ? scan.mentions[scan.covered[k - 1]] : undefined;
  return m?.value.type === 'country' && afterAbbreviation(scan, k);
}

/**
 * True when token `k` follows a one- or two-letter abbreviation's full stop and a space or one line break
 * ("U.S. Summit", "U.S.\nStrategic Partnership" in a wrapped text).
 */
export function afterAbbreviation(scan: Scan, k: number): boolean {
  const before = scan.tokens[k - 1];
  return (
    !!before &&
    before.dotAfter &&
    before.norm.length <= 2 &&
    /^\.(?:[ \t]+|[ \t]*\n[ \t]*)$/.test(scan.text.slice(before.end, scan.tokens[k].start))
  );
}
