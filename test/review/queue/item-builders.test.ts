import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Decision } from '../../../src/model/decision.ts';
import type { StatementValue } from '../../../src/model/layers.ts';
import { claimItems } from '../../../src/review/queue/claim-items.ts';
import { entityLinkItems } from '../../../src/review/queue/entity-link-items.ts';
import { entityMergeItems } from '../../../src/review/queue/entity-merge-items.ts';
import { linkItems } from '../../../src/review/queue/link-items.ts';
import { meetingItems } from '../../../src/review/queue/meeting-items.ts';
import { applyMeetingReviews } from '../../../src/review/queue/meeting-reviews.ts';
import { decidedBy, draftDecision } from '../../../src/review/queue/queue-decisions.ts';
import { kindOfItem } from '../../../src/review/queue/queue-item.ts';
import { statementItems } from '../../../src/review/queue/statement-items.ts';
import { applyStatementReviews } from '../../../src/review/queue/statement-reviews.ts';
import { statusItems } from '../../../src/review/queue/status-items.ts';

const place = { documentId: 'd_1', title: 'Communiqué', format: 'C5+1' };
const value: StatementValue = {
  clause: '3',
  kind: 'commitment',
  actors: ['KZ', 'UZ'],
  sectors: ['energy'],
  deadline: '2026-05',
  references: [],
};
const statement = {
  ...place,
  start: 10,
  end: 40,
  text: 'The Parties will build a line.',
  value,
  source: 's:r',
  confidence: 0.6,
};
const decision = (d: Partial<Decision> & Pick<Decision, 'target' | 'action' | 'payload'>): Decision => ({
  by: 'ana',
  at: '2026-12-01T10:00:00.000Z',
  ...d,
});

