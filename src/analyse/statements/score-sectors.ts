/**
 * @module score-sectors
 * The sectors a statement is about: each sector's terms (data/lexicons/sectors.json) are summed
 * by weight and a sector counts when it reaches the threshold, so one generic word ("economy",
 * "global") does not assign a sector alone. Nothing found → the default (political).
 */
import { SECTORS, type Sector } from '../../model/layers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { createTermScanner, type TermScanner } from '../shared/term-scanner.ts';
import { foldSide } from './format-sides.ts';

/** A compiled lexicon term: its sector and weight, whether it names a theatre of war or a war aim. */
export interface Term {
  readonly sector: Sector;
  readonly weight: number;
  readonly theatre: boolean;
  /** A frame of reference (see the lexicon's `frames`): it takes its words from other terms and counts for nothing. */
  readonly frame: boolean;
  /** The index of the lexicon's `absorbed` rule the term falls under, -1 for none. */
  readonly absorbedBy: number;
  /** The same term listed under other sectors: it counts for each ("WTO" is trade and a multilateral body). */
  readonly also: readonly Term[];
}
interface Compiled {
  scanner: TermScanner;
  terms: Term[];
}
/** A hyphen and a capital after a term: the term is part of a name ("ASEAN-U.S."), see `compiled`. */
const NAME_AFTER = /^-\p{Lu}/u;
/** The two term scanners of a lexicon, built once per lexicon object: these are the analysis' largest alternations. */
const cache = new WeakMap<object, { ci: Compiled; cs: Compiled }>();
const NO_SIDES: ReadonlySet<string> = new Set();

/**
 * Sectors of a text, in the GUIDE's order; `fallback` (default: the lexicon's) when none is reached, `null` for none.
 * `sides`: the folded names of the organisations the document's format joins as a side (see format-sides).
 * @example scoreSectors('cooperation in trade and customs', lexicons) → ['trade']
 */
export function scoreSectors(
  text: string,
  lexicons: Pick<Lexicons, 'sectors'>,
  fallback: Sector | null = lexicons.sectors.default,
  sides: ReadonlySet<string> = NO_SIDES,
): Sector[] {
  const lex = lexicons.sectors;
  const score = sectorScores(text, lexicons, sides);
  const out = SECTORS.filter((s) => (score.get(s) ?? 0) >= lex.threshold);
  return out.length || !fallback ? out : [fallback];
}

/**
 * Each sector's summed term weight in a text (sectors without a term absent), in the GUIDE's order.
 * @example sectorScores('trade and customs', lexicons).get('trade') === 2
 */
export function sectorScores(
  text: string,
  lexicons: Pick<Lexicons, 'sectors'>,
  sides: ReadonlySet<string> = NO_SIDES,
): Map<Sector, number> {
  const score = new Map<Sector, number>();
  let theatre = 0;
  const absorbable = new Map<number, number>();
  for (const { term: t } of sectorTerms(text, lexicons, sides)) {
    if (t.theatre) theatre += t.weight;
    else score.set(t.sector, (score.get(t.sector) ?? 0) + t.weight);
    if (t.absorbedBy >= 0) absorbable.set(t.absorbedBy, (absorbable.get(t.absorbedBy) ?? 0) + t.weight);
  }
  addTheatres(score, theatre, absorbable, lexicons.sectors);
  absorb(score, absorbable, lexicons.sectors);
  return new Map(SECTORS.filter((s) => score.has(s)).map((s) => [s, score.get(s) ?? 0]));
}

/**
 * The lexicon terms found in a text, each once however often it occurs (for scoring, and for listing why a sector
 * was given: scripts/wide/sector-reference-misses.ts). A multilateral term that names a side of the format
 * (`sides`) is the partner, not a body the parties act in, and does not count.
 * @example sectorTerms('trade and customs', lexicons).map((m) => m.words) → ['trade', 'customs']
 */
