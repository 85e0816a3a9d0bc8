/**
 * @module english-untouched.test
 * The cues of every language apply to every document (issue 8), so no French or Spanish cue, sector term or
 * document-kind cue may fire on an English text: checked over the English documents of the shared corpora.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../../src/analyse/shared/load-lexicons.ts';
import { findCues } from '../../../src/analyse/statements/find-cues.ts';
import { detectLanguage } from '../../../src/read/detect-language.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const CORPORA = ['/work/shared/corpus', '/work/shared/corpus-wide'].filter((d) => existsSync(d));
const LANGUAGES: string[] = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'languages.json'), 'utf8')).languages;

const englishTexts = (): [string, string][] =>
  CORPORA.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')])
      .filter(([, text]) => detectLanguage(text) === 'en'),
  );

const read = (language: string, name: string) =>
  JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', language, name), 'utf8'));

/** Every term of the other languages' sector and document-kind files, compiled as their steps compile them. */
function otherLanguagePatterns(): [string, RegExp][] {
  return LANGUAGES.flatMap((language) => [
    ...Object.entries(read(language, 'sectors.json').sectors as Record<string, [string, number][]>).flatMap(
      ([sector, terms]) =>
        terms.map(([t]): [string, RegExp] => [`${language} ${sector} ${t}`, new RegExp(`\\b(?:${t})(?!\\w)`, 'i')]),
    ),
    ...(read(language, 'document-kinds.json').cues as { id: string; pattern: string }[]).map((c): [string, RegExp] => [
      c.id,
      new RegExp(c.pattern, 'im'),
    ]),
  ]);
}

/** The party formulas and venue words the other languages add, compiled as detect-parties and meeting-place do. */
function otherLanguageFormulas(): [string, RegExp][] {
  return LANGUAGES.flatMap((language) => {
    const actors = read(language, 'actors.json');
    const venue = read(language, 'meeting-verbs.json').venue;
    const leads = read(language, 'statement-boilerplate.json').signatoryLeads?.words ?? [];
    return [
      ...(actors.openingWe?.words ?? []).map((w: string): [string, RegExp] => [
        `${language} openingWe ${w}`,
        new RegExp(String.raw`\b(?:${w})\b[*_]{0,2}(?:,|\s*[—–])`, 'i'),
      ]),
      ...(actors.partiesDefined?.leads ?? []).map((w: string): [string, RegExp] => [
        `${language} partiesDefined ${w}`,
        new RegExp(String.raw`\b(?:${w})`, 'i'),
      ]),
      ...leads.map((w: string): [string, RegExp] => [
        `${language} signatoryLeads ${w}`,
        new RegExp(String.raw`^[ \t]*(?:${w})(?:\s+|(?<=['’]))[A-Z\u00C0-\u00DD]`, 'im'),
      ]),
      ...(venue?.words ?? []).map((w: string): [string, RegExp] => [
        `${language} venue ${w}`,
        new RegExp(String.raw`\b(?:${w})\s+(?:${venue.prepositions.join('|')})\s`, 'i'),
      ]),
    ];
  });
}

describe('English texts under the French and Spanish lexicons (issue 8)', {
  skip: CORPORA.length ? false : 'no /work/shared corpora here',
}, () => {
  test('should find no French or Spanish statement cue in an English document', () => {
    const own = new Set(LANGUAGES.map((l) => `${l}-`));
    for (const [file, text] of englishTexts()) {
      const foreign = findCues(text, fixtureLexicons()).filter((h) => own.has(h.id.slice(0, 3)));
      assert.deepEqual(
        foreign.map((h) => `${h.id}: ${text.slice(h.start, h.end)}`),
        [],
        file,
      );
    }
  });
  test('should find no French or Spanish sector term or document-kind cue in an English document', () => {
    const patterns = otherLanguagePatterns();
    for (const [file, text] of englishTexts()) {
      assert.deepEqual(
        patterns.filter(([, re]) => re.test(text)).map(([id]) => id),
        [],
        file,
      );
    }
  });
  test('should find no French or Spanish party formula or venue phrase in an English document', () => {
    const formulas = otherLanguageFormulas();
    assert.ok(formulas.length >= 8, 'reads the formulas of every language');
    for (const [file, text] of englishTexts()) {
      assert.deepEqual(
        formulas.filter(([, re]) => re.test(text)).map(([id]) => id),
        [],
        file,
      );
    }
  });
});
