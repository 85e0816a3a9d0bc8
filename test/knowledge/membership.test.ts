/**
 * @module membership.test
 * Members on a date from dated memberships, and expected editions of regular series, checked
 * on the knowledge base's own records (BRICS, EU, G7) and on small made-up ones.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { membersOn } from '../../src/knowledge/membership.ts';
import { expectedEdition } from '../../src/knowledge/recurring-edition.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base.ts';
import type { OrganizationRecord } from '../../src/knowledge/kb-types.ts';

const kb = loadKnowledgeBase();
const org = (id: string) => kb.byId.get(id) as OrganizationRecord;

describe('members on a date', () => {
  test('should follow joining and leaving dates of the knowledge base', () => {
    assert.deepEqual(membersOn(org('org:brics'), '2023-08-22'), ['BR', 'CN', 'IN', 'RU', 'ZA']);
    assert.equal(membersOn(org('org:brics'), '2024-10-22').length, 9);
    assert.ok(membersOn(org('org:eu'), '2019-06-01').includes('GB'));
    assert.ok(!membersOn(org('org:eu'), '2020-02-01').includes('GB'));
    assert.ok(membersOn(org('org:g7'), '2010').includes('RU'));
    assert.ok(!membersOn(org('org:g7'), '2024-06-13').includes('RU'));
  });

  test('should read reduced dates by their prefix and fall back to the member list', () => {
    const made = {
      memberships: [
        { country: 'AA', from: '1991' },
        { country: 'BB', from: '1995-03', until: '2001-06-30' },
      ],
    };
    assert.deepEqual(membersOn(made, '1991-01-01'), ['AA']);
    assert.deepEqual(membersOn(made, '1995-03-15'), ['AA', 'BB']);
    assert.deepEqual(membersOn(made, '2001-06-30'), ['AA']);
    assert.deepEqual(membersOn({ members: ['ZZ', 'AA'] }, '2000'), ['AA', 'ZZ']);
    assert.deepEqual(membersOn({ ...made, members: ['AA'] }, null), ['AA']);
  });
});

describe('expected edition of a regular series', () => {
  test('should count from the anchor by the frequency', () => {
    const g7 = org('org:g7').recurring!.find((r) => r.level === 'heads-of-state')!;
    assert.equal(expectedEdition(g7, 2021), 47);
    assert.equal(expectedEdition(g7, 1975), 1);
    const brics = org('org:brics').recurring![0]!;
    assert.equal(expectedEdition(brics, 2024), 16);
    assert.equal(expectedEdition({ frequency: 'triennial', anchor: { edition: 9, year: 2025 } }, 2022), 8);
    assert.equal(expectedEdition({ frequency: 'triennial', anchor: { edition: 9, year: 2025 } }, 2023), null);
  });

  test('should give none for irregular series, before the first meeting, or without an anchor', () => {
    assert.equal(expectedEdition({ frequency: 'irregular', anchor: { edition: 3, year: 2023 } }, 2025), null);
    assert.equal(
      expectedEdition({ frequency: 'annual', anchor: { edition: 5, year: 2020 }, first: { year: 2016 } }, 2010),
      null,
    );
    assert.equal(expectedEdition({ frequency: 'annual' }, 2020), null);
  });
});