export function sectorTerms(
  text: string,
  lexicons: Pick<Lexicons, 'sectors'>,
  sides: ReadonlySet<string> = NO_SIDES,
): { words: string; term: Term }[] {
  const out: { words: string; term: Term }[] = [];
  const { ci, cs } = compiled(lexicons.sectors);
  const phrases = ci.scanner.scan(text);
  for (const c of [ci, cs]) {
    const seen = new Set<number>();
    for (const { term: i, index, text: words } of c.scanner.scan(text)) {
      // An acronym inside a longer term is part of it: "UN" in "the relevant UN Security Council resolutions".
      if (c === cs && within(phrases, index, words.length)) continue;
      if (c.terms[i].frame) continue;
      const after = text.slice(index + words.length, index + words.length + 40);
      if (seen.has(i) || NAME_AFTER.test(after) || opensName(words, after, lexicons.sectors)) continue;
      if (sides.size && c.terms[i].sector === 'multilateral' && isSide(text, index, words, sides, lexicons.sectors))
        continue;
      seen.add(i);
      out.push({ words, term: c.terms[i] }, ...c.terms[i].also.map((term) => ({ words, term })));
    }
  }
  return out;
}

/** Whether the span at `index` lies inside one of the (left-to-right) matches. */
function within(matches: readonly { index: number; text: string }[], index: number, length: number): boolean {
  for (const m of matches) {
    if (m.index > index) return false;
    if (index + length <= m.index + m.text.length) return true;
  }
  return false;
}

/**
 * The term opens the name of a thing of its own ("the ASEAN Power Grid", "the ASEAN Smart Cities Network"): a listed
 * term (`nameOpeners`) before a capitalised word that is not one of the body's own ("ASEAN Member States").
 */
function opensName(words: string, after: string, lex: Lexicons['sectors']): boolean {
  const o = lex.nameOpeners;
  const next = CAPITALISED_NEXT.exec(after)?.[1];
  return !!o && !!next && o.terms.includes(words) && !o.except.includes(next);
}

/**
 * The term names a side of the format as the partner (see the lexicon's `formatSides`): "ASEAN's efforts",
 * "Pacific Islands Forum members", "the U.S. – Pacific Islands Forum Summit".
 */
function isSide(text: string, index: number, words: string, sides: ReadonlySet<string>, lex: Lexicons['sectors']) {
  const fs = lex.formatSides;
  if (!fs || !sides.has(foldSide(words))) return false;
  let re = sideCache.get(fs);
  if (!re) {
    re = {
      after: new RegExp(`^(?:${fs.after.join('|')})`, 'iu'),
      before: new RegExp(`(?:${fs.before.join('|')})$`, 'u'),
    };
    sideCache.set(fs, re);
  }
  const end = index + words.length;
  return re.after.test(text.slice(end, end + 40)) || re.before.test(text.slice(Math.max(0, index - 24), index));
}
const sideCache = new WeakMap<object, { after: RegExp; before: RegExp }>();
/** A module constant: the sources' build turns a `\p{…}` regex literal into a `new RegExp(…)` at every call. */
const CAPITALISED_NEXT = /^\s+(\p{Lu}\p{Ll}+)/u;

/**
 * Takes the weight of absorbed terms off their sector where the rule's sector (or any other) is reached: "defend
 * its sovereignty" in a statement on war is the war's aim, "a partnership to increase food production" is about food.
 */
function absorb(score: Map<Sector, number>, absorbable: Map<number, number>, lex: Lexicons['sectors']): void {
  const reached = [...score].filter(([, v]) => v >= lex.threshold).map(([s]) => s);
  for (const [i, weight] of absorbable) {
    const rule = lex.absorbed![i];
    if (!reached.some((s) => s !== rule.sector && (rule.by === 'other' || s === rule.by))) continue;
    const left = (score.get(rule.sector) ?? 0) - weight;
    if (left > 0) score.set(rule.sector, left);
    else score.delete(rule.sector);
  }
}

/**
 * Adds the weight of theatre names to their sector where they count (see the lexicon's `theatres`): beside the
 * sector's own terms, or when no other sector is reached but by the war's aims ("support Ukraine's sovereignty").
 */
