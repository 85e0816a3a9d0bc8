/**
 * @module kb-territories.test
 * Territories are records of their own kind: not states, each tied to a known sovereign, and
 * read as themselves, never as the state whose adjective or name they contain.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import type { TerritoryRecord } from '../../src/knowledge/kb-types.ts';
import { recognizeEntities } from '../../src/analyse/entities/recognize-entities.ts';

const kb = loadKnowledgeBase();
const territories = kb.ofType('territory') as TerritoryRecord[];

describe('territory records', () => {
  test('should hold the UN non-self-governing territories and the Pacific dependencies', () => {
    assert.ok(territories.filter((t) => t.nonSelfGoverning).length >= 15);
    for (const code of ['PF', 'NC', 'GU', 'AS', 'TK', 'HK', 'MO', 'GL'])
      assert.ok(
        territories.some((t) => t.iso2 === code),
        code,
      );
  });
  test('should never be a state and name a known sovereign with sources', () => {
    for (const t of territories) {
      assert.equal(kb.countryByCode.get(t.iso2), undefined, `${t.id} is also a country`);
      if (t.sovereign !== null) assert.ok(kb.countryByCode.get(t.sovereign), `${t.id}: sovereign ${t.sovereign}`);
      assert.ok(t.sources.length > 0 && t.sources.every((s) => s.url), `${t.id}: sources`);
    }
  });
});

describe('territory mentions', () => {
  const mentions = (text: string) =>
    recognizeEntities(text, kb).map((m) => ({ text: text.slice(m.start, m.end), type: m.value.type }));
  test('should prefer the territory over the state adjective inside it', () => {
    const ms = mentions('Leaders of Fiji, French Polynesia, Nauru and New Caledonia met.');
    assert.ok(ms.some((m) => m.text === 'French Polynesia' && m.type === 'territory'));
    assert.ok(ms.some((m) => m.text === 'New Caledonia' && m.type === 'territory'));
    assert.ok(!ms.some((m) => m.type === 'country' && m.text.startsWith('French')));
  });
  test('should keep a city that shares its territory’s name as the city', () => {
    assert.ok(mentions('The forum met in Hong Kong.').some((m) => m.text === 'Hong Kong' && m.type === 'city'));
  });
});
