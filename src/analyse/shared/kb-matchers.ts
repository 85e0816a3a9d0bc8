/**
 * @module kb-matchers
 * Name matchers over a KB view, compiled once per view: country names, country adjectives,
 * cities and groups (formats and organisations). Acronyms are matched as written, names in any case.
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { KbCity, KbGroup, KbView } from './kb-view.ts';
import { createNameMatcher, type NameMatcher } from './name-matcher.ts';

export interface KbMatchers {
  /** Country names and aliases → ISO code. */
  readonly countries: NameMatcher<string>;
  /** Country adjectives ("Kazakh", "Chinese") → ISO code. */
  readonly adjectives: NameMatcher<string>;
  readonly cities: NameMatcher<KbCity>;
  readonly groups: NameMatcher<KbGroup>;
  /** Named bodies of formats ("Korea–Central Asia Cooperation Forum") → their level. */
  readonly bodies: NameMatcher<MeetingLevel>;
  /** Territories' names ("French Polynesia", "Hong Kong, China") → ISO code: places that are no states. */
  readonly territories: NameMatcher<string>;
}

const cache = new WeakMap<KbView, KbMatchers>();

/** The matchers of a view. @example kbMatchers(view).countries.find('Kazakhstan and China') */
export function kbMatchers(view: KbView): KbMatchers {
  let m = cache.get(view);
  if (!m) {
    m = {
      // "US", "UK", "UAE" as written: the pronoun "us" in "each of us" is no country.
      countries: mergeMatchers(
        createNameMatcher(view.countries.flatMap((c) => c.names.filter((n) => !isAcronym(n)).map((n) => [n, c.iso2]))),
        createNameMatcher(
          view.countries.flatMap((c) => c.names.filter(isAcronym).map((n) => [n, c.iso2] as const)),
          { caseSensitive: true },
        ),
      ),
      adjectives: createNameMatcher(view.countries.flatMap((c) => c.adjectives.map((n) => [n, c.iso2] as const))),
      cities: createNameMatcher(view.cities.flatMap((c) => c.names.map((n) => [n, c] as const))),
      // Acronyms ("SCO", "EU") are matched case-sensitively so that ordinary words never hit.
      groups: mergeMatchers(
        createNameMatcher(view.groups.flatMap((g) => g.names.filter((n) => !isAcronym(n)).map((n) => [n, g] as const))),
        createNameMatcher(
          view.groups.flatMap((g) => g.names.filter(isAcronym).map((n) => [n, g] as const)),
          { caseSensitive: true },
        ),
      ),
      bodies: createNameMatcher(view.groups.flatMap((g) => (g.bodies ?? []).map((b) => [b.name, b.level] as const))),
      territories: createNameMatcher((view.territories ?? []).flatMap((t) => t.names.map((n) => [n, t.iso2] as const))),
    };
    cache.set(view, m);
  }
  return m;
}

function isAcronym(name: string): boolean {
  return /^[A-Z0-9+&]{2,8}$/.test(name);
}

function mergeMatchers<V>(a: NameMatcher<V>, b: NameMatcher<V>): NameMatcher<V> {
  return {
    find(text) {
      const first = a.find(text);
      const second = b.find(text);
      // Either list alone is already in order and without overlaps (most texts name no acronym).
      if (!second.length) return first;
      if (!first.length) return second;
      const hits = [...first, ...second].sort((x, y) => x.start - y.start || y.end - x.end);
      const out: typeof hits = [];
      for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
      return out;
    },
  };
}
