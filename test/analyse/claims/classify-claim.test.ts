/**
 * @module classify-claim.test
 * Which report sentences are checkable claims about the meeting, their aspect and whom the
 * report attributes them to; what is not a claim (headings, polls, history, short captions). Issue 9: how
 * news of any outlet reports a meeting beyond its act verbs (its rank, decisions in the passive future, a body
 * renamed or set up) and what is context (the event it follows, its backdrop, an act dated in an earlier year).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadClaimLexicon } from '../../../src/analyse/shared/claim-lexicon.ts';
import { classifyClaim, type SentenceMention } from '../../../src/analyse/claims/classify-claim.ts';

const lex = loadClaimLexicon();

/** A mention of `surface` in `text`, with offsets relative to the sentence. */
function at(text: string, surface: string, m: Omit<SentenceMention, 'start' | 'end'>): SentenceMention {
  const start = text.indexOf(surface);
  assert.ok(start >= 0, surface);
  return { ...m, start, end: start + surface.length };
}
const person = (text: string, name: string) => at(text, name, { type: 'person', entityId: `person:${name}` });
const state = (text: string, name: string, c: string) =>
  at(text, name, { type: 'country', entityId: `country:${c}`, country: c });

describe('claims in reports', () => {
  test('should give the aspect of what the report says happened', () => {
    const cases: [string, string][] = [
      ['The ministers signed a joint communiqué at the end of the meeting.', 'adoption'],
      ['The leaders agreed to hold the next summit in 2027 in Ashgabat.', 'agreement'],
      ['The sides supported the initiative on a regional water fund.', 'position'],
      ['The meeting of foreign ministers took place in Tashkent on Friday.', 'attendance'],
      ['The parties announced a joint fund for green energy projects.', 'announcement'],
      // Other ways news words attendance, decisions, documents issued and a document's positions.
      ['The delegation of Mongolia was represented at the summit by its ambassador.', 'attendance'],
      ['Ministers of transport and energy were also in attendance at the meeting.', 'attendance'],
      ['The presidents held a trilateral summit at the lakeside residence on Friday.', 'attendance'],
      ['The leaders issued a joint statement on water and energy after the talks.', 'adoption'],
      ['The leaders appointed a new secretary general of the organization for three years.', 'agreement'],
      ['The declaration calls for a ceasefire and the release of all hostages in the region.', 'position'],
      ['The statement stopped short of naming the country responsible for the attack.', 'position'],
      ['На саммите лидеры подписали итоговую декларацию встречи.', 'adoption'],
    ];
    for (const [text, aspect] of cases) assert.equal(classifyClaim(text, [], lex)?.aspect, aspect, text);
  });

  test("should attribute one participant's remarks to the participant and joint acts to the meeting", () => {
    const said = 'Minister Amina Bekova said that cooperation remains a top priority for her country.';
    assert.equal(classifyClaim(said, [person(said, 'Amina Bekova')], lex)?.attributedTo, 'participant');
    const joint = classifyClaim('The foreign ministers of the five countries agreed to expand transit.', [], lex);
    assert.equal(joint?.attributedTo, 'meeting');
    const quote = classifyClaim('“We are ready to open new routes across the region,” the president said.', [], lex);
    assert.equal(quote?.attributedTo, 'participant');
    const alone = 'Mongolia supports the efforts of its neighbours to modernise border controls.';
    assert.equal(classifyClaim(alone, [state(alone, 'Mongolia', 'MN')], lex)?.attributedTo, 'participant');
    // The scene before the subject ("At the ministers' meeting, …") does not make it joint.
    const scene = "At the foreign ministers' meeting in Tashkent, Minister Amina Bekova proposed a transit fund.";
    assert.equal(classifyClaim(scene, [person(scene, 'Amina Bekova')], lex)?.attributedTo, 'participant');
    const during = 'During the talks in Tashkent, the ministers agreed to open a transit fund.';
    assert.equal(classifyClaim(during, [], lex)?.attributedTo, 'meeting');
    // Quoted words that name states together are the speaker's account of relations …
    const q = '“Mongolia and Kazakhstan signed a transit accord across the steppe,” the president said.';
    const qStates = [state(q, 'Mongolia', 'MN'), state(q, 'Kazakhstan', 'KZ')];
    assert.equal(classifyClaim(q, qStates, lex)?.attributedTo, 'participant');
    // … while a speaker who reports what the parties as a group did reports the meeting, in quotes or not.
    const group = '“The ministers signed a transit accord across the steppe,” the president said.';
    assert.equal(classifyClaim(group, [], lex)?.attributedTo, 'meeting');
    const reported = 'President Amina Bekova said all five leaders have agreed on a plan for the rivers.';
    assert.equal(classifyClaim(reported, [person(reported, 'Amina Bekova')], lex)?.attributedTo, 'meeting');
    const own = 'President Amina Bekova said her country will open a new consulate in the capital.';
    assert.equal(classifyClaim(own, [person(own, 'Amina Bekova')], lex)?.attributedTo, 'participant');
    const doc = '“We will expand transit across the region,” the ministers said in a joint statement.';
    assert.equal(classifyClaim(doc, [], lex)?.attributedTo, 'document');
    // A bloc and a state listed together act jointly.
    const bloc = 'On transit, the Union and Mongolia called for faster border crossings.';
    const blocMentions = [
      at(bloc, 'the Union', { type: 'organization', entityId: 'org:union' }),
      state(bloc, 'Mongolia', 'MN'),
    ];
    assert.equal(classifyClaim(bloc, blocMentions, lex)?.attributedTo, 'meeting');
    const two = 'Mongolia and Kazakhstan supported the creation of a joint transit council.';
    const mentions = [state(two, 'Mongolia', 'MN'), state(two, 'Kazakhstan', 'KZ')];
    assert.equal(classifyClaim(two, mentions, lex)?.attributedTo, 'meeting');
  });

  test('should keep the states and people a claim names, and whether it is negated', () => {
    const text = 'Kazakhstan and Uzbekistan did not sign the transit agreement at the summit.';
    const c = classifyClaim(text, [state(text, 'Kazakhstan', 'KZ'), state(text, 'Uzbekistan', 'UZ')], lex);
    assert.deepEqual(c?.states, ['KZ', 'UZ']);
    assert.equal(c?.negated, true);
    for (const denial of [
      'Mongolia has signalled it won’t sign the declaration of the summit this week.',
      "Mongolia has signalled it won't sign the declaration of the summit this week.",
    ])
      assert.equal(classifyClaim(denial, [state(denial, 'Mongolia', 'MN')], lex)?.negated, true, denial);
    const plain = 'Mongolia has signalled it will sign the declaration of the summit this week.';
    assert.equal(classifyClaim(plain, [state(plain, 'Mongolia', 'MN')], lex)?.negated, false);
  });

  test('should take a list of signatories for an adoption claim', () => {
    const text = 'The signatories of the declaration included Mongolia, Kazakhstan and Uzbekistan.';
    assert.equal(classifyClaim(text, [], lex)?.aspect, 'adoption');
  });

  test('should not take headings, polls, history or short captions for claims', () => {
    for (const text of [
      'Regional Consensus Emerges',
      'Xi said.',
      'According to a poll, 90 per cent of respondents believe the mechanism focuses on stability.',
      'Since 2019, trade between the countries has grown by a third and reached a record.',
      // Commentary by people who did not take part: advisers, an unnamed official briefing reporters.
      'A policy adviser at a refugee charity said the declaration of the summit was a good first step.',
      'A senior administration official told reporters the leaders of the summit were disappointed.',
    ])
      assert.equal(classifyClaim(text, [], lex), null, text);
  });
});

