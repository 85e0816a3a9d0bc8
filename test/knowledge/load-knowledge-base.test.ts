import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { skeletonKey } from '../../src/knowledge/name-skeleton.ts';

function fixtureDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
  writeFileSync(
    path.join(dir, 'countries.json'),
    JSON.stringify({
      description: 'x',
      sources: [],
      records: [
        {
          id: 'country:KG',
          type: 'country',
          name: 'Kyrgyzstan',
          aliases: ['Kyrgyz Republic'],
          sources: [],
          iso2: 'KG',
          iso3: 'KGZ',
          official: 'Kyrgyz Republic',
          adjectives: ['Kyrgyz'],
        },
        { id: 'broken', type: 'country', name: 'X', aliases: [] },
      ],
    }),
  );
  writeFileSync(
    path.join(dir, 'orgs.json'),
    JSON.stringify({
      description: 'x',
      sources: [],
      records: [
        {
          id: 'org:cca',
          type: 'organization',
          name: 'China–Central Asia',
          aliases: [],
          sources: [],
          format: {
            formatName: 'China–Central Asia',
            members: ['CN'],
            bodies: [],
            meetings: [
              {
                id: 'event:cca-fm6',
                name: "6th China–Central Asia Foreign Ministers' Meeting",
                level: 'foreign-ministers',
                edition: 6,
                date: '2025-04-26',
                city: 'Almaty',
                country: 'KZ',
                sources: [],
              },
            ],
          },
        },
      ],
    }),
  );
  writeFileSync(
    path.join(dir, 'people.json'),
    JSON.stringify({
      description: 'x',
      sources: [],
      records: [
        {
          id: 'person:kulubaev',
          type: 'person',
          name: 'Jeenbek Kulubaev',
          aliases: [],
          sources: [],
          givenName: 'Jeenbek',
          familyName: 'Kulubaev',
          memberships: [],
        },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'bad.json'), '{ not json');
  return dir;
}

describe('loadKnowledgeBase', () => {
  const kb = loadKnowledgeBase(fixtureDir());
  test('should index ids, codes, folded aliases and adjectives', () => {
    assert.equal(kb.byId.get('country:KG')?.name, 'Kyrgyzstan');
    assert.equal(kb.countryByCode.get('KGZ')?.id, 'country:KG');
    assert.deepEqual(kb.lookup('kyrgyz republic'), ['country:KG']);
    assert.deepEqual(kb.lookupAdjective('kyrgyz'), ['country:KG']);
  });
  test('should lift format meetings to event records', () => {
    assert.equal(kb.formats().length, 1);
    assert.equal(kb.meetingsOf('org:cca')[0].id, 'event:cca-fm6');
    assert.equal(kb.byId.get('event:cca-fm6')?.type, 'event');
  });
  test('should index people by skeleton key, full and family name', () => {
    assert.deepEqual(kb.lookupSkeleton(skeletonKey('Zheenbek Kulubayev')), ['person:kulubaev']);
    assert.deepEqual(kb.lookupSkeleton(skeletonKey('Kulubayev')), ['person:kulubaev']);
  });
  test('should skip bad records and files with warnings', () => {
    assert.equal(kb.warnings.length, 2);
    assert.ok(kb.warnings.some((w) => w.startsWith('bad.json')));
  });
});
