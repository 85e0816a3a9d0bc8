/**
 * @module statement-boilerplate.test
 * The word lists moved to data (statement-boilerplate.json, meeting-verbs.json online and speechAddress,
 * actors.json instrumentNouns) say why, and the matchers built from them find what the rules found before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContext } from '../../../src/analyse/load-context.ts';
import { boilerplateOf } from '../../../src/analyse/statements/statement-boilerplate.ts';
import { isSpeech, virtualCue } from '../../../src/analyse/meeting/meeting-place.ts';

const { lexicons } = loadContext();

test('statement boilerplate lists say why and match attendance, adoption, closing and signature lines', () => {
  const lex = lexicons.statementBoilerplate;
  const lists = [lex.attendance, lex.adoption, lex.aboutText, lex.closing, lex.signatoryTitles, lex.actorWords];
  for (const list of [...lists, lex.splitAdverbs]) assert.ok(list.why);
  const b = boilerplateOf(lex);
  const boiler = (t: string) => b.boilerplate.some((re) => re.test(t));
  assert.ok(boiler('The meeting was chaired by the Minister of Foreign Affairs.'));
  assert.ok(boiler('The ministers adopted the following joint statement.'));
  assert.ok(boiler('Kazakhstan (hereinafter the Parties) agreed.'));
  assert.ok(!boiler('The Parties agreed to expand trade.'));
  assert.ok(b.closing.test('Done at Astana on 17 June 2025 in two original copies.'));
  assert.ok(b.closing.test('This Treaty shall enter into force on the date of the last notification.'));
  assert.ok(!b.closing.test('The Parties will hold consultations.'));
  assert.ok(b.signatureLine.test('For the Kyrgyz Republic'));
  assert.ok(b.signatureLine.test('President of the Republic of Tajikistan'));
  assert.ok(b.actorWord.test('Both sides noted progress'));
  assert.ok(b.splitBefore.test('welcomed the forum, and also '));
});

test('online meetings, speeches and instruments between states are read from the lexicons', () => {
  const online = virtualCue(lexicons.meetingVerbs);
  assert.ok(online.test('The summit was held via videoconference.'));
  assert.ok(online.test('in a virtual format'));
  assert.ok(!online.test('a virtual reality exhibition'));
  assert.ok(isSpeech('Dear colleagues, ladies and gentlemen', {}, lexicons));
  assert.ok(!isSpeech('The ministers met in Almaty.', {}, lexicons));
  assert.ok(lexicons.actors.instrumentNouns.words.includes('treaty'));
});
