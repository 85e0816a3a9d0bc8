/**
 * @module reference-place-names
 * States, cities, groups and the region's words inside a candidate reference name: a name made
 * only of them names the format or a place, not a document or an initiative.
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { compileOnce } from '../shared/compile-once.ts';
import { regionShape, type RegionLexicon } from '../shared/region-shapes.ts';

/** A whole country, city or listed group name. */
export function isPlaceName(name: string, m: ReturnType<typeof kbMatchers>): boolean {
  const hit = m.countries.find(name)[0] ?? m.cities.find(name)[0] ?? m.groups.find(name)[0];
  return !!hit && hit.start === 0 && hit.end === name.length;
}

/**
 * A quoted title that only names states or the region ("China–Central Asia", "C5+1") is the format, not a reference.
 */
export function isOnlyPlaces(name: string, lexicons: Lexicons): boolean {
  return !stripPlaces(name, lexicons)
    .replace(/\bformat\b/gi, '')
    .trim();
}

/** What is left of a name without its states, formats and region words. */
export function stripPlaces(name: string, lexicons: Lexicons): string {
  const m = kbMatchers(lexicons.kb);
  let rest = name;
  for (const h of [...m.countries.find(name), ...m.groups.find(name)].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, h.start) + rest.slice(h.end);
  return rest.replace(regionWords(lexicons.regions), ' ').replace(/\s+/g, ' ').trim();
}

/** The region's words (`regions.json`: "central", "asian", "five", "states", "plus", …), digits and joining marks. */
const regionWords = compileOnce(
  (lexicon: RegionLexicon) => new RegExp(String.raw`\b${regionShape(lexicon).words}\b|[+\-–—\d\s]`, 'gi'),
);
