/**
 * @module drafting-styles.test
 * Statement kind in the drafting of every tradition (US, EU, G7, ASEAN, UN besides Chinese and Russian
 * translations): present-tense undertakings, operative verbs, endorsement verbs, past narrative as
 * record, predictions about things. Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mainCue } from '../../../src/analyse/statements/find-cues.ts';
import { trimMarkup } from '../../../src/analyse/statements/trim-markup.ts';
import { loadContext } from '../../../src/analyse/load-context.ts';

const lexicons = loadContext().lexicons;
const kindOf = (t: string) => mainCue(t, lexicons)?.kind ?? null;

describe('statement kind across drafting styles', () => {
  const cases: [string, string][] = [
    ['We commit to doubling support for rural clinics.', 'commitment'],
    ['We recommit to training ten thousand nurses by 2030.', 'commitment'],
    ['We launch a coalition to counter the smuggling of migrants.', 'commitment'],
    ['We announce a new facility for small island states.', 'commitment'],
    ['We are stepping up our efforts to curb illicit finance.', 'commitment'],
    ['We task our ministers to report by the next summit.', 'commitment'],
    ['STRENGTHEN cooperation on disaster relief through regional centres.', 'commitment'],
    ['Further promote connectivity across the subregion.', 'commitment'],
    ['We applaud the efforts of the mediators.', 'endorsement'],
    ['We are grateful to the host for its hospitality.', 'endorsement'],
    ['We express our deep appreciation for the work of the envoys.', 'endorsement'],
    ['We celebrate the first anniversary of the pact.', 'endorsement'],
    ['We acknowledge the results of the ministerial review.', 'endorsement'],
    ['We look forward to the signature of the trade agreement between the two blocs.', 'endorsement'],
    ['We look forward to holding the next summit in 2027.', 'commitment'],
    ['At the last summit we launched a fund for ocean research.', 'record'],
    ['The host country has announced a programme of scholarships.', 'record'],
    ['There was a discussion on the reform of the lending institutions.', 'record'],
    ['Since the last summit the world has changed, and we have taken ambitious steps in response.', 'record'],
    ['We have taken note of the report of the envoys.', 'endorsement'],
    ['This will play a key role in the recovery of the region.', 'position'],
    ['We remain committed to dialogue with all our neighbours.', 'position'],
    ['We will continue to uphold the principles of the charter.', 'position'],
    ['We will continue to hold annual consultations on water.', 'commitment'],
    ['We are resolved to preserve peace and stability across the region.', 'position'],
    ['We are resolved to open a joint office for customs in 2026.', 'commitment'],
    ['We will maintain solidarity with the people of the islands.', 'position'],
    ['We remain committed to strengthening the rules-based international order.', 'position'],
    ['We remain committed to strengthening the port of the capital by 2027.', 'commitment'],
    ['We are working together to achieve our shared goals of prosperity.', 'position'],
    ['Recognizing the steps discussed at the forum, we intend to open a new office.', 'commitment'],
    [
      'Our trust rests on the conviction that our peoples will prosper together, and we welcome the new forum.',
      'endorsement',
    ],
  ];
  for (const [text, kind] of cases) test(`"${text}" → ${kind}`, () => assert.equal(kindOf(text), kind));
});

describe('support as a noun or a purpose, and other forms of other traditions', () => {
  const cases: [string, string | null][] = [
    ['We stand in solidarity to support the people of the islands.', null],
    ['The union remains firm in its resolve to welcome refugees.', null],
    ['We remain unwavering in our financial and technical support to the region.', null],
    // The noun decides only where no verb does (a weak cue): support for a named thing is still an endorsement.
    ['Our support for the mediation is firm.', 'endorsement'],
    ['We are stepping up our support for the mediation.', 'commitment'],
    ['We would like to thank the host for its hospitality.', 'endorsement'],
    ['We are united in supporting the peace plan put forward by the mediators.', 'endorsement'],
    ['We support the peace plan put forward by the mediators.', 'endorsement'],
    ['We agreed to support the candidacy of the region.', 'commitment'],
    ['We are encouraged by the progress of the talks.', 'endorsement'],
    ['The ministers are pleased with the opening of the new crossing.', 'endorsement'],
    ['The United States is providing USD 10 million to the fund.', 'commitment'],
    ['The partners are convening a donor conference in the spring.', 'commitment'],
    ['Opportunities for trade are expanding across the region.', null],
    ['We will not rest until the last mine is cleared.', 'commitment'],
    ['We hold the firm belief that our peoples will prosper together.', 'position'],
    ['We reaffirm that the Charter will remain the foundation of the international order.', 'position'],
    ['We underscore that the region will need new sources of finance.', 'position'],
    ['They declare that they will continue to hold annual consultations.', 'commitment'],
    // The same frame with an abstract aim: a position (GUIDE; promise-objects.json).
    ['They declare that they will continue to consolidate their friendly relations.', 'position'],
    ['The parties agreed that the next meeting will be held in Tashkent in 2026.', 'commitment'],
    ['We confirm that the frozen assets will remain immobilized until the damage is paid.', 'commitment'],
    ['We reaffirm that we will hold the next summit in Lima.', 'commitment'],
    ['We commend Kenya for its leadership of the mission.', 'endorsement'],
    ['We confirm our support for the peace plan.', 'position'],
    ['We highlight the role of women in the negotiations.', 'position'],
    ['Since the last summit, we have established a joint secretariat in Suva.', 'record'],
    ['The partners have made significant progress on the customs agreement.', 'record'],
    ['This will include joint patrols and a shared training centre.', 'commitment'],
    ['As neighbours, we will occasionally see things differently.', 'position'],
  ];
  for (const [text, kind] of cases) test(`"${text}" → ${kind}`, () => assert.equal(kindOf(text), kind));
});

describe('markup around a statement', () => {
  const slice = (t: string) => {
    const s = trimMarkup(t, { start: 0, end: t.length });
    return t.slice(s.start, s.end);
  };
  test('should drop list markers, emphasis and a bold paragraph number', () => {
    assert.equal(slice('-   **BUILD** bridges between our peoples.****'), 'BUILD** bridges between our peoples.');
    assert.equal(slice('**3 WELCOME** the new fund;'), 'WELCOME** the new fund;');
    assert.equal(slice('## Trade'), 'Trade');
  });
  test('should keep a number that is part of the sentence', () => {
    assert.equal(slice('2026 will be the year of culture.'), '2026 will be the year of culture.');
  });
});
