import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { withReviewedAliases } from '../../src/knowledge/with-reviewed-aliases.ts';
import type { KbRecord } from '../../src/knowledge/kb-types.ts';

const records = [
  {
    id: 'country:KG',
    type: 'country',
    name: 'Kyrgyzstan',
    aliases: [],
    sources: [],
    iso2: 'KG',
    iso3: 'KGZ',
    official: 'Kyrgyz Republic',
    adjectives: ['Kyrgyz'],
  },
  {
    id: 'org:fmt',
    type: 'organization',
    name: 'Alpha–Beta',
    aliases: [],
    sources: [],
    format: {
      formatName: 'Alpha–Beta',
      members: ['KG'],
      bodies: [],
      meetings: [
        {
          id: 'event:fmt-1',
          name: 'First Alpha–Beta Summit',
          level: 'heads-of-state',
          edition: 1,
          date: '2024-05-01',
          city: null,
          country: null,
          sources: [],
        },
      ],
    },
  },
] as unknown as KbRecord[];

describe('withReviewedAliases', () => {
  const kb = buildKnowledgeBase(records);
  test('should return the same knowledge base when there is nothing reviewed', () => {
    assert.equal(withReviewedAliases(kb, []), kb);
  });
  const reviewed = withReviewedAliases(kb, [
    { alias: 'Kirghizia', entityId: 'country:KG', name: 'Kyrgyzstan', type: 'country' },
    { alias: 'the Summit in May', entityId: 'event:fmt-1', name: 'First Alpha–Beta Summit', type: 'event' },
    { alias: 'Delta Fund', entityId: 'new:organization:delta-fund', name: 'Delta Fund', type: 'organization' },
  ]);
  test('should add a reviewed alias to the record it was put under, leaving the original untouched', () => {
    assert.deepEqual(reviewed.lookup('kirghizia'), ['country:KG']);
    assert.deepEqual(kb.lookup('kirghizia'), []);
  });
  test('should keep format meetings once, expanded from their format', () => {
    assert.equal(reviewed.records().filter((r) => r.id === 'event:fmt-1').length, 1);
    assert.equal(reviewed.meetingsOf('org:fmt').length, 1);
    assert.equal(reviewed.records().length, kb.records().length + 1);
  });
  test('should make an entity known only through review a record of its own', () => {
    assert.equal(reviewed.byId.get('new:organization:delta-fund')?.name, 'Delta Fund');
    assert.deepEqual(reviewed.lookup('delta fund'), ['new:organization:delta-fund']);
  });
});

describe('withReviewedAliases on format meetings', () => {
  test('should keep a reviewed alias of a format meeting (meetings are rebuilt from their format)', () => {
    const kb = buildKnowledgeBase(records);
    const reviewed = withReviewedAliases(kb, [
      { alias: 'the Spring Summit', entityId: 'event:fmt-1', name: 'First Alpha–Beta Summit', type: 'event' },
    ]);
    assert.deepEqual(reviewed.lookup('the spring summit'), ['event:fmt-1']);
  });
});
