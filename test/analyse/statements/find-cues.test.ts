/**
 * @module find-cues.test
 * Statement kind from the main verb: each modality form, negation, hedge.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const kindOf = (t: string) => mainCue(t, fixtureLexicons())?.kind ?? null;

describe('statement kind from the main verb', () => {
  const cases: [string, string][] = [
    ['The Parties will hold the next meeting in 2026.', 'commitment'],
    ['The Parties agreed to hold the next meeting in China.', 'commitment'],
    ['The Parties are ready to strengthen cooperation.', 'commitment'],
    ['The Parties expressed readiness to deepen cooperation.', 'commitment'],
    ['The Parties expressed their readiness to deepen cooperation.', 'commitment'],
    ['The Parties intend to conduct joint operations.', 'commitment'],
    ['The ministers committed to close coordination for the summit.', 'commitment'],
    ['The Parties will continue to work to increase trade.', 'commitment'],
    ['The parties will step up efforts in smart agriculture.', 'commitment'],
    ['The Parties decided to establish a secretariat.', 'commitment'],
    ['The Parties support the initiative of Tajikistan.', 'endorsement'],
    ['The Parties welcomed the holding of the forum.', 'endorsement'],
    ['The Parties highly appreciate the work of the mechanism.', 'endorsement'],
    ['The ministers praised the preparatory work.', 'endorsement'],
    ['The Parties took note of the proposal.', 'endorsement'],
    ['The Parties noted with satisfaction the growth of trade.', 'endorsement'],
    ['The Parties reaffirm their commitment to multilateralism.', 'position'],
    ['The Parties stress the importance of dialogue.', 'position'],
    ['The Parties emphasized the need for restraint.', 'position'],
    ['The Parties oppose interference in internal affairs.', 'position'],
    ['The Parties advocate resolving disputes peacefully.', 'position'],
    ['The Parties call for an early ceasefire.', 'position'],
    ['The Parties agreed on the need to develop free economic zones.', 'position'],
    ['The Parties discussed preparations for the summit.', 'record'],
    ['The Parties reviewed documents planned for signing.', 'record'],
    ['The Parties exchanged views on regional issues.', 'record'],
  ];
  for (const [text, kind] of cases) test(`should read "${text}" as ${kind}`, () => assert.equal(kindOf(text), kind));

  test('should read a negated commitment as a position', () => {
    assert.equal(kindOf('The Parties will not take part in decisions aimed at interference.'), 'position');
    assert.equal(kindOf('The Member States do not participate in such decisions.'), 'position');
  });
  test('should read a hedge ("study the feasibility of") as a commitment of lower confidence', () => {
    const c = mainCue('The Parties will study the feasibility of a new railway.', fixtureLexicons())!;
    assert.equal(c.kind, 'commitment');
    assert.ok(c.confidence < 0.7);
  });
  test('should pick the main verb, not a verb of a participle or relative clause', () => {
    assert.equal(
      kindOf('The parties, noting the importance of investment, welcome the holding of the forum.'),
      'endorsement',
    );
    assert.equal(
      kindOf('The Parties welcomed the opening of the centre, which will enhance cooperation.'),
      'endorsement',
    );
  });
  test('should look past a framing verb to the clause after "that"', () => {
    assert.equal(kindOf('All parties reiterated that they are willing to continue to cooperate.'), 'commitment');
    assert.equal(kindOf('The parties pointed out that cooperation has continued to grow.'), 'position');
  });
});
