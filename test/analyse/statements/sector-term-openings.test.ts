/**
 * @module sector-term-openings.test
 * Every sector term is matched after a word boundary (score-sectors), and without the "u" flag an accented letter or
 * a sign ("$") is no word character: a term that opens with one never matches. Such a term must open on a word
 * character, with the sign or accented letter in a look-behind ("(?<=[éÉ])lections?", "(?<=\$\s?)\d").
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../src/analyse/shared/load-lexicons.ts';

const LANGUAGES: string[] = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'languages.json'), 'utf8')).languages;
const files = ['sectors.json', ...LANGUAGES.map((l) => join(l, 'sectors.json'))];

describe('sector terms', () => {
  test('should open on a word character, a group or an escape', () => {
    const bad = files.flatMap((file) => {
      const lex = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', file), 'utf8'));
      return Object.values(lex.sectors as Record<string, [string, number][]>)
        .flat()
        .map(([term]) => term)
        .filter((term) => !/^[A-Za-z0-9(\\]/.test(term))
        .map((term) => `${file}: ${term}`);
    });
    assert.deepEqual(bad, []);
  });
});
