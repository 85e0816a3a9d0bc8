/**
 * @module read-edition
 * Reads a meeting's edition from the ordinal that qualifies it: "the 6th meeting", "VI meeting",
 * "the sixth China–Central Asia Foreign Ministers' Meeting", "first-ever summit". An ordinal of
 * an anniversary ("the 30th anniversary") or of a repetition ("for the first time") is not an edition.
 */

export interface EditionHit {
  readonly edition: number;
  /** The meeting noun the ordinal qualifies ("meeting", "summit", …), lower case. */
  readonly noun: string;
  readonly start: number;
  readonly end: number;
}

/** The ordinals lexicon (`ordinals.json`): ordinal words and the meeting nouns they qualify. */
export interface OrdinalLexicon {
  readonly words: Readonly<Record<string, number>>;
  readonly nouns: { readonly words: readonly string[] };
  readonly occasions: { readonly subjects: readonly string[]; readonly intervals?: readonly string[] };
  readonly future?: { readonly after: readonly string[]; readonly before: readonly string[] };
  /** "IXe Sommet": endings a Roman numeral takes in a drafting language (none in English). */
  readonly romanSuffixes?: { readonly words: readonly string[] };
}

interface Compiled {
  ordinal: RegExp;
  noun: RegExp;
  occasion: RegExp;
  interval: RegExp | null;
  futureAfter: RegExp | null;
  futureBefore: RegExp | null;
}
const cache = new WeakMap<object, Compiled>();
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/**
 * The first ordinal that qualifies a meeting noun within eight words. @example readEdition('the 6th meeting', {sixth:
 * 6})?.edition === 6
 */
export function readEdition(text: string, ordinals: OrdinalLexicon): EditionHit | null {
  return readEditions(text, ordinals)[0] ?? null;
}

/** Every ordinal that qualifies a meeting noun, left to right. */
export function readEditions(text: string, ordinals: OrdinalLexicon): EditionHit[] {
  const { words } = ordinals;
  let c = cache.get(ordinals);
  if (!c) {
    const wordAlt = Object.keys(words)
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/-/g, '[- ]'))
      .join('|');
    // "10thASEAN": a suffix glued to the next word (a lost space) still ends the ordinal.
    const suffix = ordinals.romanSuffixes?.words.length ? `(?:${ordinals.romanSuffixes.words.join('|')})?` : '';
    const ordinal = new RegExp(
      `\\b(?:(\\d{1,2})(?:st|nd|rd|th)(?=\\b|[A-Z])|([IVX]{1,5})${suffix}\\b|(${wordAlt})\\b)`,
      'gi',
    );
    const o = ordinals.occasions;
    c = {
      ordinal,
      noun: new RegExp(`^(?:${ordinals.nouns.words.join('|')})$`, 'iu'),
      // "the first summit I've hosted", "the first meeting he attended": a person's occasions.
      occasion: new RegExp(String.raw`^\s*(?:that\s+)?(?:${o.subjects.join('|')})\b`, 'i'),
      interval: o.intervals?.length ? new RegExp(String.raw`^[^.;]{0,80}?\b(?:${o.intervals.join('|')})\b`, 'i') : null,
      // "will be formalised at the 10th Summit … to be held in Cambodia": a meeting still to come.
      futureAfter: ordinals.future?.after.length
        ? new RegExp(String.raw`^[^.;]{0,60}?\b(?:${ordinals.future.after.join('|')})\b`, 'i')
        : null,
      futureBefore: ordinals.future?.before.length
        ? new RegExp(String.raw`\b(?:${ordinals.future.before.join('|')})$`, 'i')
        : null,
    };
    cache.set(ordinals, c);
  }
  const out: EditionHit[] = [];
  for (const m of text.matchAll(c.ordinal)) {
    const value = m[1] ? +m[1] : m[2] ? roman(m[2]) : words[m[3].toLowerCase().replace(/ /g, '-')];
    if (!value) continue;
    // "I" is far more often the pronoun: read it as a numeral only before a capitalised word ("I Summit").
    const next = m.index + m[0].length;
    if (m[2] === 'I' && !/^\s+[A-Z][a-z]/.test(text.slice(next, next + 11))) continue;
    // "held for the first time in the format of …" counts occasions of something else, not the meeting's editions.
    if (/^[\s-]+times?\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const noun = qualifiedNoun(text.slice(m.index + m[0].length, m.index + m[0].length + 120), Boolean(m[2]), c.noun);
    if (!noun) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const nounEnd = after.toLowerCase().indexOf(noun) + noun.length;
    const rest = after.slice(nounEnd).replace(/^s\b/, '');
    // Only a first occasion is measured by a span ("the first … since 2016"); "the tenth meeting since the format
    // began" counts editions.
    if (c.occasion.test(rest) || (value === 1 && c.interval?.test(rest)) || c.futureAfter?.test(rest)) continue;
    if (c.futureBefore?.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ edition: value, noun, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Compiled once each: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const PHRASE_END = /[;:!?]|\.(?=\s+\p{Lu}|\s*$)|\banniversary\b|\byears?\b|\bcentury\b/iu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The meeting noun that follows within eight words, with no sentence break or anniversary between, or null. */
function qualifiedNoun(after: string, isRoman: boolean, noun: RegExp): string | null {
  // A full stop ends the phrase only as a sentence end, not inside an abbreviation ("(U.S.) Summit").
  const stop = after.search(PHRASE_END);
  const tokens = (stop >= 0 ? after.slice(0, stop) : after)
    .split(NOT_WORD)
    .filter(Boolean)
    .slice(0, isRoman ? 5 : 8);
  return (
    tokens
      .find((t) => noun.test(t))
      ?.toLowerCase()
      .replace(/s$/, '') ?? null
  );
}

/** A Roman numeral, upper case only; a lone "I" only when it reads as a numeral (capitalised next word). */
function roman(s: string): number {
  if (s !== s.toUpperCase()) return 0;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]],
      next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 30 ? total : 0;
}
