/**
 * @module terms
 * The index terms of a text: folded (case, diacritics), split at non-letters, function words
 * (data/lexicons/retrieval-stopwords.json) dropped, stemmed with the Porter stemmer so that
 * "signed", "signing" and "signs" meet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { DATA_DIR } from '../../analyse/shared/load-lexicons.ts';

let stopwords: ReadonlySet<string> | undefined;

function stopwordSet(): ReadonlySet<string> {
  stopwords ??= new Set(
    JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'retrieval-stopwords.json'), 'utf8')).words as string[],
  );
  return stopwords;
}

/**
 * The terms of a text, in order, with repeats.
 * @example terms('The Parties signed the Treaty') // ['parti', 'sign', 'treati']
 */
export function terms(text: string): string[] {
  const stop = stopwordSet();
  const out: string[] = [];
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!word || stop.has(word)) continue;
    out.push(/^\p{N}+$/u.test(word) ? word : stemmer(word));
  }
  return out;
}
