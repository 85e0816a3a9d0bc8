/**
 * @module reference-owners.test
 * When a named organisation is referred to: as the owner of a body ("… Center of the SCO") yes; as the owner of its
 * founding text ("the SCO Charter"), as a qualifier inside another name ("the SCO Development Strategy", "the
 * U.S.-EU Summit") no. Also: dotted abbreviations inside names, sentence-initial prepositions. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import { findReferences } from '../../../src/analyse/statements/find-references.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const lexicons = fixtureLexicons();
const names = (t: string, entities: Annotation[] = []) =>
  findReferences(t, 0, t.length, entities, lexicons, 2025, null).map((r) => r.name);
/** Every mention of `words` in `t` as a listed organisation. */
const org = (t: string, words: string, name: string): Annotation[] =>
  [...t.matchAll(new RegExp(words, 'g'))].map((m) => ({
    layer: 'entities',
    start: m.index,
    end: m.index + words.length,
    source: 't',
    confidence: 1,
    value: { entityId: `org:${name}`, type: 'organization', name, known: true },
  }));

describe('references: organisations as owners and qualifiers', () => {
  test('should not read the owner of a founding text as referred to', () => {
    const t = 'We uphold the principles of the SCO Charter.';
    assert.deepEqual(names(t, org(t, 'SCO', 'Shanghai Cooperation Organisation')), []);
    const u = 'We uphold the Charter of the SCO and support the SCO in its work.';
    assert.deepEqual(names(u, org(u, 'SCO', 'Shanghai Cooperation Organisation')), [
      'Shanghai Cooperation Organisation',
    ]);
  });
  test('should refer to the body that owns a named centre, not to one that only begins a name', () => {
    assert.ok(names('We support the Anti-Drug Center of the SCO.').includes('Shanghai Cooperation Organisation'));
    assert.ok(!names('We support the SCO Development Strategy.').includes('Shanghai Cooperation Organisation'));
    assert.ok(names('We support the SCO’s Development Strategy.').includes('Shanghai Cooperation Organisation'));
  });
  test('should read a meeting named after an organisation whole, with dotted abbreviations', () => {
    const t = 'Since the last U.S.-EU Summit in June 2021, the world has changed.';
    assert.deepEqual(names(t, org(t, 'EU', 'European Union')), ['U.S.-EU Summit']);
  });
  test('should not start a name with the preposition that opens a sentence', () => {
    assert.deepEqual(names('At the Summit, we announced new investments.'), []);
  });
});
