/**
 * @module french-spanish-state-names.test
 * A French or Spanish declaration of many states names each in its own language, with its article or elided "of"
 * ("de l’Argentine", "d’Haïti", "des États-Unis d’Amérique", "los Estados Unidos de América", "la República
 * Dominicana"): every one is a party, an actor and a country mention. Made-up texts (test/fixtures/languages, not
 * copied from any real text) over the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/knowledge/tokenize.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { EntityMentionValue, PartiesValue, StatementValue } from '../../../src/model/layers.ts';
import { fixtureLayers } from './fixture-layers.ts';

async function analyse(name: string) {
  const layers = await fixtureLayers(name);
  const entities = (layers.entities ?? []) as Annotation<EntityMentionValue>[];
  return {
    parties: (layers.parties?.[0]?.value as PartiesValue | undefined)?.parties,
    actors: ((layers.statements ?? []) as Annotation<StatementValue>[]).map((s) => s.value.actors),
    countries: [...new Set(entities.filter((e) => e.value.type === 'country').map((e) => e.value.country))].sort(),
    organisations: entities.filter((e) => e.value.type === 'organization').map((e) => e.value.name),
  };
}

const STATES = ['AR', 'BB', 'BZ', 'CA', 'CL', 'CO', 'CR', 'DO', 'EC', 'GT', 'HT', 'MX', 'PA', 'PE', 'PY', 'US', 'UY'];
describe('a French declaration of seventeen states (issue 8)', async () => {
  const doc = await analyse('fr-summit-declaration-long.txt');
  test('should read every state of "de l’…, de la …, du …, des États-Unis d’Amérique, d’Haïti … et de l’…"', () => {
    assert.deepEqual(doc.parties, STATES);
    assert.ok(doc.actors.length > 0);
    for (const actors of doc.actors) assert.deepEqual(actors, STATES);
  });
  test('should mention each state by its French name, after "l’" and "d’" too', () => {
    assert.deepEqual(doc.countries, STATES, '"du Chili", "le Chili": an excluded name after its article');
  });
  test('should know the organisations by their French names', () => {
    assert.ok(doc.organisations.includes('Organization of American States'), String(doc.organisations));
    assert.ok(doc.organisations.includes('Inter-American Development Bank'), String(doc.organisations));
  });
});

describe('a Spanish declaration of seventeen states (issue 8)', async () => {
  const doc = await analyse('es-summit-declaration-long.txt');
  test('should read the list past "los Estados Unidos de América" and "la República Dominicana y Uruguay"', () => {
    assert.deepEqual(doc.parties, STATES);
    for (const actors of doc.actors) assert.deepEqual(actors, STATES);
  });
  test('should mention each state by its Spanish name ("Belice", "la República Dominicana")', () => {
    assert.deepEqual(doc.countries, STATES);
  });
});

describe('a local name kept out of free text, after its article', () => {
  const kb = loadContext().kb;
  const countries = (text: string) =>
    recognizeEntities(text, kb)
      .filter((m) => m.value.type === 'country')
      .map((m) => m.value.country);
  test('should read "le Chili", "au Chili" and "la Grenade" as the states', () => {
    const found = countries('Le Canada et le Chili signent un accord au Chili avec la Grenade.');
    assert.equal(found.join(' '), 'CA CL CL GD');
  });
  test('should leave the given name and the English word alone', () => {
    assert.deepEqual(countries('Dominique Martin a parlé avec Maurice Dupont. They ate Chili at dinner.'), []);
  });
});

describe('French elision in the tokenizer', () => {
  test('should read "l’Argentine" and "d’Haïti" as the article and the name, joined', () => {
    const t = tokenize('de l’Argentine et d’Haïti');
    assert.deepEqual(
      t.map((x) => x.norm),
      ['de', 'l', 'argentine', 'et', 'd', 'haiti'],
    );
    assert.ok(t[2].cap && t[2].joined);
  });
  test('should keep an apostrophe inside an English word or before a lower-case letter whole', () => {
    assert.deepEqual(
      tokenize("O'Neill didn't say l'état").map((x) => x.norm),
      ['oneill', 'didnt', 'say', 'letat'],
    );
  });
});
