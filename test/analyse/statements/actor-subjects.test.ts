/**
 * @module actor-subjects.test
 * Statement actors in other drafting: an infinitive's subject and an apposition are not the statement's subject,
 * the pronoun "us" is no country, "U.S." is one, and a national body the entities layer ties to a state makes that
 * state the actor (a fact sheet's "USAID will …"); leaders named beside "we" do not narrow it. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { EntityMentionValue } from '../../../src/model/layers.ts';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { resolveActors } from '../../../src/analyse/statements/resolve-actors.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';

const lexicons = loadContext().lexicons;
const SEVEN = ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US'];
const actors = (text: string, parties: string[], entities: Annotation[] = []) =>
  resolveActors(text, 0, mainCue(text, lexicons)?.start ?? null, { parties, previous: null, lexicons, entities })
    .actors;

/** An entity mention of `name` in `text`, tied to `country`. */
function mention(text: string, name: string, type: 'person' | 'organization', country: string): Annotation {
  const start = text.indexOf(name);
  const value: EntityMentionValue = { entityId: `${type}:x`, type, name, known: true, country };
  return { layer: 'entities', start, end: start + name.length, value, source: 'test', confidence: 1 };
}

describe('subjects that are not the statement’s', () => {
  test('should not take the subject of an infinitive for the speaker', () => {
    const text = 'It is not right for the aggressor state of Ruritania to decide when it will pay.';
    assert.deepEqual(actors('It is not right for Canada to decide if or when it will pay.', SEVEN), SEVEN);
    assert.deepEqual(actors(text, SEVEN), SEVEN);
  });
  test('should read past an apposition to the named state', () => {
    assert.deepEqual(actors('Italy, as the holder of the presidency, will host the next summit.', SEVEN), ['IT']);
  });
  test('should read past who leads the subject', () => {
    const text =
      'Canada and Japan, under the leadership of Prime Minister A, Prime Minister B, and the G7 chair, will act.';
    assert.deepEqual(actors(text, SEVEN), ['CA', 'JP']);
  });
  test('should read past each "led by" phrase of the lexicon, which says why and where from', () => {
    const ledBy = lexicons.actors.ledBy;
    assert.ok(ledBy.why.length > 40 && ledBy.words.includes('represented by'));
    const text = 'France, represented by the Minister of Germany and the envoy of Italy, will host the next summit.';
    assert.deepEqual(actors(text, SEVEN), ['FR']);
    const led = 'France, led by the Minister of Germany and the envoy of Italy, will host the next summit.';
    assert.deepEqual(actors(led, SEVEN), ['FR']);
  });
  test('should not take a state named after a preposition, or those coordinated to it, for the subject', () => {
    const text = 'We regret the recent elections in Chile, Peru and Bolivia and call on all sides to talk.';
    assert.deepEqual(actors(text, SEVEN), SEVEN);
    assert.deepEqual(actors('We seek stable relations with Chile and recognize the need to talk.', SEVEN), SEVEN);
    assert.deepEqual(actors('The Government of Japan will host the next meeting.', SEVEN), ['JP']);
  });
  test('should not take a state that names a sea or a peninsula for the subject', () => {
    const text = 'We remain concerned about the East and South China Seas and strongly oppose any unilateral attempts.';
    assert.deepEqual(actors(text, SEVEN), SEVEN);
  });
  test('should join "the U.S. and …" and "together with …" states to the subject', () => {
    assert.deepEqual(actors('The U.S. and Japanese navies will conduct an exercise.', SEVEN), ['JP', 'US']);
    assert.deepEqual(actors('Canada, together with Italy, will co-host the event.', SEVEN), ['CA', 'IT']);
  });
  test('should not join a state before "and we" to the speaker', () => {
    const text = 'We stand united in our approach to Chile and we are ready to respond decisively.';
    assert.deepEqual(actors(text, SEVEN), SEVEN);
  });
  test('should not read the pronoun "us" as the United States', () => {
    assert.deepEqual(actors('Each of us will take the measures necessary.', SEVEN), SEVEN);
  });
  test('should read the initialism "U.S." as the United States', () => {
    assert.deepEqual(actors('The U.S. Department of Energy is providing new grants.', ['KE', 'NG', 'US']), ['US']);
  });
});

describe('people and national bodies as actors', () => {
  test('should take a national agency for its state', () => {
    const text = 'The Development Agency of Japan will launch a programme for rice farmers.';
    const entities = [mention(text, 'Development Agency of Japan', 'organization', 'JP')];
    assert.deepEqual(actors(text, SEVEN, entities), ['JP']);
  });
  test('should not narrow "we" to the leaders named beside it', () => {
    const text = 'We, President Ferro and Prime Minister Alba, affirm our shared vision.';
    const entities = [
      mention(text, 'President Ferro', 'person', 'US'),
      mention(text, 'Prime Minister Alba', 'person', 'JP'),
    ];
    assert.deepEqual(actors(text, ['JP', 'KR', 'US'], entities), ['JP', 'KR', 'US']);
  });
  test('should leave an organisation without a state to the rules of groups', () => {
    const text = 'The Regional Bank will finance the corridor.';
    assert.deepEqual(actors(text, SEVEN, []), SEVEN);
  });
});

describe('regional phrases and the speakers’ own states', () => {
  const PIF = ['AU', 'FJ', 'NZ', 'PG', 'TO', 'US', 'WS'];
  test('should read "Pacific Island countries" as the island states among the parties', () => {
    assert.deepEqual(actors('Pacific Island countries will lead the regional response.', PIF), [
      'FJ',
      'PG',
      'TO',
      'WS',
    ]);
    const text = 'Pacific Island countries and the United States will work together.';
    assert.deepEqual(actors(text, PIF), ['FJ', 'PG', 'TO', 'US', 'WS']);
  });
  test('should read "our three countries" and "our governments" as the parties, not the statement before', () => {
    const run = (text: string) =>
      resolveActors(text, 0, mainCue(text, lexicons)?.start ?? null, {
        parties: ['JP', 'KR', 'US'],
        previous: ['US'],
        lexicons,
        entities: [],
      }).actors;
    assert.deepEqual(run('Our three countries will hold exercises annually.'), ['JP', 'KR', 'US']);
    assert.deepEqual(run('Our governments will establish a hotline.'), ['JP', 'KR', 'US']);
  });
});
