/**
 * @module generalisation-rules.test
 * The rules added for unseen formats: initiative and ministry patterns, multi-word org heads,
 * hyphenated given names, headlines, bodies inside roles — on tiny invented sentences.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge-base.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';
import { inTitleCaseLine } from '../../../src/analyse/entities/headline-line.ts';

const kb = loadKnowledgeBase();
const found = (text: string) =>
  recognizeEntities(text, kb).map((m) => ({
    text: text.slice(m.start, m.end),
    type: m.value.type,
    name: m.value.name,
    role: m.value.role,
  }));
const has = (text: string, type: string, span: string) => found(text).some((m) => m.type === type && m.text === span);

describe('initiative pattern', () => {
  test('should read a capitalised name ending in a plan head with its "for … and …" tail', () => {
    assert.ok(
      has(
        'They adopted the Joint Work Plan for Green Energy and Water.',
        'initiative',
        'Joint Work Plan for Green Energy and Water',
      ),
    );
  });
  test('should keep a year joined by a dash', () => {
    assert.ok(has('They praised the Steppe Vision – 2050 of the parties.', 'initiative', 'Steppe Vision – 2050'));
  });
  test('should not take a generic weak head or a plan of countries', () => {
    const ms = found('The Action Plan was signed. The Plan of Kazakhstan and Russia was noted.');
    assert.equal(ms.filter((m) => m.type === 'initiative').length, 0);
  });
});

describe('ministry rule', () => {
  test('should read an adjective before a lower-case foreign ministry', () => {
    assert.ok(
      found('the Kyrgyz foreign ministry said').some(
        (m) => m.type === 'organization' && m.name === 'Kyrgyz Foreign Ministry',
      ),
    );
  });
  test('should expand MFA of a country', () => {
    assert.ok(
      found('the MFA of Tajikistan reported').some(
        (m) => m.type === 'organization' && m.name === 'Ministry of Foreign Affairs of Tajikistan',
      ),
    );
  });
});

describe('organisation heads', () => {
  test('should not read an office holder title as a body', () => {
    assert.ok(
      !found('SCO Secretary-General Ivan Petrovsky spoke.').some(
        (m) => m.type === 'organization' && m.text.includes('Secretary'),
      ),
    );
  });
  test('should keep the place after "in" of a consulate, and nothing after "in the"', () => {
    assert.ok(
      has(
        'the Consulate General of Kazakhstan in Kashgar hosted',
        'organization',
        'Consulate General of Kazakhstan in Kashgar',
      ),
    );
    assert.ok(
      !found('the Regional Office of Trade in the Caspian Basin').some(
        (m) => m.text.includes('Caspian') && m.type === 'organization',
      ),
    );
  });
  test('should keep "State" and "Executive" before a committee', () => {
    assert.ok(
      has(
        'Deputy Chairman of the State Committee for Forestry of Turkmenistan Aman Berdiyev',
        'organization',
        'State Committee for Forestry of Turkmenistan',
      ),
    );
  });
});

describe('people', () => {
  test('should keep a hyphenated lower-case given name and reuse it for the lone surname', () => {
    const ms = found('Vice Foreign Minister Lee Jin-woo opened the forum. Vice Minister Lee said more.').filter(
      (m) => m.type === 'person',
    );
    assert.deepEqual(
      ms.map((m) => m.name),
      ['Lee Jin-woo', 'Lee Jin-woo'],
    );
  });
  test('should read a role that names a body ("Head of UNRCCA")', () => {
    const p = found('Head of UNRCCA Lasha Daviti spoke.').find((m) => m.type === 'person');
    assert.equal(p?.name, 'Lasha Daviti');
    assert.equal(p?.role, 'Head of UNRCCA');
  });
  test('should take no new person from a title-case headline', () => {
    assert.equal(
      found('Kazakh Foreign Minister Meets Chinese Ambassador Ahead of Talks\nText.').filter((m) => m.type === 'person')
        .length,
      0,
    );
  });
  test('should tell a headline from a sentence', () => {
    assert.equal(inTitleCaseLine('Foreign Minister Meets Chinese Ambassador Ahead of Talks', 3), true);
    assert.equal(inTitleCaseLine('The Minister met the Chinese Ambassador on Monday.', 3), false);
  });
});

describe('organisations placed "in" a city (issue-8)', () => {
  test('should end a secretariat before "in <city>" but keep a mission\'s place in its name', () => {
    assert.ok(has('The India-Steppe Secretariat in New Delhi opened.', 'organization', 'India-Steppe Secretariat'));
    assert.ok(
      has(
        'The Consulate General of Kazakhstan in Guangzhou opened.',
        'organization',
        'Consulate General of Kazakhstan in Guangzhou',
      ),
    );
  });
});
