import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEntityDecisions, mentionTarget, type MachineMention } from '../../src/review/entity-decisions.ts';
import { coOccurring, summariseEntities } from '../../src/services/entity-summaries.ts';
import type { Decision } from '../../src/model/decision.ts';

const m = (documentId: string, start: number, entityId: string, surface: string, name = surface): MachineMention => ({
  documentId,
  start,
  end: start + surface.length,
  entityId,
  type: 'person',
  name,
  surface,
  known: !entityId.startsWith('new:'),
  source: 'entities:alias',
  confidence: 0.9,
});
const d = (target: string, action: string, payload: Record<string, unknown> = {}, id?: number): Decision => ({
  id,
  target,
  action,
  payload,
  by: 'tester',
  at: '2026-11-23T00:00:00Z',
});

const mentions = [
  m('d1', 0, 'person:japarov-sadyr', 'Sadyr Japarov'),
  m('d1', 40, 'new:person:sadyr-zaparov', 'Sadyr Zaparov'),
  m('d2', 5, 'new:person:sadyr-zaparov', 'Sadyr Zaparov'),
  m('d2', 30, 'person:tokayev-kassym-jomart', 'Tokayev', 'Kassym-Jomart Tokayev'),
];

describe('applyEntityDecisions', () => {
  test('should leave machine mentions alone without decisions', () => {
    const { mentions: out } = applyEntityDecisions(mentions, []);
    assert.deepEqual(
      out.map((x) => x.entityId),
      mentions.map((x) => x.entityId),
    );
    assert.ok(out.every((x) => !x.reviewed && !x.rejected));
  });

  test('should move every mention of a merged entity to the survivor, with its name', () => {
    const { mentions: out } = applyEntityDecisions(mentions, [
      d('entity:new:person:sadyr-zaparov', 'merge', { into: 'person:japarov-sadyr' }),
    ]);
    assert.deepEqual(out.filter((x) => x.entityId === 'person:japarov-sadyr').length, 3);
    assert.ok(
      out
        .filter((x) => x.surface === 'Sadyr Zaparov')
        .every((x) => x.name === 'Sadyr Japarov' && x.reviewed && x.machineEntityId.startsWith('new:')),
    );
  });

  test('should follow merge chains and ignore a merge into itself', () => {
    const { overrides } = applyEntityDecisions(mentions, [
      d('entity:a', 'merge', { into: 'b' }),
      d('entity:b', 'merge', { into: 'c' }),
      d('entity:c', 'merge', { into: 'a' }),
    ]);
    assert.equal(overrides.resolve('a'), 'c');
  });

  test('should reject and relink single mentions', () => {
    const reject = d(mentionTarget(mentions[3]), 'reject');
    const relink = d(mentionTarget(mentions[1]), 'relink', { entityId: 'person:japarov-sadyr' });
    const { mentions: out } = applyEntityDecisions(mentions, [reject, relink]);
    assert.equal(out[3].rejected, true);
    assert.equal(out[1].entityId, 'person:japarov-sadyr');
    assert.equal(out[2].entityId, 'new:person:sadyr-zaparov');
  });

  test('should split chosen mentions into a new entity and rename', () => {
    const split = d(
      'entity:new:person:sadyr-zaparov',
      'split',
      { mentions: [{ documentId: 'd2', start: 5, end: 18 }], name: 'Someone Else' },
      7,
    );
    const { mentions: out } = applyEntityDecisions(mentions, [
      split,
      d('entity:person:japarov-sadyr', 'rename', { name: 'Sadyr N. Japarov' }),
    ]);
    assert.equal(out[2].name, 'Someone Else');
    assert.match(out[2].entityId, /^user:person:someone-else-7$/);
    assert.equal(out[0].name, 'Sadyr N. Japarov');
  });

  test('should carry aliases of a merged entity to the survivor', () => {
    const { overrides } = applyEntityDecisions(mentions, [
      d('entity:new:person:sadyr-zaparov', 'add-alias', { alias: 'Zaparov' }),
      d('entity:new:person:sadyr-zaparov', 'merge', { into: 'person:japarov-sadyr' }),
    ]);
    assert.deepEqual(overrides.aliases.get('person:japarov-sadyr'), ['Zaparov']);
  });
});

describe('entity catalog', () => {
  test('should group spellings and count documents, leaving out rejected mentions', () => {
    const { mentions: out, overrides } = applyEntityDecisions(mentions, [
      d('entity:new:person:sadyr-zaparov', 'merge', { into: 'person:japarov-sadyr' }),
      d(mentionTarget(mentions[3]), 'reject'),
    ]);
    const list = summariseEntities(out, overrides);
    assert.equal(list.length, 1);
    assert.deepEqual(list[0].spellings, ['Sadyr Zaparov', 'Sadyr Japarov']);
    assert.equal(list[0].documentCount, 2);
  });

  test('should list co-occurring entities by shared documents', () => {
    const { mentions: out } = applyEntityDecisions(mentions, []);
    assert.deepEqual(
      coOccurring('new:person:sadyr-zaparov', out).map((x) => x.id),
      ['person:tokayev-kassym-jomart', 'person:japarov-sadyr'],
    ); // one shared document each: by name
  });
});
