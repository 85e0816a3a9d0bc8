/**
 * @module score-sectors
 * The sectors a statement is about: each sector's terms (data/lexicons/sectors.json) are summed
 * by weight and a sector counts when it reaches the threshold, so one generic word ("economy",
 * "global") does not assign a sector alone. Nothing found → the default (political).
 */
import { SECTORS, type Sector } from '../../model/layers.ts';
import type { Lexicons } from './load-lexicons.ts';

const cache = new WeakMap<object, { sector: Sector; terms: { re: RegExp; weight: number }[] }[]>();

/** Sectors of a text, in the GUIDE's order. @example scoreSectors('cooperation in trade and customs', lexicons) → ['trade'] */
export function scoreSectors(text: string, lexicons: Pick<Lexicons, 'sectors'>): Sector[] {
  const lex = lexicons.sectors;
  const out: Sector[] = [];
  for (const { sector, terms } of compiled(lex)) {
    let score = 0;
    for (const t of terms) {
      t.re.lastIndex = 0;
      if (t.re.test(text)) score += t.weight;
      if (score >= lex.threshold) break;
    }
    if (score >= lex.threshold) out.push(sector);
  }
  return out.length ? out : [lex.default];
}

function compiled(lex: Lexicons['sectors']) {
  let c = cache.get(lex);
  if (!c) {
    c = SECTORS.filter((s) => lex.sectors[s]).map((sector) => ({
      sector,
      // Terms written in capitals (acronyms: "UN", "AI", "SCO") are matched case-sensitively.
      terms: lex.sectors[sector].map(([term, weight]) => ({ re: new RegExp(`\\b(?:${term})(?![\\w-])`, /[A-Z]{2}/.test(term) && !/[a-z]/.test(term.replace(/\\[a-z]/g, '')) ? '' : 'i'), weight })),
    }));
    cache.set(lex, c);
  }
  return c;
}
