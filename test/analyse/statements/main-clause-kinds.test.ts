/**
 * @module main-clause-kinds.test
 * Statement kinds decided by the main clause and the document's voice: cues only in a subordinate clause leave a
 * position (unless a verb of saying frames them), a chair's past-tense narrative is a record, and the US/EU drafting
 * forms "our aim is to", "we are exploring / working with", "acknowledge <X>'s progress". Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { narratesMeeting } from '../../../src/analyse/statements/chair-narrative.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';

const lexicons = loadContext().lexicons;
const kindOf = (t: string) => mainCue(t, lexicons)?.kind ?? null;

describe('main clause first', () => {
  test('should leave a position when every cue sits in a subordinate clause', () => {
    assert.equal(kindOf('Our alliance rests on the conviction that open markets will lift every region.'), 'position');
    assert.equal(kindOf('Our ties are a source of strength that we will draw on.'), 'position');
  });
  test('should let a verb of saying hand the kind to its clause', () => {
    assert.equal(kindOf('They declare that they will continue to expand rail links.'), 'commitment');
  });
});

describe('drafting forms of US and EU statements', () => {
  const cases: [string, string][] = [
    ['Our aim is to begin the first disbursements by the spring.', 'commitment'],
    ['We are exploring all options to fund the reconstruction of the port.', 'commitment'],
    ['We are working together with the island states to restore the reef monitoring network.', 'commitment'],
    ['We are working to secure peace across the region.', 'position'],
    ['We acknowledge Moldova’s progress in its judicial reform.', 'endorsement'],
    ['Our research cooperation will contribute to the dynamism of the region.', 'position'],
    ['The purpose of our partnership is and will remain to promote stability.', 'position'],
    ['Our countries will work together to restore the reef monitoring network.', 'commitment'],
  ];
  for (const [text, kind] of cases) test(`"${text}" → ${kind}`, () => assert.equal(kindOf(text), kind));
});

describe("a chair's narrative", () => {
  test('should read a past-tense report of the leaders or the chair as narrative', () => {
    assert.ok(narratesMeeting('With regard to the crisis, we reiterated our respective positions.', lexicons));
    assert.ok(narratesMeeting('Leaders, including the host, shared their views on the crisis.', lexicons));
    assert.ok(narratesMeeting('Some Leaders objected to the inclusion of this paragraph.', lexicons));
    assert.ok(narratesMeeting('Most members strongly condemned the attack.', lexicons));
  });
  test('should not read the present tense or a verb that only ends like a past as narrative', () => {
    assert.ok(!narratesMeeting('Most members strongly condemn the attack.', lexicons));
    assert.ok(!narratesMeeting('Leaders need a forum for such questions.', lexicons));
    assert.ok(!narratesMeeting('The region faced a drought.', lexicons));
  });
});

describe('soft-wrapped text', () => {
  test('should find a cue whose words a line break separates', () => {
    assert.equal(kindOf('We are\n    particularly grateful to the host for its hospitality.'), 'endorsement');
    assert.equal(kindOf('We are working\ntogether with the island states to restore the reef network.'), 'commitment');
  });
});
