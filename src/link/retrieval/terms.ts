/**
 * @module terms
 * The index terms of a text: folded (case, diacritics), split at non-letters, function words
 * (data/lexicons/retrieval-stopwords.json) dropped, stemmed with the Porter stemmer so that
 * "signed", "signing" and "signs" meet. `retrievalTerms` also folds paraphrases together
 * (data/lexicons/paraphrases.json: "boost" and "strengthen", "2nd" and "second"), so a report's
 * wording finds the clause that words the same act otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { DATA_DIR } from '../../analyse/shared/load-lexicons.ts';

let stopwords: ReadonlySet<string> | undefined;

function stopwordSet(): ReadonlySet<string> {
  stopwords ??= new Set(readLexicon('retrieval-stopwords.json').words as string[]);
  return stopwords;
}

function readLexicon(file: string) {
  return JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', file), 'utf8'));
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The terms of a text, in order, with repeats.
 * @example terms('The Parties signed the Treaty') // ['parti', 'sign', 'treati']
 */
export function terms(text: string): string[] {
  return foldedTerms(fold(text), (word) => (/^\p{N}+$/u.test(word) ? word : stemmer(word)));
}

function foldedTerms(folded: string, term: (word: string) => string): string[] {
  const stop = stopwordSet();
  const out: string[] = [];
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!word || stop.has(word)) continue;
    out.push(term(word));
  }
  return out;
}

interface Paraphrases {
  /** Phrases and what they stand for, longest first, as one pattern. */
  readonly phrases: RegExp;
  readonly means: ReadonlyMap<string, string>;
  /** Stem of a grouped word → the group's term. */
  readonly groups: ReadonlyMap<string, string>;
  /** Ordinal word → its number. */
  readonly ordinals: ReadonlyMap<string, number>;
}

/** White space and dashes: "eco-friendly" and "eco friendly" are one phrase. */
const DASHES = /[\s\-\u2010-\u2015]/u;
const phraseKey = (s: string) => s.replace(new RegExp(`${DASHES.source}+`, 'gu'), ' ');

let paraphrases: Paraphrases | undefined;

function paraphraseLexicon(): Paraphrases {
  if (paraphrases) return paraphrases;
  const raw = readLexicon('paraphrases.json') as {
    groups: { term: string; words: string[] }[];
    phrases: { phrase: string; means: string }[];
  };
  const means = new Map(raw.phrases.map((p) => [phraseKey(fold(p.phrase)), fold(p.means)]));
  const pattern = [...means.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, `${DASHES.source}+`))
    .join('|');
  const groups = new Map<string, string>();
  for (const g of raw.groups) for (const w of g.words) groups.set(stemmer(fold(w)), stemmer(fold(g.term)));
  const ordinalWords = readLexicon('ordinals.json').words as Record<string, number>;
  paraphrases = {
    phrases: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu'),
    means,
    groups,
    ordinals: new Map(Object.entries(ordinalWords).map(([w, n]) => [fold(w), n])),
  };
  return paraphrases;
}

const NUMBERED_ORDINAL = /^(\p{N}+)(?:st|nd|rd|th)$/u;

/**
 * The terms the retrieval index keeps: `terms`, with paraphrases folded into one term each.
 * @example retrievalTerms('boost eco-friendly projects at the 2nd summit')
 * // ['strengthen', 'green', 'project', 'ordinal:2', 'summit']
 */
export function retrievalTerms(text: string): string[] {
  const lex = paraphraseLexicon();
  const folded = fold(text).replace(lex.phrases, (m) => lex.means.get(phraseKey(m)) ?? m);
  return foldedTerms(folded, (word) => {
    if (/^\p{N}+$/u.test(word)) return word;
    const ordinal = lex.ordinals.get(word) ?? Number(NUMBERED_ORDINAL.exec(word)?.[1] ?? Number.NaN);
    if (!Number.isNaN(ordinal)) return `ordinal:${ordinal}`;
    const stem = stemmer(word);
    return lex.groups.get(stem) ?? stem;
  });
}