describe('claims of wide news', () => {
  test("should take the meeting's rank, decisions in the passive future, meetings held and a document's aim", () => {
    const cues = [
      // The rank is a claim whatever history the sentence adds ("since 1998").
      'It was the twelfth session of the forum, which has met every year since 1998.',
      'This is the first summit after the enlargement of the river council.',
      'The opening summit of the steppe partners coincided with the tenth anniversary of their charter.',
      'A joint secretariat of the forum would also be set up in the capital next spring.',
      'On Tuesday the delegations held closed and open format meetings in the old palace.',
      'The declaration is designed to give a framework for closer cooperation on rivers.',
    ].map((text) => classifyClaim(text, [], lex)?.cue);
    assert.deepEqual(cues, ['rank', 'rank', 'rank', 'agreed', 'attended', 'position']);
  });

  test('should tie a decision to the meeting when a body is its subject', () => {
    const text = 'The Steppe Council was renamed the Union of Steppe Peoples by the heads.';
    const plain = 'The Steppe Council was renamed the Union of Steppe Peoples on Friday.';
    const body = (t: string) => [at(t, 'Steppe Council', { type: 'organization', entityId: 'org:steppe' })];
    assert.equal(classifyClaim(plain, body(plain), lex)?.aspect, 'agreement');
    assert.equal(classifyClaim(plain, [], lex), null);
    assert.ok(classifyClaim(text, body(text), lex));
  });

  test('should not take the context a report sets the meeting in for a claim', () => {
    for (const text of [
      'The summit comes only three days after a rival bloc held its own meeting in the region.',
      'The summit was held against the backdrop of rising grain prices across the whole region.',
    ])
      assert.equal(classifyClaim(text, [], lex), null, text);
  });

  test("should not take an act dated in a year before the meeting's for a claim", () => {
    const text = 'Ties worry the region, especially after the two neighbours signed a river treaty in 2019.';
    const states = [state(text, 'neighbours', 'MN')];
    assert.equal(classifyClaim(text, states, lex, { meetingYear: 2024 }), null);
    assert.ok(classifyClaim(text, states, lex, { meetingYear: 2019 }));
    // A year in another clause dates that clause only.
    const clause = 'The leaders reaffirmed the biennial format, first agreed at the summit in 2019.';
    assert.ok(classifyClaim(clause, [], lex, { meetingYear: 2024 }));
  });
});

