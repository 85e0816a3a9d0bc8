/**
 * @module term-scanner.test
 * The term scanner finds exactly what the one big alternation finds (same places, same terms), on the sector
 * lexicon's terms over real documents and on made-up terms that exercise optional openings, lookbehinds and
 * terms that can start with any character; the first characters are read conservatively.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstChars, NON_ASCII } from '../../../src/analyse/shared/regex-first-chars.ts';
import { regexPrefixes } from '../../../src/analyse/shared/regex-prefixes.ts';
import { createTermScanner } from '../../../src/analyse/shared/term-scanner.ts';
import { startsAtBoundary } from '../../../src/analyse/shared/regex-word-start.ts';
import { DATA_DIR } from '../../../src/analyse/shared/load-lexicons.ts';

/** What the big alternation finds: index, text and the term whose group took part. */
function bigAlternation(terms: string[], flags: '' | 'i', text: string) {
  const re = new RegExp(terms.map((t) => `(${t})`).join('|') || '$^', `${flags}g`);
  return [...text.matchAll(re)].map((m) => ({
    term: m.slice(1).findIndex((g) => g !== undefined),
    index: m.index,
    text: m[0],
  }));
}

const corpus = join(import.meta.dirname, '../../../../shared/corpus');

describe('term scanner', () => {
  test('should read the first characters of a fragment, or give up (null)', () => {
    assert.deepEqual([...firstChars('(free |preferential )?trade', true)!].sort(), ['f', 'p', 't']);
    assert.deepEqual([...firstChars('(?<!not )Peace', false)!], ['P']);
    assert.deepEqual([...firstChars('\\$\\s?\\d', true)!], ['$']);
    assert.equal(firstChars('[a-z]+', true), null);
    assert.equal(firstChars('(a)?', true), null, 'a fragment that can match nothing starts anywhere');
    assert.deepEqual([...firstChars('é', true)!], [NON_ASCII], 'a non-ASCII letter: some character outside ASCII');
    assert.deepEqual([...firstChars('(?:é|a)', true)!].sort(), ['a', NON_ASCII].sort());
  });

  test('should read whether a fragment starts only at a word boundary', () => {
    assert.equal(startsAtBoundary('\\btrade', false), true);
    assert.equal(startsAtBoundary('(?<!\\b(?:our|the)\\s+)\\bsupport|\\bunited', false), true);
    assert.equal(startsAtBoundary('\\bsupport|united', false), false, 'every alternative must open with it');
    assert.equal(startsAtBoundary('(?<![\\wÀ-ÿ])oeuvrer', true), true, 'no word character before a word character');
    assert.equal(startsAtBoundary('(?<![\\wÀ-ÿ])oeuvrer', false), false);
    assert.equal(startsAtBoundary('(?<![^\\w])oeuvrer', true), false, 'a negated class says the opposite');
    assert.equal(startsAtBoundary('(?<![\\\\w])oeuvrer', true), false, 'an escaped backslash and a "w"');
    assert.equal(startsAtBoundary('ab?c', true), false);
  });

  test('should read the openings of a fragment up to k characters, or give up (null)', () => {
    const sorted = (s: ReadonlySet<string> | null) => (s ? [...s].sort() : s);
    assert.deepEqual(sorted(regexPrefixes('\\b(?:free |preferential )?trade', true, 3)), ['fre', 'pre', 'tra']);
    assert.deepEqual(sorted(regexPrefixes('(?<!not )Peace', false, 4)), ['Peac']);
    assert.deepEqual(sorted(regexPrefixes('UN(?!\\w)', false, 3)), ['UN'], 'a term shorter than k ends there');
    assert.deepEqual(sorted(regexPrefixes('a[bc]d', true, 3)), ['a'], 'a class ends the opening');
    assert.deepEqual(sorted(regexPrefixes('ab+c', true, 4)), ['ab'], 'a repeated part ends it after one pass');
    assert.deepEqual(sorted(regexPrefixes('x?yz', true, 2)), ['xy', 'yz']);
    assert.equal(regexPrefixes('(a)?', true, 3), null, 'a fragment that can match nothing starts anywhere');
    assert.equal(regexPrefixes('\\p{L}x', true, 3), null);
  });

  test('should find what the big alternation finds on made-up terms', () => {
    const terms = [
      '\\b(?:a)?bc',
      '\\bab(?![\\w-])',
      '\\b(?<!x )b\\w*',
      '\\b[0-9]+',
      '\\b\\$\\d',
      '\\bé',
      '^x|\\$',
      '^ab',
      'abcd(?!x)',
      'ab?c',
      'x+y',
      'élection',
      '(?:É|e)change',
      'ſa',
      'σb',
      'k\\d',
      '(?<![\\wÀ-ÿ])(?:œuvrer|oeuvrer|élargir)(?:ons|ont)(?![\\wÀ-ÿ])',
      '(?<!\\b(?:our|the)\\s+)\\b(?:support|endorse)s?\\b|\\bunited\\s+in',
      'ort',
    ];
    const texts = [
      'abc ab-ab x bcd b12 $5 a$5 é ébc',
      'AB ABC Ab. ',
      '',
      'x b x bb ab',
      'ac abcd abcdx xxy xy İab',
      'oeuvrerons xoeuvrerons œuvrerons xœuvrerons Oeuvrerons élargirons _oeuvrerons 0oeuvrerons',
      'support unsupported our support the supports endorse united in reunited in supportive',
      'ÉLECTION élection Élection election échange Échange ECHANGE ſa Sa sa ſA ςb σB Σb \u212a1 k1 K1',
    ];
    for (const flags of ['', 'i'] as const)
      for (const text of texts)
        assert.deepEqual(createTermScanner(terms, flags).scan(text), bigAlternation(terms, flags, text), text);
  });

  test('should find what the big alternation finds when no term starts inside a word', () => {
    const terms = ['\\bab', '\\bcd\\b', '(?<![\\w])xy', '\\bé', '\\$\\d'];
    const texts = ['abab cab ab cd cdx xcd xy axy _xy éab aé é $5 a$5 ab$5', 'Ab-ab ab_ab ab1 1ab cd.cd xyxy', 'ab'];
    for (const flags of ['', 'i'] as const)
      for (const text of texts)
        assert.deepEqual(createTermScanner(terms, flags).scan(text), bigAlternation(terms, flags, text), text);
  });

  test('should find what the big alternation finds when every term is closed by a guard', () => {
    const guard = '-(?:led|based)\\b';
    const terms = ['\\btrades?(?!\\w)', '\\btrade(?:-\\w+)?', '\\bUN(?!\\w)', '\\bled'];
    const guarded = terms.map((t) => `${t}(?!${guard})`);
    const texts = ['trades-led trade-based trade-offs UN-led UN led-by', 'TRADES-LED Trade-Based', 'trade-led-x'];
    for (const flags of ['', 'i'] as const)
      for (const text of texts)
        assert.deepEqual(
          createTermScanner(terms, flags, { notFollowedBy: guard }).scan(text),
          bigAlternation(guarded, flags, text),
          text,
        );
  });

  test('should find what the big alternation finds with the sector terms and modality cues on real documents', (t) => {
    if (!existsSync(corpus)) return t.skip('../shared/corpus absent');
    const sectors: Record<string, [string, number][]> = JSON.parse(
      readFileSync(join(DATA_DIR, 'lexicons/sectors.json'), 'utf8'),
    ).sectors;
    const all = Object.values(sectors).flatMap((list) => list.map(([term]) => term));
    const wrapped = (ts: string[]) => ts.map((term) => `\\b(?:${term.replace(/\((?!\?)/g, '(?:')})(?![\\w-])`);
    const ci = wrapped(all.filter((x) => !/[A-Z]{2}/.test(x)));
    const cs = wrapped(all.filter((x) => /[A-Z]{2}/.test(x)));
    const modality = JSON.parse(readFileSync(join(DATA_DIR, 'lexicons/modality.json'), 'utf8'));
    const cues = modality.cues.map((q: { pattern: string }) =>
      q.pattern
        .replace(/ \?/g, String.raw`\s*`)
        .replace(/ /g, String.raw`\s+`)
        .replace(/\((?!\?)/g, '(?:'),
    );
    const cueScanner = createTermScanner(cues, 'i');
    const files = readdirSync(corpus).sort().slice(0, 25);
    for (const f of files) {
      const text = readFileSync(join(corpus, f), 'utf8');
      assert.deepEqual(createTermScanner(ci, 'i').scan(text), bigAlternation(ci, 'i', text), f);
      assert.deepEqual(createTermScanner(cs, '').scan(text), bigAlternation(cs, '', text), f);
      for (const line of ['', ...text.split('\n')])
        assert.deepEqual(cueScanner.scan(line), bigAlternation(cues, 'i', line), line);
    }
  });
});
