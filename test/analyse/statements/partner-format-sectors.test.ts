/**
 * @module partner-format-sectors.test
 * Sectors in partnership formats and unseen drafting (issue 8 point 6): an organisation that is a side of the format
 * is the partner, not a multilateral body, when named as owner or by its members; a statement pointing back ("in this
 * regard") keeps the topic of the one before; arms control, incidents at sea and war legacies are security.
 * Invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KbGroup } from '../../../src/analyse/shared/kb-view.ts';
import { carriesTopic } from '../../../src/analyse/statements/carried-topic.ts';
import { formatSideNames } from '../../../src/analyse/statements/format-sides.ts';
import { scoreSectors } from '../../../src/analyse/statements/score-sectors.ts';
import { fixtureLexicons } from '../meeting/fixture-lexicons.ts';
import { runStatements } from './run-statements.ts';

const group = (id: string, names: string[], formatName?: string): KbGroup => ({
  id,
  name: names[0],
  formatName,
  names,
  members: [],
  meetings: [],
});
const asean = group('org:asean', ['ASEAN', 'Association of Southeast Asian Nations'], 'ASEAN');
const aseanJapan = group('org:asean-japan', ['ASEAN–Japan', 'Japan-ASEAN'], 'ASEAN–Japan');
const groups = [aseanJapan, asean];

describe('an organisation that is a side of a partnership format', () => {
  const sides = formatSideNames(aseanJapan, groups);
  const lex = fixtureLexicons();
  test('should list the sides and the names of their organisations', () => {
    assert.ok(sides.has('asean') && sides.has('japan') && sides.has('association of southeast asian nations'));
  });
  test('should name no sides for a format that is one body', () => {
    assert.equal(formatSideNames(asean, groups).size, 0);
  });
  test("should not read the partner's own efforts as multilateral", () => {
    const s = 'We will support ASEAN’s efforts to restore mangrove forests.';
    assert.ok(scoreSectors(s, lex).includes('multilateral'));
    assert.deepEqual(scoreSectors(s, lex, lex.sectors.default, sides), ['environment']);
    assert.ok(
      !scoreSectors('We will train ASEAN members in vaccine production.', lex, null, sides).includes('multilateral'),
    );
  });
  test("should not read the partner's region as multilateral", () => {
    assert.deepEqual(scoreSectors('We will expand solar power in ASEAN.', lex, null, sides), ['energy']);
  });
  test('should still read the organisation named as an institution as multilateral', () => {
    assert.ok(scoreSectors('We uphold ASEAN Centrality in the region.', lex, null, sides).includes('multilateral'));
  });
});

describe('a statement that points back to the one before', () => {
  test('should recognise the phrases that point back', () => {
    const lex = fixtureLexicons();
    assert.ok(carriesTopic('We will report on our progress in this regard.', lex));
    assert.ok(carriesTopic('To reach this shared goal, we will act quickly.', lex));
    assert.ok(!carriesTopic('We will keep working closely.', lex));
  });

  const text = [
    'Joint Statement of the Leaders of Kazakhstan and Uzbekistan',
    '',
    '1. We will expand the use of solar and wind power. We will review our progress in this regard every year.',
    'We will keep working closely.',
  ].join('\n');
  const statements = runStatements(text);
  const of = (words: string) => statements.find((s) => text.slice(s.start, s.end).includes(words))?.value.sectors;

  test('should take the topic of the statement before it', () => {
    assert.deepEqual(of('in this regard'), ['energy']);
  });
  test('should not pass the topic to a statement that does not point back', () => {
    assert.deepEqual(of('working closely'), ['political']);
  });
});

describe('security in drafting beyond the development corpus', () => {
  const sectors = (t: string) => scoreSectors(t, fixtureLexicons());
  test('should read non-proliferation and nuclear-free zones as arms control, not energy', () => {
    assert.deepEqual(sectors('We reaffirm our support for nuclear nonproliferation.'), ['security']);
    // The regime is also the treaties and agency that uphold it (see unseen-formats.txt).
    assert.deepEqual(sectors('We reaffirm our support for the nuclear nonproliferation regime.'), [
      'security',
      'multilateral',
    ]);
    assert.deepEqual(sectors('We will keep the region a nuclear free zone.'), ['security']);
  });
  test('should read incidents at sea, illegal fishing and war legacies as security', () => {
    assert.deepEqual(sectors('We will reduce the risk of miscalculation between our vessels.'), ['security']);
    assert.ok(sectors('We will combat illegal, unreported and unregulated fishing.').includes('security'));
    assert.deepEqual(sectors('We will clear the remnants of World War II together.'), ['security']);
    assert.deepEqual(sectors('We will work for calm in the South China Sea.'), ['security']);
    assert.deepEqual(sectors('Our ties have brought prosperity, peace, and security to the islands.'), ['security']);
    assert.deepEqual(sectors('Exclusion and abuse of power are drivers of conflict.'), ['security']);
    assert.deepEqual(sectors('We call for the immediate cessation of violence.'), ['security']);
  });
});

describe('economic and institutional terms beyond the development corpus', () => {
  const sectors = (t: string) => scoreSectors(t, fixtureLexicons());
  test('should not read economic growth alone as trade', () => {
    assert.deepEqual(sectors('We will promote economic growth in the region.'), ['political']);
    assert.deepEqual(sectors('We will promote economic growth and open markets.'), ['trade']);
  });
  test('should read (M)SMEs as enterprise policy and a regional architecture as multilateral', () => {
    assert.deepEqual(sectors('We will help MSMEs reach new customers.'), ['investment']);
    assert.deepEqual(sectors('We support an open and inclusive regional architecture.'), ['multilateral']);
  });
  test("should read the format's task forces and thanks for hospitality as institutional", () => {
    assert.deepEqual(sectors('We thank the host for its gracious hospitality.'), ['institutional']);
    assert.ok(sectors('We welcome the reports of our new task force.').includes('institutional'));
  });
  test('should not read the pandemic as a time frame as health', () => {
    assert.deepEqual(sectors('We will protect jobs during the pandemic.'), ['social']);
    assert.deepEqual(sectors('We will strengthen our preparedness for the next pandemic.'), ['health']);
  });
});
