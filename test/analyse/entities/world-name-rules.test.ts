/**
 * @module world-name-rules.test
 * Names of any format's programmes, texts, bodies and events the knowledge base does not hold (issue-8 item 4):
 * standing texts around "Declaration"/"Treaty"/"Agreement", the other English spelling, "and" inside and between
 * names, numbered dialogues, text-defined acronyms and superscript ordinals. Made-up sentences and knowledge base.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { spellingVariants } from '../../../src/analyse/entities/spelling-variants.ts';
import { withoutInlineMarkup } from '../../../src/analyse/entities/inline-markup.ts';
import { loadEntityLexicons } from '../../../src/analyse/shared/entity-lexicons.ts';
import { buildKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';

const kb = buildKnowledgeBase([
  {
    id: 'country:KZ',
    type: 'country',
    name: 'Kazakhstan',
    aliases: [],
    sources: [],
    iso2: 'KZ',
    iso3: 'KAZ',
    official: 'Republic of Kazakhstan',
  } as KbRecord,
  {
    id: 'org:maritime',
    type: 'organization',
    name: 'Global Maritime Organization',
    aliases: ['GMO'],
    acronyms: ['GMO'],
    sources: [],
  } as KbRecord,
  {
    id: 'org:court',
    type: 'organization',
    name: 'International Arbitration Court',
    aliases: ['IAC'],
    acronyms: ['IAC'],
    sources: [],
  } as KbRecord,
  { id: 'event:cop40', type: 'event', name: 'COP40', aliases: ['40th UN Climate Conference'], sources: [] } as KbRecord,
  {
    id: 'person:novak',
    type: 'person',
    name: 'Jan Novak',
    aliases: [],
    sources: [],
    givenName: 'Jan',
    familyName: 'Novak',
    memberships: [],
  } as KbRecord,
]);

const spellings = loadEntityLexicons().spellings;

// A sentence before, so that the name is not read as the document's title line.
const found = (text: string, type?: string) =>
  recognizeEntities(`We met.\n${text}`, kb)
    .filter((m) => !type || m.value.type === type)
    .map((m) => `${m.value.type}:${m.value.name}`);

describe('standing texts named around a document head (issue-8)', () => {
  test('should read a declaration, treaty or agreement with an object or a two-word name as an initiative', () => {
    assert.deepEqual(found('We recall the Lagoon Declaration on Ocean Stewardship.', 'initiative'), [
      'initiative:Lagoon Declaration on Ocean Stewardship',
    ]);
    assert.deepEqual(found('We uphold the Coral Islands Tuna Treaty.', 'initiative'), [
      'initiative:Coral Islands Tuna Treaty',
    ]);
    assert.deepEqual(found('We welcome the GMO Agreement on Harbour Fees.', 'initiative'), [
      'initiative:GMO Agreement on Harbour Fees',
    ]);
  });
  test('should not read a meeting’s own text, a generic one or a title as an initiative', () => {
    assert.deepEqual(found('The leaders signed the Treaty on Eternal Friendship today.', 'initiative'), []);
    assert.deepEqual(
      found('The Treaty on Eternal Friendship was signed. They signed the Treaty on Eternal Friendship.'),
      [],
    );
    assert.deepEqual(found('They agreed to negotiate a Free Trade Agreement.', 'initiative'), []);
    assert.deepEqual(found('We adopted the Riverside Declaration of the GMO.', 'initiative'), []);
    assert.deepEqual(found('The text of the Leaders’ Golden Harbour Declaration follows.', 'initiative'), []);
    assert.deepEqual(found('Riverside Declaration on Ocean Stewardship\nWe, the leaders, met.', 'initiative'), []);
    assert.deepEqual(found('We recall the Declaration.', 'initiative'), []);
  });
});

describe('names in either English spelling (issue-8)', () => {
  test('should give the other spelling of a name', () => {
    assert.deepEqual(spellingVariants('Global Maritime Organisation', spellings), ['Global Maritime Organization']);
    assert.deepEqual(spellingVariants('Regional Training Center', spellings), ['Regional Training Centre']);
    assert.deepEqual(spellingVariants('Kazakhstan', spellings), []);
  });
  test('should link a name printed in the other spelling to the listed body', () => {
    assert.deepEqual(found('The Global Maritime Organisation met.', 'organization'), [
      'organization:Global Maritime Organization',
    ]);
  });
});

describe('"and" inside and between names (issue-8)', () => {
  test('should keep "and" between two plain words of a programme’s or event’s name', () => {
    assert.deepEqual(found('We value the Island Trade and Investment Dialogue.'), [
      'initiative:Island Trade and Investment Dialogue',
    ]);
  });
  test('should not run a name on over "and" into another name with the same head', () => {
    assert.deepEqual(found('We support the Coastal Insurance Partnership and Early Action Partnership.'), [
      'initiative:Coastal Insurance Partnership',
      'initiative:Early Action Partnership',
    ]);
  });
});

describe('dialogues, programme heads and events (issue-8)', () => {
  test('should read a numbered dialogue as one meeting and an unnumbered one as a standing initiative', () => {
    assert.deepEqual(found('They held the third Coastal Cyber and Digital Dialogue.'), [
      'event:third Coastal Cyber and Digital Dialogue',
    ]);
    assert.deepEqual(found('They launched the Critical Minerals Dialogue.'), ['initiative:Critical Minerals Dialogue']);
  });
  test('should read weak programme heads only with a name around them', () => {
    assert.deepEqual(found('We support the 100 Days Mission.'), ['initiative:100 Days Mission']);
    assert.deepEqual(found('We support the Global Carbon Pricing Challenge.'), [
      'initiative:Global Carbon Pricing Challenge',
    ]);
    assert.deepEqual(found('The Mission will report.'), []);
  });
  test('should read a state and a region before a summit as the partners’ summit', () => {
    assert.deepEqual(found('Novak hosted the Kazakhstan and Nordic Region Summit.', 'event'), [
      'event:Kazakhstan–Nordic Region Summit',
    ]);
  });
  test('should read a name once at its last event head', () => {
    assert.deepEqual(found('By the 15th Ministerial Conference we will act.'), ['event:15th Ministerial Conference']);
  });
  test('should read a superscript ordinal left by HTML as the ordinal', () => {
    assert.equal(withoutInlineMarkup('the 40<sup>th</sup> UN'), `the 40th${' '.repeat(12)}UN`);
    assert.deepEqual(found('We recall the 40<sup>th</sup> UN Climate Conference.', 'event'), ['event:COP40']);
  });
});

describe('leaders’ terms of office (issue-8)', () => {
  test('should not read a leader’s administration or government as a body', () => {
    assert.deepEqual(
      found('The Novak-Horvat Administration and the Novak Government announced aid.', 'organization'),
      [],
    );
    assert.deepEqual(found('The Federal Aviation Administration will help.', 'organization'), [
      'organization:Federal Aviation Administration',
    ]);
  });
});

describe('acronyms the text defines (issue-8)', () => {
  test('should tie a defined acronym to the name it spells, over another body the knowledge base lists', () => {
    assert.deepEqual(found('We set up the Island Aviation Council (IAC). The IAC will meet.', 'organization'), [
      'organization:Island Aviation Council',
      'organization:Island Aviation Council',
      'organization:Island Aviation Council',
    ]);
  });
  test('should keep the listed body where the letters in brackets do not spell the name', () => {
    assert.deepEqual(found('The Harbour Pilots Forum (IAC) met. The IAC rules.', 'organization'), [
      'organization:International Arbitration Court',
      'organization:International Arbitration Court',
    ]);
  });
});
