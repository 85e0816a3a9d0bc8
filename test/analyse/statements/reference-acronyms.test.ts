/**
 * @module reference-acronyms.test
 * A reference printed as an acronym the document defines keeps the acronym; one the document never defines, or a
 * body's own acronym after a longer title than its letters spell, is said in full. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import { definedAcronym } from '../../../src/analyse/statements/reference-acronyms.ts';
import { findReferences } from '../../../src/analyse/statements/find-references.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const hto = (t: string, from: number): Annotation => {
  const at = t.indexOf('HTO', from);
  return {
    layer: 'entities',
    start: at,
    end: at + 3,
    source: 't',
    confidence: 1,
    value: { entityId: 'org:hto', type: 'organization', name: 'Harbour Trade Office', known: true },
  };
};
/** The acronym as the document uses it after defining it (`t` and the acronym again). */
const used = (t: string, acronym: string) => {
  const text = `${t} the ${acronym}.`;
  return definedAcronym(text, text.lastIndexOf(acronym), text.lastIndexOf(acronym) + acronym.length);
};
/** The names of the references of the text's last sentence. */
const lastSentence = (t: string) => {
  const from = t.lastIndexOf('. ') + 2;
  return findReferences(t, from, t.length, [hto(t, from)], fixtureLexicons(), 2025).map((r) => r.name);
};

describe('references: acronyms the document defines', () => {
  test('should keep an acronym the document coins for the name before it', () => {
    assert.equal(lastSentence('We thank the Harbour Trade Office (HTO). We support the reform of the HTO.')[0], 'HTO');
  });
  test('should say in full an acronym the document never defines', () => {
    assert.equal(lastSentence('We met in May. We support the reform of the HTO.')[0], 'Harbour Trade Office');
  });
  test('should leave the defining bracket to the name before it', () => {
    const t = 'the Harbour Trade Office (HTO) and';
    assert.equal(definedAcronym(t, t.indexOf('HTO'), t.indexOf('HTO') + 3), null);
  });
  test('should read the letters from the end of the name, capitals and small words included', () => {
    assert.equal(used('the Bay Convention on the Law of the Sea (BCLOS) and', 'BCLOS'), 'BCLOS');
    assert.equal(used('the Coastal Economic Framework for Prosperity (CEF) and', 'CEF'), 'CEF');
    assert.equal(used('a shared vulnerability index (SVI) and', 'SVI'), 'SVI');
  });
  test('should not take a body’s own acronym after a longer title as coined for it', () => {
    const t = 'the Harbour Trade Office for Combating Smuggling of Goods, Arms and Their Parts (HTO) and';
    assert.equal(used(t, 'HTO'), null);
  });
});
