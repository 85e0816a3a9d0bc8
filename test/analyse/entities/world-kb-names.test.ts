/**
 * Names of other formats' declarations read from the repository's knowledge base and the
 * open-vocabulary heads (issue 8): funds, agencies and programmes of every continent, an
 * all-capitals programme name only in capitals, and named pacts, pledges, round tables and
 * ministerials that the knowledge base does not list. Sentences written for the test.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { sharedKnowledgeBase } from '../../../src/knowledge/load-knowledge-base.ts';

const found = (text: string) =>
  recognizeEntities(text, sharedKnowledgeBase(), { date: '2024-06-14' }).map((m) => [
    text.slice(m.start, m.end),
    m.value.type,
  ]);

describe('names of other formats', () => {
  test('should know agencies, funds and programmes of every continent by name and acronym', () => {
    const out = found(
      'PAHO and the Secretariat of the Pacific Regional Environment Programme will work with the IFC, ' +
        'AUDA-NEPAD and the Millennium Challenge Corporation under PEPFAR.',
    );
    assert.deepEqual(out, [
      ['PAHO', 'organization'],
      ['Secretariat of the Pacific Regional Environment Programme', 'organization'],
      ['IFC', 'organization'],
      ['AUDA-NEPAD', 'organization'],
      ['Millennium Challenge Corporation', 'organization'],
      ['PEPFAR', 'initiative'],
    ]);
  });

  test('should read a programme printed in capitals only in capitals, never the common word', () => {
    assert.deepEqual(found('Under PREPARE we will prepare the ground.'), [['PREPARE', 'initiative']]);
  });

  test('should read unlisted pacts, pledges, round tables and ministerials by their head', () => {
    const types = (text: string) => found(text).map(([, type]) => type);
    assert.deepEqual(types('They joined the Clean Cooking Access Pledge.'), ['initiative']);
    assert.deepEqual(types('They held the Round-Table on Ports and Shipping.'), ['event']);
    assert.deepEqual(types('Ministers met at the Fisheries Ministerial.'), ['event']);
  });

  test('should not read a region adjective as the state ("Latin American", "Inter-American")', () => {
    const out = found(
      'Latin American, South American and Pan-American bodies met American and South African officials.',
    );
    assert.equal(out.map(([name, type]) => `${name}:${type}`).join(', '), 'American:country, South African:country');
  });

  test('should not read a city inside a larger place name ("Jeju Island")', () => {
    assert.deepEqual(found('The drill took place south of Jeju Island.'), []);
    assert.deepEqual(found('The leaders met in Jeju.'), [['Jeju', 'city']]);
  });

  test('should read "U.S.-<partner> <name>" as one name', () => {
    assert.deepEqual(found('We welcome the U.S.-Africa Business Forum.')[0], ['U.S.-Africa Business Forum', 'event']);
  });
});
