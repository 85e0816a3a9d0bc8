/**
 * @module meeting-sentence-lexicon.test
 * The word lists of `data/lexicons/meeting-sentence.json` compile to the very expressions the
 * meeting detector held before they moved to data (a refactor guard), and each list says why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { cuesOf } from '../../../src/analyse/meeting/meeting-sentence.ts';

test('meeting-sentence word lists compile to the former expressions', () => {
  const { lexicons } = loadContext();
  const c = cuesOf(lexicons);
  assert.equal(c.noun.source, /\b(meeting|summit|conference|forum|session|talks|ministerial|dialogue)s?\b/i.source);
  assert.equal(
    c.verb.source,
    new RegExp(
      String.raw`\b(held|took place|convened|met|hosted|opened|concluded|ended|began|started|attended|participation` +
        String.raw`|chaired|gathered)\b`,
      'i',
    ).source,
  );
  assert.equal(c.weekday.source, /\b(on |last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.source);
  assert.equal(
    c.recalled.source,
    new RegExp(
      String.raw`\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?\s+ago|` +
        String.raw`last\s+year(?:'s)?|(?:previous|preceding|prior|past|former)\s+(?:\w+\s+){0,3}` +
        String.raw`(?:meeting|summit|session|forum|conference|talks)s?)\b`,
    ).source,
  );
  for (const list of [c.noun, c.verb, c.weekday, c.recalled]) assert.equal(list.flags, 'i');
  const lists = lexicons.meetingSentence;
  for (const list of [lists.meetingNouns, lists.meetingVerbs, lists.weekdays, lists.recalled]) assert.ok(list.why);
});
