/**
 * @module references-rules.test
 * Reference rules: plural meetings, the document's frame, printed versus listed names,
 * linked-place projects, the format's next summit, names joined across "and"/"between".
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotation.ts';
import type { ReferenceValue } from '../../../src/model/layers.ts';
import { findReferences, type ReferenceMeeting } from '../../../src/analyse/statements/find-references.ts';
import {
  lowerCaseProjects,
  nextFormatMeeting,
  printedOrCanonical,
} from '../../../src/analyse/statements/reference-names.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';

const lexicons = fixtureLexicons();
const cca = lexicons.kb.groups.find((g) => g.id === 'org:china-central-asia')!;
const meeting: ReferenceMeeting = {
  format: 'China–Central Asia',
  formatId: cca.id,
  level: 'heads-of-state',
  edition: 2,
  date: '2025-06-17',
  city: 'Astana',
  meetings: cca.meetings,
};
/** References without their spans (spans are checked on their own). */
const withoutSpan = ({ start: _s, end: _e, ...r }: ReferenceValue) => r;
const refs = (t: string, entities: Annotation[] = [], m: ReferenceMeeting | null = meeting) =>
  findReferences(t, 0, t.length, entities, lexicons, 2025, m).map(withoutSpan);
const entity = (t: string, words: string, value: Record<string, unknown>): Annotation => {
  const start = t.indexOf(words);
  return {
    layer: 'entities',
    start,
    end: start + words.length,
    source: 't',
    confidence: 1,
    value: { known: false, ...value },
  };
};

describe('references: plural meetings', () => {
  test('should give one event per date and place, the listed one by its name', () => {
    const t =
      "The Parties praise the China-Central Asia Foreign Ministers' Meetings held in Dushanbe on December 1, 2024, " +
      'and in Almaty on April 26, 2025.';
    const e = entity(t, "China-Central Asia Foreign Ministers' Meetings", {
      entityId: 'new:event:x',
      type: 'event',
      name: "China-Central Asia Foreign Ministers' Meetings",
    });
    assert.deepEqual(
      refs(t, [e]).map((r) => [r.name, r.date, r.place]),
      [
        ["China-Central Asia Foreign Ministers' Meetings (Dushanbe, 2024)", '2024-12-01', 'Dushanbe'],
        ["6th China–Central Asia Foreign Ministers' Meeting", '2025-04-26', 'Almaty'],
      ],
    );
  });
  test('should read the pairs from a parenthesis after a singular name', () => {
    const t =
      'The Parties praise the meeting of foreign ministers of the Central Asia-China format (December 1, 2024, ' +
      'Dushanbe and April 26, 2025, Almaty).';
    const e = entity(t, 'meeting of foreign ministers of the Central Asia-China format', {
      entityId: 'new:event:y',
      type: 'event',
      name: 'meeting of foreign ministers of the Central Asia-China format',
    });
    assert.deepEqual(
      refs(t, [e]).map((r) => r.place),
      ['Dushanbe', 'Almaty'],
    );
  });
});

describe('references: frame and names', () => {
  test('should not refer to the document’s own dialogue format under another of its names', () => {
    const t = 'The heads of state of the China Central Asia Mechanism support the Global Security Initiative.';
    assert.deepEqual(
      refs(t).map((r) => r.name),
      ['Global Security Initiative'],
    );
  });
  test('should name a thing as printed when the knowledge base knows it by an unrelated alias', () => {
    assert.equal(
      printedOrCanonical('Middle Corridor', 'the Trans-Caspian Transport Corridor'),
      'Trans-Caspian Transport Corridor',
    );
    assert.equal(printedOrCanonical('Shanghai Cooperation Organization', 'SCO'), 'Shanghai Cooperation Organization');
    assert.equal(
      printedOrCanonical(
        'Anti-Drug Center of the Shanghai Cooperation Organization',
        'Shanghai Cooperation Organization’s Anti-Drug Center',
      ),
      'Anti-Drug Center of the Shanghai Cooperation Organization',
    );
  });
  test('should keep a name across "between … and" and a last untyped word after "and"', () => {
    assert.deepEqual(
      refs(
        'The Ministers welcomed the Joint Roadmap for Deepening Ties between the EU and Central Asia adopted in 2023.',
        [],
        null,
      ).map((r) => r.name),
      ['Joint Roadmap for Deepening Ties between the EU and Central Asia'],
    );
    assert.deepEqual(
      refs('within the framework of the Meeting of Ministers of Economy and Trade, the Parties agreed', [], null).map(
        (r) => r.name,
      ),
      ['Meeting of Ministers of Economy and Trade'],
    );
  });
  test('should put a soft-wrapped name on one line', () => {
    assert.deepEqual(
      refs('The Leaders attach importance to the Sendai Framework for Disaster Risk\nReduction.', [], null).map((r) => [
        r.type,
        r.name,
      ]),
      [['initiative', 'Sendai Framework for Disaster Risk Reduction']],
    );
  });
});