function addTheatres(
  score: Map<Sector, number>,
  theatre: number,
  absorbable: Map<number, number>,
  lex: Lexicons['sectors'],
): void {
  const th = lex.theatres;
  if (!theatre || !th) return;
  // Weight per sector that the theatre's sector would absorb (sovereignty, peace …: a war's aims, not a topic).
  const aims = new Map<Sector, number>();
  for (const [i, weight] of absorbable) {
    const rule = lex.absorbed![i];
    if (rule.by === th.sector) aims.set(rule.sector, (aims.get(rule.sector) ?? 0) + weight);
  }
  // "Financing to Ukraine" is finance, "Ukraine's path to EU accession" political: a theatre's name counts beside
  // its sector's own terms, or where nothing but a war's aims is reached.
  const other = [...score].some(([s, v]) => s !== th.sector && v - (aims.get(s) ?? 0) >= lex.threshold);
  if (score.has(th.sector) || !other) score.set(th.sector, (score.get(th.sector) ?? 0) + theatre);
}

function compiled(lex: Lexicons['sectors']): { ci: Compiled; cs: Compiled } {
  let c = cache.get(lex);
  if (!c) {
    const ci: Compiled['terms'] = [],
      cs: Compiled['terms'] = [];
    const ciSrc: string[] = [],
      csSrc: string[] = [];
    // Longest terms first: at one position the alternation takes its first matching term, so "peace and security"
    // (security) must come before "peace" (political), whichever sector is listed first.
    const all = [
      ...SECTORS.flatMap((sector) =>
        (lex.sectors[sector] ?? []).map(([term, weight]) => ({
          sector,
          term,
          weight,
          theatre: false,
          frame: false,
          absorbedBy: (lex.absorbed ?? []).findIndex((a) => a.sector === sector && a.terms.includes(term)),
        })),
      ),
      ...(lex.theatres?.terms ?? []).map(([term, weight]) => ({
        sector: lex.theatres!.sector,
        term,
        weight,
        theatre: true,
        frame: false,
        absorbedBy: -1,
      })),
      ...(lex.frames?.terms ?? []).map((term) => ({
        sector: lex.default,
        term,
        weight: 0,
        theatre: false,
        frame: true,
        absorbedBy: -1,
      })),
    ];
    all.sort((a, b) => reach(b.term) - reach(a.term));
    // A term listed under several sectors is one alternative that counts for each of them (at a position only one
    // alternative can match, so a second listing would never be reached).
    const first = new Map<string, Term & { also: Term[] }>();
    // Given to the scanners apart: the same in every term, it would be compiled into each of them.
    const notFollowedBy = lex.compoundModifiers?.words.length
      ? `-(?:${lex.compoundModifiers.words.join('|')})\\b`
      : undefined;
    for (const { sector, term, weight, theatre, frame, absorbedBy } of all) {
      const compiledTerm = { sector, weight, theatre, frame, absorbedBy, also: [] as Term[] };
      const key = `${theatre}:${frame}:${term}`;
      const listed = first.get(key);
      if (listed) {
        if (listed.sector !== sector) listed.also.push(compiledTerm);
        continue;
      }
      first.set(key, compiledTerm);
      // Terms written in capitals (acronyms: "UN", "AI", "SCO") are matched case-sensitively.
      const caseSensitive = /[A-Z]{2}/.test(term) && !/[a-z]/.test(term.replace(/\\[a-z]/g, ''));
      (caseSensitive ? cs : ci).push(compiledTerm);
      // A space in a term is any run of white space: wrapped text breaks "Taiwan\nStrait" across lines.
      const source = term.replace(/\((?!\?)/g, '(?:').replace(/ /g, '\\s+');
      // A term may open a hyphenated compound ("COVID-19", "health-related", "climate-resilient"), not a name
      // ("ASEAN-U.S.") or a modifier that makes it the agent of something else ("ASEAN-led").
      (caseSensitive ? csSrc : ciSrc).push(`\\b(?:${source})(?!\\w)`);
    }
    c = {
      ci: { scanner: createTermScanner(ciSrc, 'i', { notFollowedBy }), terms: ci },
      cs: { scanner: createTermScanner(csSrc, '', { notFollowedBy }), terms: cs },
    };
    cache.set(lex, c);
  }
  return c;
}

/**
 * Roughly the length of text a term needs: its source without lookbehinds and open word endings (stable sort: ties
 * keep the GUIDE's sector order).
 */
function reach(term: string): number {
  return term.replace(/\(\?<[!=](?:[^()]|\([^()]*\))*\)/g, '').replace(/\\w[*+]|\\b/g, '').length;
}
