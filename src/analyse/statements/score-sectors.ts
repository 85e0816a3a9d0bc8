/**
 * @module score-sectors
 * The sectors a statement is about: each sector's terms (data/lexicons/sectors.json) are summed
 * by weight and a sector counts when it reaches the threshold, so one generic word ("economy",
 * "global") does not assign a sector alone. Nothing found → the default (political).
 */
import { SECTORS, type Sector } from '../../model/layers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { createTermScanner, type TermScanner } from '../shared/term-scanner.ts';

interface Compiled {
  scanner: TermScanner;
  terms: { sector: Sector; weight: number; theatre: boolean }[];
}
/** A hyphen and a capital after a term: the term is part of a name ("ASEAN-U.S."), see `compiled`. */
const NAME_AFTER = /^-\p{Lu}/u;
/** The two term scanners of a lexicon, built once per lexicon object: these are the analysis' largest alternations. */
const cache = new WeakMap<object, { ci: Compiled; cs: Compiled }>();

/**
 * Sectors of a text, in the GUIDE's order; `fallback` (default: the lexicon's) when none is reached, `null` for none.
 * @example scoreSectors('cooperation in trade and customs', lexicons) → ['trade']
 */
export function scoreSectors(
  text: string,
  lexicons: Pick<Lexicons, 'sectors'>,
  fallback: Sector | null = lexicons.sectors.default,
): Sector[] {
  const lex = lexicons.sectors;
  const score = sectorScores(text, lexicons);
  const out = SECTORS.filter((s) => (score.get(s) ?? 0) >= lex.threshold);
  return out.length || !fallback ? out : [fallback];
}

/**
 * Each sector's summed term weight in a text (sectors without a term absent), in the GUIDE's order.
 * @example sectorScores('trade and customs', lexicons).get('trade') === 2
 */
export function sectorScores(text: string, lexicons: Pick<Lexicons, 'sectors'>): Map<Sector, number> {
  const { ci, cs } = compiled(lexicons.sectors);
  const score = new Map<Sector, number>();
  let theatre = 0;
  // One pass per regex over the text; each term counts once however often it occurs.
  for (const c of [ci, cs]) {
    const seen = new Set<number>();
    for (const { term: i, index, text: words } of c.scanner.scan(text)) {
      if (seen.has(i) || NAME_AFTER.test(text.slice(index + words.length, index + words.length + 2))) continue;
      seen.add(i);
      const t = c.terms[i];
      if (t.theatre) theatre += t.weight;
      else score.set(t.sector, (score.get(t.sector) ?? 0) + t.weight);
    }
  }
  const th = lexicons.sectors.theatres;
  if (theatre && th) {
    // "Financing to Ukraine" is finance: a theatre's name counts beside its sector's own terms, or alone.
    const other = [...score].some(
      ([s, v]) => s !== th.sector && s !== lexicons.sectors.default && v >= lexicons.sectors.threshold,
    );
    if (score.has(th.sector) || !other) score.set(th.sector, (score.get(th.sector) ?? 0) + theatre);
  }
  return new Map(SECTORS.filter((s) => score.has(s)).map((s) => [s, score.get(s) ?? 0]));
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
        (lex.sectors[sector] ?? []).map(([term, weight]) => ({ sector, term, weight, theatre: false })),
      ),
      ...(lex.theatres?.terms ?? []).map(([term, weight]) => ({
        sector: lex.theatres!.sector,
        term,
        weight,
        theatre: true,
      })),
    ];
    all.sort((a, b) => reach(b.term) - reach(a.term));
    // Given to the scanners apart: the same in every term, it would be compiled into each of them.
    const notFollowedBy = lex.compoundModifiers?.words.length
      ? `-(?:${lex.compoundModifiers.words.join('|')})\\b`
      : undefined;
    for (const { sector, term, weight, theatre } of all) {
      // Terms written in capitals (acronyms: "UN", "AI", "SCO") are matched case-sensitively.
      const caseSensitive = /[A-Z]{2}/.test(term) && !/[a-z]/.test(term.replace(/\\[a-z]/g, ''));
      (caseSensitive ? cs : ci).push({ sector, weight, theatre });
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
