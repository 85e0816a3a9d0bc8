/**
 * @module meeting-sentence-lexicon.test
 * The word lists of `data/lexicons/meeting-sentence.json` compile to the very expressions the
 * meeting detector held before they moved to data (a refactor guard), and each list says why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { cuesOf } from '../../../src/analyse/meeting/meeting-sentence.ts';

test('meeting-sentence word lists match whole words of any script and keep the former expressions', () => {
  const { lexicons } = loadContext();
  const c = cuesOf(lexicons);
  // Nouns and verbs are whole words of any script; Russian stems take any case ending.
  for (const t of ['the summit', 'two meetings', 'VIII саммит', 'на саммите', 'во встрече', 'заседания'])
    assert.match(t, c.noun);
  for (const t of ['summitry', 'Meetingroom']) assert.doesNotMatch(t, c.noun);
  for (const t of ['was held', 'завершился', 'состоялась', 'прошёл', 'Launched at the Summit']) assert.match(t, c.verb);
  assert.doesNotMatch('they withheld it', c.verb);
  // The English weekdays first, then those of the other drafting languages (issue 8: data/lexicons/<language>/).
  assert.ok(
    c.weekday.source.startsWith(String.raw`\b(on |last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|`),
  );
  for (const t of ['le mardi 7 juin', 'el miércoles 8 de junio']) assert.match(t, c.weekday);
  assert.equal(
    c.recalled.source,
    new RegExp(
      String.raw`\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?\s+ago|` +
        String.raw`last\s+year(?:'s)?|(?:previous|preceding|prior|past|former)\s+(?:\w+\s+){0,3}` +
        String.raw`(?:meeting|summit|session|forum|conference|talks)s?)\b`,
    ).source,
  );
  for (const list of [c.weekday, c.recalled]) assert.equal(list.flags, 'i');
  const lists = lexicons.meetingSentence;
  const all = [lists.meetingNouns, lists.meetingVerbs, lists.meetingNounStems, lists.meetingVerbStems, lists.weekdays];
  for (const list of [...all, lists.recalled]) assert.ok(list.why);
});
