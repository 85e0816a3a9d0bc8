/**
 * @module word-form
 * The form the tracker compares one word in: case and diacritics folded, plurals and British
 * spellings brought to one form, a verb and its nominalisation to one stem. Apart from
 * `words.ts` so that the lexicon can ask for its words in both forms without a cycle.
 */

/** Case and diacritics folded. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One form for plural and singular, British and American spelling. */
export function normalise(raw: string): string {
  let w = raw;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('tre')) w = `${w.slice(0, -3)}ter`;
  return stem(w.replace(/isation$/, 'ization').replace(/ise$/, 'ize'));
}

/**
 * The verb and its nominalisation brought to one stem, as a report words what a promise
 * named ("establish" / "established" / "establishment", "launch" / "launching", "accelerate"
 * / "accelerated"): the suffixes -ment (leaving six letters at least), -ing, -ed, a doubled
 * last consonant ("planned") and a final e are cut.
 */
function stem(word: string): string {
  let w = word;
  // A stem of six letters at least: "statement" is not "state", nor "agreement" "agree".
  if (w.length >= 10 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w !== word && /([b-df-hj-km-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The compared form of one word as written ("Establishment" → "establish"). */
export function formOf(raw: string): string {
  return normalise(fold(raw));
}
