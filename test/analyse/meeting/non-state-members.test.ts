/**
 * @module non-state-members.test
 * Parties and actors are states: members of a format that are economies ("Chinese Taipei" in
 * APEC) or territories ("French Polynesia" in the Pacific Islands Forum) take part but are never
 * parties or actors, and a territory inside an opening list does not end it. Invented sentences
 * over the repository's knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectParties } from '../../../src/analyse/meeting/detect-parties.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { sentenceSpans } from '../../../src/analyse/shared/sentence-spans.ts';
import { resolveActors } from '../../../src/analyse/statements/resolve-actors.ts';
import { membersOn } from '../../../src/analyse/shared/group-members.ts';

const lexicons = loadContext().lexicons;
const parties = (text: string, date: string | null = null) =>
  detectParties({ text, sentences: sentenceSpans(text, []), lexicons, entities: [], date });

describe('parties are states', () => {
  test('should expand a format of member economies to its member states only', () => {
    const p = parties('We, the Leaders of APEC, met in a port city and agreed on the following.', '2023-11-17')!;
    assert.equal(p.parties.length, 19);
    assert.ok(p.parties.includes('CN') && p.parties.includes('US'));
    assert.ok(!p.parties.includes('TW') && !p.parties.includes('HK'));
  });
  test('should read a "We—the governments of …" list past the territories in it', () => {
    const text =
      'We—the governments of Fiji, French Polynesia, Kiribati, New Caledonia, Samoa, and the United States of ' +
      'America—meet on the occasion of a summit held in a capital.';
    const p = parties(text)!;
    assert.deepEqual(p.parties, ['FJ', 'KI', 'US', 'WS']);
    assert.equal(p.rule, 'we-the');
  });
  test('should keep states in free association with treaty-making capacity of their own as parties', () => {
    const p = parties('We, the Leaders of Niue, the Cook Islands and Tonga, adopt this declaration.')!;
    assert.deepEqual(p.parties, ['CK', 'NU', 'TO']);
  });
  test('should leave a territory out of its forum’s member states from the day it joined', () => {
    const pif = lexicons.kb.groups.find((g) => g.id === 'org:pif')!;
    for (const date of ['2015-01-01', '2024-08-26']) {
      const on = membersOn(pif, date);
      assert.ok(!on.includes('PF') && !on.includes('NC'), date);
      assert.ok(on.includes('FJ'), date);
    }
  });
});

describe('actors are states', () => {
  test('should not make a member economy named as the subject an actor', () => {
    const text = 'Chinese Taipei will host a workshop on trade facilitation.';
    const cue = text.indexOf(' will');
    const found = resolveActors(text, 0, cue, { parties: ['CN', 'US'], previous: null, lexicons, entities: [] });
    assert.deepEqual(found.actors, []);
  });
  test('should still make a state named as the subject the actor', () => {
    const text = 'Samoa will host a workshop on trade facilitation.';
    const cue = text.indexOf(' will');
    const found = resolveActors(text, 0, cue, { parties: ['WS', 'US'], previous: null, lexicons, entities: [] });
    assert.deepEqual(found.actors, ['WS']);
  });
});
