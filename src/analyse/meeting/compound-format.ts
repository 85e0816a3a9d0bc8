/**
 * @module compound-format
 * Formats named by their sides: "the ASEAN-U.S. Special Summit", "the U.S.-Africa Leaders Summit",
 * "the third EU-CELAC Summit", "a US-Pacific Islands Forum Summit". Two or three sides (countries,
 * organisations, regions) joined by dashes before a meeting noun name a format whether or not the
 * knowledge base lists it: the knowledge base's format with the same sides (in any order) when there
 * is one, else a new format named by the sides as the text writes them. Drafters of every tradition
 * name partnership summits this way, so the shape is general; the meeting nouns are the lexicon's.
 */
import type { Lexicons } from '../shared/load-lexicons.ts';
import { kbMatchers, type KbMatchers } from '../shared/kb-matchers.ts';
import type { KbGroup } from '../shared/kb-view.ts';
import { foldKey } from '../shared/name-matcher.ts';

export interface CompoundHit {
  readonly name: string;
  readonly group: KbGroup | null;
  readonly start: number;
}

const WORD = String.raw`[A-Z][\p{L}.&]*`;
const SIDE = String.raw`${WORD}(?:\s+${WORD}){0,2}`;
const cache = new WeakMap<object, RegExp>();

/** The first compound format before a meeting noun in the text, or null. */
export function compoundFormat(text: string, lexicons: Lexicons): CompoundHit | null {
  const re = compoundRe(lexicons);
  const m = kbMatchers(lexicons.kb);
  for (const hit of text.matchAll(re)) {
    const sides = hit[1].split(/\s*[-–—]\s*/);
    const known = knownFormat(sides, m, lexicons);
    if (known) return { name: known.formatName!, group: known, start: hit.index };
    // A new format only when every side is a state or an organisation the knowledge base knows.
    for (const named of sideReadings(sides))
      if (named.every((s) => /^[cg]:/.test(sideKey(s, m))))
        return { name: named.map((s) => shortSide(s)).join('–'), group: null, start: hit.index };
  }
  return null;
}

function compoundRe(lexicons: Lexicons): RegExp {
  let re = cache.get(lexicons.meetingSentence);
  if (!re) {
    const nouns = anyCase(lexicons.meetingSentence.meetingNouns.words);
    // Up to three capitalised words ("Leaders", "Special", "Forum") between the sides and the noun.
    re = new RegExp(
      String.raw`(?<![\p{L}\-–—])(${SIDE}(?:\s*[-–—]\s*${SIDE}){1,2})\s+(?:[A-Z][\p{L}'’]*\s+){0,3}` +
        String.raw`(?:${nouns})s?\b`,
      'gu',
    );
    cache.set(lexicons.meetingSentence, re);
  }
  return re;
}

/** Between two coordinated sides: "and" (or "&"), after an optional abbreviation in parentheses, before "the". */
const COORDINATED = /^\s*(?:\([^()]{1,12}\))?\s*(?:and|&)\s+(?:the\s+)?$/;

/**
 * The knowledge base's format of two organisations or states named side by side ("the leaders of the European Union
 * (EU) and the Community of Latin American and Caribbean States (CELAC)" → "EU–CELAC"), or null.
 */
export function coordinatedFormat(text: string, lexicons: Lexicons): KbGroup | null {
  const m = kbMatchers(lexicons.kb);
  // An abbreviation in parentheses after a name ("European Union (EU)") is the same side.
  const hits = [...m.groups.find(text), ...m.countries.find(text)]
    .sort((a, b) => a.start - b.start)
    .filter((h) => !/\(\s*$/.test(text.slice(Math.max(0, h.start - 2), h.start)));
  for (let i = 0; i + 1 < hits.length; i++) {
    const [a, b] = [hits[i], hits[i + 1]];
    if (!COORDINATED.test(text.slice(a.end, b.start))) continue;
    const known = knownFormat([text.slice(a.start, a.end), text.slice(b.start, b.end)], m, lexicons);
    if (known) return known;
  }
  return null;
}

/** The knowledge base's format with the same sides ("Pacific Islands Forum Summit" → "US–Pacific Islands"). */
function knownFormat(sides: string[], m: KbMatchers, lexicons: Lexicons): KbGroup | null {
  for (const named of sideReadings(sides)) {
    const wanted = named
      .map((s) => sideKey(s, m))
      .sort()
      .join('|');
    const group = formatsByKey(lexicons.kb.groups, m).get(wanted);
    if (group) return group;
  }
  return null;
}

const formatIndex = new WeakMap<readonly KbGroup[], Map<string, KbGroup>>();

/** The first format listed under each side key, indexed once per knowledge base (not searched for every reading). */
function formatsByKey(groups: readonly KbGroup[], m: KbMatchers): Map<string, KbGroup> {
  let index = formatIndex.get(groups);
  if (!index) {
    index = new Map();
    for (const g of groups) {
      if (!g.formatName) continue;
      const key = formatKey(g.formatName, m);
      if (!index.has(key)) index.set(key, g);
    }
    formatIndex.set(groups, index);
  }
  return index;
}

/** The sides with the last one whole, then shorter: its last words may name the meeting ("Leaders", "Forum"). */
function sideReadings(sides: string[]): string[][] {
  const last = sides[sides.length - 1].split(/\s+/);
  return last.map((_, i) => [...sides.slice(0, -1), last.slice(0, last.length - i).join(' ')]);
}

const keyCache = new WeakMap<KbMatchers, Map<string, string>>();

/** The sorted side keys of a format's name ("US–Africa" → "c:US|w:africa"). */
function formatKey(formatName: string, m: KbMatchers): string {
  let map = keyCache.get(m);
  if (!map) keyCache.set(m, (map = new Map()));
  let key = map.get(formatName);
  if (key === undefined) {
    const sides = formatName.split(/\s*[–—-]\s*/);
    key =
      sides.length < 2
        ? ''
        : sides
            .map((s) => sideKey(s, m))
            .sort()
            .join('|');
    map.set(formatName, key);
  }
  return key;
}

/** A side's identity: `c:ISO` for a state, `g:id` for an organisation, else its folded words without plurals. */
function sideKey(side: string, m: KbMatchers): string {
  const whole = <V>(hits: readonly { start: number; end: number; value: V }[], of = side) =>
    hits.find((h) => h.start === 0 && h.end === of.length)?.value;
  const bare = noDots(side);
  const iso = whole(m.countries.find(side)) ?? whole(m.adjectives.find(side)) ?? whole(m.countries.find(bare), bare);
  if (iso) return `c:${iso}`;
  const group = whole(m.groups.find(side));
  if (group) return `g:${group.id}`;
  return `w:${foldKey(side)
    .split(' ')
    .map((w) => w.replace(/(?:ies)$/, 'y').replace(/s$/, ''))
    .join(' ')}`;
}

function noDots(side: string): string {
  return side.replace(/\./g, '');
}

/** "U.S." → "US": an abbreviation written with stops is named without them. */
function shortSide(side: string): string {
  return /^(?:[A-Z]\.){2,}$/.test(side) ? noDots(side) : side;
}

/** An alternation of the words that matches them in any case ("summit" → "[sS][uU]…"), for a case-sensitive pattern. */
export function anyCase(words: readonly string[]): string {
  return words
    .map((w) =>
      [...w].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join(''),
    )
    .join('|');
}
