/**
 * @module open-vocabulary-titles.test
 * Issue 8 item 5: names of programmes, plans and bodies the knowledge base does not hold, written as other drafting
 * traditions write them: titles that go on past their head ("… into …", "… to <Verb> the …", "… Towards 2035"),
 * two programmes joined by "and", a post accredited to a state, a financing facility, a meeting dated "on <day>".
 * Made-up sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { fixtureKb } from './fixture-kb.ts';

const found = (text: string, type: string) =>
  recognizeEntities(text, fixtureKb, { date: '2025-01-01' })
    .filter((m) => m.value.type === type)
    .map((m) => text.slice(m.start, m.end).replace(/\s+/g, ' '));

describe('titles that go on past their head', () => {
  test('should carry a title over "into" and "with" followed by capitalised words', () => {
    assert.deepEqual(found('We endorse the Steppe Principles on Bringing Youth into Water Governance.', 'initiative'), [
      'Steppe Principles on Bringing Youth into Water Governance',
    ]);
    assert.deepEqual(found('They backed the Steppe Masterplan for Persons with Disabilities in May.', 'initiative'), [
      'Steppe Masterplan for Persons with Disabilities',
    ]);
  });
  test('should carry a title over "to", a capitalised verb and its object, across a wrapped "U.S."', () => {
    assert.deepEqual(
      found(
        'We adopted the Plan of Action to Advance the Lake-U.S.\nGreen Shipping Partnership last year.',
        'initiative',
      ),
      ['Plan of Action to Advance the Lake-U.S. Green Shipping Partnership'],
    );
  });
  test('should carry a title over a capitalised verb in -ing and "the"', () => {
    assert.deepEqual(
      found('They support the Steppe Enabling Masterplan on Mainstreaming the Voices of Herders.', 'initiative'),
      ['Steppe Enabling Masterplan on Mainstreaming the Voices of Herders'],
    );
  });
  test('should close a title with a horizon year after "Towards"', () => {
    assert.deepEqual(found('We will implement the Steppe Water Roadmap Towards 2035 together.', 'initiative'), [
      'Steppe Water Roadmap Towards 2035',
    ]);
  });
  test('should not carry a title over "to" before a found name or a lower-case word', () => {
    assert.deepEqual(found('They sent the Steppe Water Strategy to Kazakhstan in May.', 'initiative'), [
      'Steppe Water Strategy',
    ]);
    assert.deepEqual(found('We commit the Steppe Water Strategy to achieving results.', 'initiative'), [
      'Steppe Water Strategy',
    ]);
  });
});

describe('two names joined by "and", posts and facilities', () => {
  test('should read two programmes with their own heads as two names, a weak head alone as part of one', () => {
    assert.deepEqual(
      found(
        'They signed the Steppe Trade Framework Arrangement and Expanded Lake Engagement Workplan in May.',
        'initiative',
      ),
      ['Steppe Trade Framework Arrangement', 'Expanded Lake Engagement Workplan'],
    );
    assert.deepEqual(found('We welcome the Steppe Drought Response Framework and Action Plan.', 'initiative'), [
      'Steppe Drought Response Framework and Action Plan',
    ]);
  });
  test('should read a mission accredited to a state or body as an organisation, a mission alone as a programme', () => {
    assert.deepEqual(found('We welcome the Kyrgyz Mission to the Shanghai Cooperation Organisation.', 'organization'), [
      'Kyrgyz Mission to the Shanghai Cooperation Organisation',
      'Shanghai Cooperation Organisation',
    ]);
    assert.deepEqual(found('We welcome the Steppe Vaccine Mission launched in May.', 'initiative'), [
      'Steppe Vaccine Mission',
    ]);
  });
  test('should read an unlisted financing facility as a programme', () => {
    assert.deepEqual(found('We support the Steppe Drought Resilience Facility.', 'initiative'), [
      'Steppe Drought Resilience Facility',
    ]);
    assert.deepEqual(found('We support the Steppe Drought Resilience Facility.', 'organization'), []);
  });
});

describe('a meeting dated "on <day>"', () => {
  test('should end a meeting name before "on" and a day number', () => {
    assert.deepEqual(
      found('Their commitment during the Steppe Leaders’ Meeting on 24 April 2021 was noted.', 'event'),
      ['Steppe Leaders’ Meeting'],
    );
  });
});