describe('references: lower-case events and projects', () => {
  test('should read infrastructure named by the places it links', () => {
    assert.deepEqual(
      lowerCaseProjects('including the China–Kyrgyzstan–Uzbekistan railway.').map((r) => [r.ref.type, r.ref.name]),
      [['project', 'China–Kyrgyzstan–Uzbekistan railway']],
    );
    assert.deepEqual(lowerCaseProjects('cooperation with China in the railway sector'), []);
  });
  test('should name the format’s next summit, with its year and place', () => {
    assert.equal(
      nextFormatMeeting('the next summit in this format will be held in 2028', {
        format: 'Russia–Central Asia',
        level: 'heads-of-state',
      })?.name,
      'Russia–Central Asia Summit',
    );
    assert.equal(
      nextFormatMeeting('the next meeting of the Council of Heads of State', {
        format: 'SCO',
        level: 'heads-of-state',
      }),
      null,
    );
    assert.deepEqual(
      refs('The Heads of State agreed that the next summit in this format will be held in 2028 in Kazakhstan.'),
      [{ type: 'event', name: 'China–Central Asia Summit', date: '2028', place: 'Kazakhstan' }],
    );
  });
  test('should not take "its first session" for the format’s first meeting', () => {
    const t =
      'The leaders agreed to establish an Investment Forum to be held annually, with its first session in Almaty in' +
      ' 2027.';
    assert.ok(!refs(t).some((r) => /summit/i.test(r.name)));
  });
  test('should name a bare first meeting after the series named before it', () => {
    const t =
      'The Parties welcome the formation of a mechanism for meetings of ministers of education in the China-Central' +
      ' Asia format and the holding of the first meeting.';
    assert.ok(
      refs(t).some((r) => r.name === 'First meeting of ministers of education in the China-Central Asia format'),
    );
  });
});

describe('references: names inside names (issue 8)', () => {
  test('should not refer to an organisation that only names the subject of an event', () => {
    const t = 'We act on the mandate of the 29th UN Climate Change Conference.';
    const body = entity(t, 'UN', { entityId: 'org:un', type: 'organization', name: 'United Nations', known: true });
    const event = entity(t, '29th UN Climate Change Conference', { entityId: 'e:cop', type: 'event', name: 'COP29' });
    assert.deepEqual(
      refs(t, [body, event], null).map((r) => r.name),
      ['29th UN Climate Change Conference'],
    );
  });

  test('should read two names where an unlisted entity runs them together across "and"', () => {
    const t = 'We implement the Harbour Trade Arrangement and Island Growth Workplan.';
    const both = entity(t, 'Harbour Trade Arrangement and Island Growth Workplan', {
      entityId: 'new:x',
      type: 'initiative',
      name: 'Harbour Trade Arrangement and Island Growth Workplan',
    });
    assert.deepEqual(
      refs(t, [both], null).map((r) => r.name),
      ['Harbour Trade Arrangement', 'Island Growth Workplan'],
    );
  });

  test('should keep the listed name of a thing named again in brackets', () => {
    const t = 'We work with the Harbour Information Center for Combating Smuggling (HICC).';
    const listed = entity(t, 'HICC', {
      entityId: 'org:hicc',
      type: 'organization',
      name: 'Harbour Information and Coordination Centre',
      known: true,
    });
    assert.deepEqual(
      refs(t, [listed], null).map((r) => r.name),
      ['Harbour Information and Coordination Centre'],
    );
  });

  test("should not open a name with its owner's possessive, and read a body's chief office", () => {
    assert.deepEqual(
      refs('We build on the Union’s Harbour Goals.', [], null).map((r) => r.name),
      ['Harbour Goals'],
    );
    assert.deepEqual(
      refs('We support the efforts of the UN Secretary-General.', [], null).map((r) => r.name),
      ['UN Secretary-General'],
    );
  });
});
