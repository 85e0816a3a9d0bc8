/**
 * @module initiative-phrases.test
 * Initiatives news names without a capitalised head: a year horizon before a lower-case head, a
 * roadmap "for … until YEAR", a quoted title after the word "initiative".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const initiatives = (text: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-01-01' })
    .filter((m) => m.value.type === 'initiative')
    .map((m) => [text.slice(m.start, m.end), m.value.name]);

describe('initiatives named in news phrasing', () => {
  test('should read a name with a year horizon before a lower-case head, quoted or not, dash normalised', () => {
    assert.deepEqual(initiatives('They signed the Northern Steppe -- 2045 development concept.'), [
      ['Northern Steppe -- 2045', 'Northern Steppe – 2045'],
    ]);
    assert.deepEqual(initiatives('The signing of the “Northern Steppe – 2045” strategy was hailed.'), [
      ['Northern Steppe – 2045', 'Northern Steppe – 2045'],
    ]);
  });
  test('should read a roadmap for a lower-case object until a year', () => {
    assert.deepEqual(initiatives('The ministers approved a Roadmap for regional trade until 2029, officials said.'), [
      ['Roadmap for regional trade until 2029', 'Roadmap for regional trade until 2029'],
    ]);
  });
  test('should take the quoted title after "initiative" as the name, without the head word', () => {
    assert.deepEqual(
      initiatives('They adopted the Initiative "On Lasting Harmony and Shared Growth", officials said.'),
      [['On Lasting Harmony and Shared Growth', 'On Lasting Harmony and Shared Growth']],
    );
  });
  test('should not read a bare year or a plan without a horizon', () => {
    assert.deepEqual(initiatives('In 2045 the plan for regional trade will be reviewed.'), []);
  });
});

describe('initiatives of other drafting traditions, unknown to the knowledge base', () => {
  test('should read "<Format> <Topic> Fellowship" and "<Body> Principles on …" as initiatives', () => {
    assert.deepEqual(initiatives('We welcome the Steppe Young Leaders Fellowship launched this year.'), [
      ['Steppe Young Leaders Fellowship', 'Steppe Young Leaders Fellowship'],
    ]);
    assert.deepEqual(initiatives('They endorsed the Steppe Forum Principles on Water Sharing.'), [
      ['Steppe Forum Principles on Water Sharing', 'Steppe Forum Principles on Water Sharing'],
    ]);
  });
  test('should read "<Format> <Topic> Partnership" as an initiative, not an organisation', () => {
    assert.deepEqual(initiatives('They launched the Steppe–Lake Smart Cities Partnership in May.'), [
      ['Steppe–Lake Smart Cities Partnership', 'Steppe–Lake Smart Cities Partnership'],
    ]);
  });
  test('should not read a theme opened by "Partnership for …" as an initiative', () => {
    assert.deepEqual(initiatives('The summit theme was Partnership for Mutually Accelerated Growth.'), []);
  });
  test('should carry a name on past its head to a later head or tail word, and to a spaced year', () => {
    assert.deepEqual(initiatives('They signed the Steppe Digital Economy Partnership Agreement.'), [
      ['Steppe Digital Economy Partnership Agreement', 'Steppe Digital Economy Partnership Agreement'],
    ]);
    assert.deepEqual(initiatives('They implement the Steppe Economic Partnership Strategy 2030 in full.'), [
      ['Steppe Economic Partnership Strategy 2030', 'Steppe Economic Partnership Strategy 2030'],
    ]);
  });
  test('should read a convention named by its object, but not the bare word', () => {
    assert.deepEqual(initiatives('They recalled the Convention on the Rights of the Child.'), [
      ['Convention on the Rights of the Child', 'Convention on the Rights of the Child'],
    ]);
    assert.deepEqual(initiatives('They recalled the Convention.'), []);
  });
  test('should read a named framework, but not the bare word', () => {
    assert.deepEqual(initiatives('They adopted the Trilateral Steppe Cooperation Framework.'), [
      ['Trilateral Steppe Cooperation Framework', 'Trilateral Steppe Cooperation Framework'],
    ]);
    assert.deepEqual(initiatives('They met within the Framework.'), []);
  });
});