describe('queue item builders', () => {
  test('should make three items per statement, with the machine value and the deadline', () => {
    const items = statementItems([statement]);
    assert.deepEqual(
      items.map((i) => [i.id, i.machine.value]),
      [
        ['statement:d_1:10:40#kind', 'commitment'],
        ['statement:d_1:10:40#actors', ['KZ', 'UZ']],
        ['statement:d_1:10:40#sectors', ['energy']],
      ],
    );
    assert.ok(items.every((i) => i.due === '2026-05' && i.machine.confidence === 0.6 && i.format === 'C5+1'));
    assert.ok(items.every((i) => kindOfItem(i.id) === i.kind));
  });

  test('should make meeting items only for the fields the machine filled', () => {
    const meeting = {
      value: { format: 'C5+1', level: null, edition: 2, date: '2025-04-04', end: null, city: null, country: null },
      start: 0,
      end: 20,
      source: 'meeting:header',
      confidence: 0.9,
    };
    const parties = { value: { parties: ['KZ', 'TJ'] }, start: 30, end: 50, source: 'parties:list', confidence: 0.7 };
    const items = meetingItems([{ ...place, meeting, parties }]);
    assert.deepEqual(
      items.map((i) => i.kind),
      ['meeting-format', 'meeting-date', 'meeting-parties'],
    );
    assert.deepEqual(items[2].span, { start: 30, end: 50 });
    assert.ok(items.every((i) => kindOfItem(i.id) === i.kind));
  });

  test('should queue unsure or unknown entity links only', () => {
    const m = { ...place, start: 0, end: 5, name: 'X', type: 'person' as const, source: 'entities:kb' };
    const items = entityLinkItems([
      { ...m, entityId: 'person:a', known: true, confidence: 0.95 },
      { ...m, start: 6, end: 9, entityId: 'person:b', known: true, confidence: 0.5 },
      { ...m, start: 10, end: 12, entityId: 'new:person:c', known: false, confidence: 0.9 },
    ]);
    assert.deepEqual(
      items.map((i) => i.id),
      ['mention:d_1:6:9#entity', 'mention:d_1:10:12#entity'],
    );
    assert.equal(kindOfItem(items[0].id), 'entity-link');
  });

  test('should suggest merging an unknown entity into the known one of the same folded name', () => {
    const e = { type: 'organization' as const, documentId: 'd_1', title: null, format: null };
    const items = entityMergeItems([
      { ...e, id: 'org:sco', name: 'Shanghai Cooperation Organisation', known: true, mentions: 9 },
      { ...e, id: 'new:organization:x', name: 'shanghai cooperation organisation', known: false, mentions: 2 },
      { ...e, id: 'org:other', name: 'Organisation Shanghai Cooperation', known: true, mentions: 1 },
      { ...e, id: 'new:person:y', name: 'Lone Name', known: false, mentions: 1 },
    ]);
    assert.deepEqual(
      items.map((i) => [i.id, i.machine.value]),
      [['entity:new:organization:x#merge:org:sco', 'org:sco']],
      'two known entities are never suggested to merge',
    );
    assert.equal(kindOfItem(items[0].id), 'entity-merge');
  });

  test('should make claim, link and status items with their ranking facts', () => {
    const [claim] = claimItems([
      {
        ...place,
        text: 'All six signed.',
        claim: { documentId: 'd_1', start: 0, end: 15, meetingId: null, value: {} as never },
        verdict: 'contradicted',
        evidence: [],
        differences: [{ field: 'party', claimed: 'six', recorded: 'five' }],
        note: '',
        rule: 'link:parties',
        confidence: 0.8,
      },
    ]);
    assert.equal(claim.id, 'claim:d_1:0:15#verdict');
    assert.equal(claim.verdict, 'contradicted');
    assert.equal(claim.detail, 'party: six vs five');
    assert.deepEqual(claim.actions, ['confirm', 'correct', 'reject']);
    const [link] = linkItems([
      {
        ...place,
        key: 'd_1:0:9>d_2:4:20',
        kind: 'fulfilled',
        rule: 'track:held',
        confidence: 0.7,
        text: 'The forum was held.',
        commitmentText: 'hold a forum',
        due: '2026',
        evidenceTitle: 'News',
      },
    ]);
    assert.equal(link.id, 'link:d_1:0:9>d_2:4:20#link');
    assert.equal(kindOfItem(link.id), 'implementation-link');
    const [bare, backed] = statusItems([
      {
        ...place,
        key: 'd_1:0:9',
        text: 't',
        status: 'pending',
        reason: 'no evidence',
        due: null,
        evidenceConfidences: [],
      },
      {
        ...place,
        key: 'd_1:10:19',
        text: 't',
        status: 'fulfilled',
        reason: 'held',
        due: null,
        evidenceConfidences: [0.6, 0.9],
      },
    ]);
    assert.equal(bare.machine.confidence, 0.5);
    assert.equal(backed.machine.confidence, 0.9);
    assert.equal(kindOfItem(backed.id), 'commitment-status');
  });
});

