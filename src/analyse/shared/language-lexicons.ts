/**
 * @module language-lexicons
 * How the cues of other drafting languages (`data/lexicons/<language>/<name>.json`, read by `load-lexicons`) join the
 * base lexicon of the same name: lists are appended, objects merged key by key. A language file holds only what it
 * adds; the steps read one lexicon whatever the document's language.
 */

/** Keys that document a language file rather than add to its lexicon. */
const NOTES = new Set(['description', 'sources', 'why', 'note']);

/**
 * Appends the lists of `extra` to those of `base` and merges its objects key by key; a value of another kind is a
 * mistake in the language file (it would silently replace the base's), so it throws naming the file and key.
 * @example mergeLexicon({ words: ['met'] }, { words: ['réunis'] }, 'fr/x.json') // { words: ['met', 'réunis'] }
 */
export function mergeLexicon(base: unknown, extra: unknown, where: string): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (isObject(base) && isObject(extra)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra)) {
      if (NOTES.has(key)) continue;
      if (!(key in base)) throw new Error(`${where}: "${key}" is not a key of the base lexicon; add it there first`);
      out[key] = mergeLexicon(base[key], value, `${where} ${key}`);
    }
    return out;
  }
  throw new Error(`${where}: only lists and objects can be added to a lexicon, not ${JSON.stringify(extra)}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
