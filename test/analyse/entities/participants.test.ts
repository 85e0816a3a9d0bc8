import { loadContext } from '../../../src/analyse/load-context.ts';
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { toAnnotation } from '../../../src/analyse/entities/entity-mention.ts';
import { findParticipants } from '../../../src/analyse/entities/find-participants.ts';
import { loadEntityLexicons } from '../../../src/analyse/shared/entity-lexicons.ts';
import { createPipeline } from '../../../src/analyse/pipeline.ts';
import { entitiesStep } from '../../../src/analyse/entities/entities-step.ts';
import { participantsStep } from '../../../src/analyse/entities/participants-step.ts';
import { fixtureKb } from './fixture-kb.ts';

const participants = (text: string, date = '2025-04-26') =>
  findParticipants(
    text,
    recognizeEntities(text, fixtureKb, { date }).map(toAnnotation),
    loadEntityLexicons(),
    fixtureKb,
  ).map((p) => p.value);

describe('participants', () => {
  test('should give each person listed after a plural role that role and the country named after them', () => {
    const out = participants(
      'Presidents Serdar Berdimuhamedov of Turkmenistan, Jeenbek Kulubaev of Kyrgyzstan, and Wang Yi of China ' +
        'arrived in Astana on Monday.',
    );
    assert.deepEqual(
      out.map((p) => [p.name, p.country, p.role]),
      [
        ['Serdar Berdimuhamedov', 'TM', 'President'],
        ['Jeenbek Kulubaev', 'KG', 'President'],
        ['Wang Yi', 'CN', 'President'],
      ],
    );
  });
  test('should not spread a plural role over names after a sentence break', () => {
    assert.deepEqual(participants('He thanked the Presidents. Wang Yi arrived.'), []);
  });
  test('should list people named with a role in an attendance preamble, with their country', () => {
    const text =
      'The meeting was attended by Minister of Foreign Affairs of Kyrgyzstan Zheenbek Kulubayev, Foreign Minister ' +
      'of China Wang Yi, and the Ambassador of Turkmenistan to China Ivan Petrov.';
    assert.deepEqual(
      participants(text).map((p) => [p.name, p.country, p.role]),
      [
        ['Jeenbek Kulubaev', 'KG', 'Minister of Foreign Affairs of Kyrgyzstan'],
        ['Wang Yi', 'CN', 'Foreign Minister of China'],
        ['Ivan Petrov', 'TM', 'Ambassador of Turkmenistan to China'],
      ],
    );
  });
  test('should read a role printed after the name', () => {
    const [p] = participants(
      'Ivan Petrov, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, spoke.',
    );
    assert.equal(p.name, 'Ivan Petrov');
    assert.equal(p.role, 'Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan');
    assert.equal(p.country, 'KZ');
  });
  test('should leave out spokespeople and people merely named', () => {
    assert.deepEqual(
      participants('Chinese foreign ministry spokesperson Guo Jiakun told reporters. Wang Yi was mentioned.'),
      [],
    );
  });
  test('should take people tied to a country in a sentence listing who took part', () => {
    const out = participants(
      'The meeting brought together his counterparts: China’s Wang Yi and Zheenbek Kulubaev from the Kyrgyz Republic.',
    );
    assert.deepEqual(
      out.map((p) => [p.name, p.country]),
      [
        ['Wang Yi', 'CN'],
        ['Jeenbek Kulubaev', 'KG'],
      ],
    );
  });
  test('should give an official of an international organisation no country, whatever their nationality', () => {
    const out = participants(
      'The meeting was attended by Secretary-General Maria Ostrova and UN Deputy Secretary-General Paulo Ferreira.',
    );
    assert.deepEqual(
      out.map((p) => [p.name, p.country]),
      [
        ['Maria Ostrova', null],
        ['Paulo Ferreira', null],
      ],
    );
  });
  test('should give no country to the head of an unlisted body opened by an international one', () => {
    const out = participants('Maria Ostrova, head of the UN Regional Office for Steppe Affairs, attended the meeting.');
    assert.deepEqual(
      out.map((p) => [p.name, p.country]),
      [['Maria Ostrova', null]],
    );
  });
  test('should keep the country of an official of a national body', () => {
    const [p] = participants('Director of the Central Committee of the People’s Party Wang Yi attended the meeting.');
    assert.equal(p.name, 'Wang Yi');
    assert.equal(p.country, 'CN');
  });
  test('should trust the post the knowledge base records over a role printed beside the wrong name', () => {
    const [p] = participants('Attended: Minister of Foreign Affairs of Kazakhstan Zheenbek Kulubayev.');
    assert.equal(p.country, 'KG');
  });
  test('should run as pipeline steps, entities before participants', () => {
    const pipeline = createPipeline([entitiesStep, participantsStep]);
    const text = 'title: x\npublished: 2025-04-26\n---\nChinese Foreign Minister Wang Yi attended.';
    const tree = { kind: 'root' as const, start: 0, end: text.length, children: [] };
    const out = pipeline.run(
      { id: 'd_1', text, meta: { published: '2025-04-26' } },
      tree,
      loadContext({ kb: fixtureKb }),
    );
    assert.deepEqual(out.diagnostics, []);
    assert.ok(out.layers.entities.some((a) => (a.value as { entityId: string }).entityId === 'person:wang-yi'));
    assert.equal((out.layers.participants[0].value as { name: string }).name, 'Wang Yi');
    assert.ok(!out.layers.entities.some((a) => a.start < text.indexOf('---')), 'nothing from the header block');
  });
});