describe('queue decisions', () => {
  const [kindItem, actorsItem] = statementItems([statement]);

  test('should keep the machine snapshot and the queue action in every payload', () => {
    const d = draftDecision(kindItem, 'correct', 'position', 'a wish, not a promise');
    assert.equal(d.action, 'review-statement');
    assert.deepEqual(d.payload, {
      decision: 'correct',
      machine: { value: 'commitment', confidence: 0.6, rule: 's:r' },
      field: 'kind',
      value: 'position',
    });
    assert.deepEqual(draftDecision(kindItem, 'confirm', 'ignored').payload.value, 'commitment');
    assert.deepEqual(draftDecision(actorsItem, 'reject', undefined).payload.value, []);
  });

  test('should reuse the existing actions for claims, links, statuses, mentions and merges', () => {
    const claim = claimItems([
      {
        ...place,
        text: 't',
        claim: { documentId: 'd_1', start: 0, end: 1, meetingId: null, value: {} as never },
        verdict: 'supported',
        evidence: [],
        differences: [],
        note: '',
        rule: 'r',
        confidence: 0.9,
      },
    ])[0];
    assert.equal(draftDecision(claim, 'correct', 'contradicted').action, 'set-verdict');
    assert.equal(draftDecision(claim, 'correct', 'contradicted').payload.verdict, 'contradicted');
    assert.equal(draftDecision(claim, 'reject', undefined, 'a quotation').action, 'reject-claim');
    const link = linkItems([
      {
        ...place,
        key: 'k',
        kind: 'progress',
        rule: 'r',
        confidence: 1,
        text: '',
        commitmentText: '',
        due: null,
        evidenceTitle: null,
      },
    ])[0];
    assert.deepEqual(
      [
        draftDecision(link, 'reject', undefined).payload.verdict,
        draftDecision(link, 'correct', 'fulfilled').payload.kind,
      ],
      ['rejected', 'fulfilled'],
    );
    const mention = entityLinkItems([
      {
        ...place,
        start: 0,
        end: 2,
        entityId: 'new:person:a',
        name: 'A',
        type: 'person',
        known: false,
        source: 's',
        confidence: 1,
      },
    ])[0];
    assert.deepEqual(
      [
        draftDecision(mention, 'confirm', undefined).action,
        draftDecision(mention, 'confirm', undefined).payload.entityId,
      ],
      ['relink', 'new:person:a'],
    );
    assert.equal(draftDecision(mention, 'reject', undefined).action, 'reject');
  });

  test('should settle an item by a decision on its target and field, from the queue or elsewhere', () => {
    const decided = decidedBy([
      decision({ target: kindItem.target, action: 'review-statement', payload: { field: 'actors', value: [] } }),
    ]);
    assert.equal(decided(actorsItem), true);
    assert.equal(decided(kindItem), false, 'another field of the same statement stays open');
    const rejected = decidedBy([
      decision({ target: kindItem.target, action: 'review-statement', payload: { field: 'kind', decision: 'reject' } }),
    ]);
    assert.equal(rejected(actorsItem), true, 'a statement rejected whole settles its other fields');
  });
});

describe('reviews applied on read', () => {
  test('should show corrected statement fields with who and when, and drop a rejected statement', () => {
    const row = { documentId: 'd_1', start: 10, end: 40, kind: 'commitment' as const, actors: ['KZ'], sectors: [] };
    const other = { ...row, start: 50, end: 60 };
    const reviewed = applyStatementReviews(
      [row, other],
      [
        decision({
          target: 'statement:d_1:10:40',
          action: 'review-statement',
          payload: { field: 'kind', value: 'position' },
        }),
        decision({
          target: 'statement:d_1:10:40',
          action: 'review-statement',
          payload: { field: 'actors', value: ['KZ', 'UZ'] },
          at: '2026-12-02T00:00:00.000Z',
          by: 'ben',
        }),
        decision({
          target: 'statement:d_1:50:60',
          action: 'review-statement',
          payload: { field: 'kind', decision: 'reject', value: null },
        }),
      ],
    );
    assert.equal(reviewed.length, 1);
    assert.equal(reviewed[0].kind, 'position');
    assert.deepEqual(reviewed[0].actors, ['KZ', 'UZ']);
    assert.deepEqual(reviewed[0].review, { by: 'ben', at: '2026-12-02T00:00:00.000Z', fields: ['actors', 'kind'] });
  });

  test('should let the latest review of a meeting field win', () => {
    const meeting = {
      format: 'C5+1',
      level: null,
      edition: null,
      date: '2025-04-03',
      end: '2025-04-04',
      city: null,
      country: null,
    };
    const r = applyMeetingReviews(
      'd_1',
      meeting,
      ['KZ'],
      [
        decision({ target: 'meeting:d_1', action: 'review-meeting', payload: { field: 'date', value: '2025-05-01' } }),
        decision({
          target: 'meeting:d_1',
          action: 'review-meeting',
          payload: { field: 'date', value: '2025-04-04' },
          at: '2026-12-03T00:00:00.000Z',
        }),
        decision({
          target: 'meeting:d_1',
          action: 'review-meeting',
          payload: { field: 'parties', value: ['KZ', 'UZ'] },
        }),
      ],
    );
    assert.equal(r.meeting?.date, '2025-04-04');
    assert.equal(r.meeting?.end, null, 'a last day not after the corrected first day is dropped');
    assert.deepEqual(r.parties, ['KZ', 'UZ']);
    assert.equal(applyMeetingReviews('d_2', meeting, [], []).review, undefined);
  });
});
