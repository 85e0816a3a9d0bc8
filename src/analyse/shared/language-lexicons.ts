/**
 * @module language-lexicons
 * The cues of other drafting languages (`data/lexicons/<language>/<name>.json`, languages listed in
 * `data/lexicons/languages.json`) merged into the base lexicon of the same name: lists are appended, objects merged
 * key by key. A language file holds only what it adds; the steps read one lexicon whatever the document's language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalNames } from './kb-view.ts';

/** Keys that document a language file rather than add to its lexicon. */
const NOTES = new Set(['description', 'sources', 'why', 'note']);

/**
 * The lexicon `name` of `dataDir/lexicons` with the additions of every listed language.
 * @example readWithLanguages('modality.json', DATA_DIR).cues.some((c) => c.id === 'fr-s-engager-a')
 */
export function readWithLanguages(name: string, dataDir: string): unknown {
  const dir = join(dataDir, 'lexicons');
  let merged: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  for (const language of languagesOf(dir)) {
    const file = join(dir, language, name);
    if (existsSync(file)) merged = mergeLexicon(merged, JSON.parse(readFileSync(file, 'utf8')), `${language}/${name}`);
  }
  return merged;
}

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

function languagesOf(dir: string): readonly string[] {
  const file = join(dir, 'languages.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { languages: string[] }).languages : [];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Which local names of states the knowledge-base view adds (`languages.json` countryNames), for `buildKbView`.
 * @example buildKbView(kb.records(), readLocalNames(DATA_DIR))
 */
export function readLocalNames(dataDir: string): LocalNames {
  const file = join(dataDir, 'lexicons', 'languages.json');
  if (!existsSync(file)) return { languages: [], excluded: [] };
  const data = JSON.parse(readFileSync(file, 'utf8')) as { languages: string[]; countryNames?: { excluded: string[] } };
  return { languages: data.languages, excluded: data.countryNames?.excluded ?? [] };
}
