/**
 * @module kb-former-unions.test
 * The knowledge base names the former union that news recall ("former members of the Soviet Union").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import { recognizeEntities } from '../../src/analyse/entities/recognize-entities.ts';

test('should recognise the Soviet Union and its abbreviation as one organisation', () => {
  const kb = loadKnowledgeBase();
  const text = 'The states were members of the Soviet Union; the USSR ended in 1991.';
  const ids = recognizeEntities(text, kb, { date: '2025-01-01' })
    .filter((m) => m.value.type === 'organization')
    .map((m) => [text.slice(m.start, m.end), m.value.entityId]);
  assert.deepEqual(ids, [
    ['Soviet Union', 'org:ussr'],
    ['USSR', 'org:ussr'],
  ]);
});
