/**
 * @module region-shapes
 * How texts name a region as a side of a format ("Central Asia", "the five Central Asian countries", "C5"), from
 * `data/lexicons/regions.json`, as regular-expression fragments for the rules that read formats, parties and
 * references.
 */
import { compileOnce } from './compile-once.ts';

/** The region lexicon (`regions.json`). */
export interface RegionLexicon {
  readonly regions: Readonly<
    Record<string, { names: readonly string[]; adjectives: readonly string[]; counts: string[]; shorthands: string[] }>
  >;
  readonly memberNouns: { readonly why: string; readonly words: readonly string[] };
  readonly sideJoiners: { readonly why: string; readonly words: readonly string[] };
}

/** A region's names as alternations (no groups that capture), a space matching any run of spaces. */
export interface RegionShape {
  /** "Central Asia" */
  readonly name: string;
  /** "Central Asian" */
  readonly adjective: string;
  /** "five" */
  readonly count: string;
  /** "C5" */
  readonly shorthand: string;
  /** "states", "countries", … */
  readonly nouns: string;
  /** "China–Central Asia", "Central Asia + Japan": a format named by its two sides. */
  readonly sides: string;
  /** Every single word of the region's names, counts, member nouns and side joiners ("central", "asian", "five"). */
  readonly words: string;
}

/** The region the corpus' formats are built around. */
export const CENTRAL_ASIA = 'central-asia';

/**
 * The shape of one region of the lexicon (empty alternations that never match when it is not listed).
 * @example new RegExp(regionShape(lexicons.regions).name, 'i').test('Central  Asia')
 */
export function regionShape(lexicon: RegionLexicon, id: string = CENTRAL_ASIA): RegionShape {
  return shapes(lexicon).get(id) ?? NONE;
}

const NEVER = '(?!)';
const NONE: RegionShape = {
  name: NEVER,
  adjective: NEVER,
  count: NEVER,
  shorthand: NEVER,
  nouns: NEVER,
  sides: NEVER,
  words: NEVER,
};

const shapes = compileOnce((lexicon: RegionLexicon) => {
  const alt = (words: readonly string[]) =>
    words.length ? `(?:${words.map((w) => w.trim().split(/\s+/).map(escape).join(String.raw`\s+`)).join('|')})` : NEVER;
  const nouns = alt(lexicon.memberNouns.words);
  const shape = (r: RegionLexicon['regions'][string]): RegionShape => {
    const name = alt(r.names);
    const single = [...r.names, ...r.adjectives].flatMap((n) => n.toLowerCase().split(/\s+/));
    return {
      name,
      adjective: alt(r.adjectives),
      count: alt(r.counts),
      shorthand: alt(r.shorthands),
      nouns,
      sides: String.raw`\b[A-Z][A-Za-z]+\s*(?:[-–—+]\s*|\s)${name}\b|\b${name}\s*[-–—+]\s*[A-Z][A-Za-z]+\b`,
      words: alt([...new Set([...single, ...r.counts, ...lexicon.memberNouns.words, ...lexicon.sideJoiners.words])]),
    };
  };
  return new Map(Object.entries(lexicon.regions).map(([id, r]) => [id, shape(r)]));
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