describe('history over a span of years', () => {
  test('should take acts dated over the last years for history', () => {
    const text = 'Over the last two years, the ministers signed four transit agreements.';
    assert.equal(classifyClaim(text, [], loadClaimLexicon()), null);
  });
});

describe('summit news as outlets outside agency copy word it', () => {
  test('should take a stance worded with a possessive, quote mark or adjective, and negotiated texts', () => {
    const lex = loadClaimLexicon();
    const claims = [
      'The leaders expressed their “grave concern” about the drought in the closing statement of the summit.',
      'The joint statement expresses deep concern over the drought in the river basins.',
      'The ministers accepted a compromise wording on the river basins at the end of the talks.',
      'A total of 30 points were negotiated until the last hour of the two-day meeting.',
      'The host delegation insisted on including in the final text a mention of the river basins.',
    ];
    assert.deepEqual(
      claims.filter((text) => classifyClaim(text, [], lex) === null),
      [],
    );
  });
});

describe('a summit between blocs', () => {
  /** An organisation mention of `surface` in `text`. */
  const bloc = (text: string, surface: string): SentenceMention => {
    const start = text.indexOf(surface);
    return { type: 'organization', entityId: `org:${surface}`, start, end: start + surface.length };
  };

  test('should take a bloc acting, or the two blocs together, for a claim about the meeting', () => {
    const lex = loadClaimLexicon();
    const both = 'The Steppe Union and the River League reaffirmed their commitment to free and fair trade.';
    assert.notEqual(classifyClaim(both, [bloc(both, 'Steppe Union'), bloc(both, 'River League')], lex), null);
    const one = 'The Steppe Union announced a new investment agenda for the river basins.';
    assert.notEqual(classifyClaim(one, [bloc(one, 'Steppe Union')], lex), null);
    assert.notEqual(
      classifyClaim('The two regions reaffirmed their commitment to free and fair trade.', [], lex),
      null,
    );
    // A bloc's bare remark is not an act.
    const said = 'The Steppe Union said the region was a strategic partner of the bloc.';
    assert.equal(classifyClaim(said, [bloc(said, 'Steppe Union')], lex), null);
  });
});
