/**
 * @module series-in-meeting-name.test
 * A series named as its meetings are is no second mention inside one meeting's name; other
 * bodies inside a meeting's name still are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKnowledgeBase } from '../../../src/knowledge/knowledge-base.ts';
import type { KbRecord } from '../../../src/knowledge/kb-types.ts';
import { recognizeEntities } from '../../../src/analyse/entities/recognize-entities.ts';

// Invented series and body.
const kb = buildKnowledgeBase([
  {
    id: 'org:valley',
    type: 'organization',
    name: 'Valley Council',
    aliases: [],
    acronyms: ['VC'],
    sources: [],
  } as KbRecord,
  {
    id: 'org:round',
    type: 'organization',
    name: 'Round Meetings of the Valley Leaders',
    aliases: ['Round Meeting of the Valley Leaders'],
    sources: [],
    format: {
      formatName: 'Valley Round Meeting',
      members: [],
      bodies: [],
      meetings: [
        {
          id: 'event:round-3',
          name: 'Third Round Meeting of the Valley Leaders',
          aliases: ['Third Round Meeting of the Valley Leaders of the VC'],
          level: 'heads-of-state',
          edition: 3,
          date: '2024-05-01',
          city: null,
          country: null,
          sources: [],
        },
      ],
    },
  } as KbRecord,
]);
const ids = (text: string) => recognizeEntities(text, kb, { date: '2024-05-01' }).map((m) => m.value.entityId);

test('should not mention the series inside its own meeting’s name', () => {
  assert.deepEqual(ids('The Third Round Meeting of the Valley Leaders ended.'), ['event:round-3']);
});
test('should still mention the series named alone, and a body inside the meeting’s name', () => {
  assert.deepEqual(ids('The Round Meeting of the Valley Leaders is held yearly.'), ['org:round']);
  assert.ok(ids('The Third Round Meeting of the Valley Leaders of the VC ended.').includes('org:valley'));
});
