/**
 * @module language-lexicons.test
 * French and Spanish cues are data beside the English ones (issue 8): each language file adds lists to its base
 * lexicon, says where its words come from, and never throws a scalar over a base value.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeLexicon } from '../../../src/analyse/shared/language-lexicons.ts';
import { DATA_DIR, readWithLanguages } from '../../../src/analyse/shared/load-lexicons.ts';

const LANGUAGES: string[] = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'languages.json'), 'utf8')).languages;

describe('merging a language file into its lexicon (issue 8)', () => {
  test('should append lists and merge objects key by key, skipping the file notes', () => {
    const merged = mergeLexicon(
      { why: 'base', words: ['met'], nested: { list: [1] } },
      { why: 'fr', words: ['réunis'], nested: { list: [2] } },
      'fr/x.json',
    );
    assert.deepEqual(merged, { why: 'base', words: ['met', 'réunis'], nested: { list: [1, 2] } });
  });
  test('should refuse a key the base lacks and a scalar that would replace a base value', () => {
    assert.throws(() => mergeLexicon({ words: [] }, { verbs: ['x'] }, 'fr/x.json'), /"verbs" is not a key/);
    assert.throws(() => mergeLexicon({ threshold: 1 }, { threshold: 2 }, 'fr/x.json'), /only lists and objects/);
  });
  test('should give every language file its sources and a base lexicon to join', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(DATA_DIR, 'lexicons', language));
      assert.ok(files.length > 0, `${language} has no lexicons`);
      for (const name of files) {
        const json = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', language, name), 'utf8'));
        assert.ok(Array.isArray(json.sources) && json.sources.length > 0, `${language}/${name} has no sources`);
        assert.doesNotThrow(() => readWithLanguages(name));
      }
    }
  });
  test('should carry the French and Spanish cues in the merged modality lexicon', () => {
    const ids = (readWithLanguages('modality.json') as { cues: { id: string }[] }).cues.map((c) => c.id);
    assert.ok(ids.includes('fr-s-engager-a') && ids.includes('es-comprometerse-a') && ids.includes('will'));
  });
});
