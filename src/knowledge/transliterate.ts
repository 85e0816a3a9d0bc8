/**
 * @module transliterate
 * Cyrillic → Latin transliteration, driven by the letter table in
 * `data/lexicons/transliteration.json`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TABLE_PATH = fileURLToPath(new URL('../../data/lexicons/transliteration.json', import.meta.url));

let table: Map<string, string> | undefined;

function letters(): Map<string, string> {
  if (!table) {
    const json = JSON.parse(readFileSync(TABLE_PATH, 'utf8')) as { letters: Record<string, string> };
    table = new Map(Object.entries(json.letters));
  }
  return table;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** True when the text holds at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * Transliterates Cyrillic letters to Latin, keeping the case of each word's first letter and
 * every other character as is.
 * @example transliterate('Жээнбек Кулубаев') === 'Zheenbek Kulubaev'
 */
export function transliterate(text: string): string {
  if (!hasCyrillic(text)) return text;
  const map = letters();
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = map.get(lower);
    if (latin === undefined) {
      out += ch;
      continue;
    }
    out += ch !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}
