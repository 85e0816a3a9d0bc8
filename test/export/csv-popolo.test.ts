import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsv } from '../../src/export/csv.ts';
import { toPopolo } from '../../src/export/popolo-export.ts';
import type { PersonRecord } from '../../src/knowledge/kb-types.ts';

describe('csv', () => {
  test('should quote commas, quotes and line breaks', () => {
    assert.equal(toCsv(['a', 'b'], [['x,y', 'say "hi"\nnow']]), 'a,b\r\n"x,y","say ""hi""\nnow"\r\n');
  });
  test('should defuse spreadsheet formulas from untrusted text', () => {
    assert.equal(toCsv(['a'], [['=HYPERLINK("x")']]), 'a\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});

describe('popolo', () => {
  test('should give persons with other names and memberships from the knowledge base', () => {
    const kb: PersonRecord = {
      id: 'person:doe-jan',
      type: 'person',
      name: 'Jan Doe',
      familyName: 'Doe',
      aliases: [],
      sources: [{ url: 'https://example.org/doe' }],
      memberships: [
        { role: 'Minister of Foreign Affairs', organization: 'gov:KZ', country: 'KZ', start: '2020-01-01', end: null },
      ],
    };
    const out = toPopolo(
      [
        {
          id: 'person:doe-jan',
          type: 'person',
          name: 'Jan Doe',
          spellings: ['Jan Doe', 'J. Doe'],
          known: true,
          mentionCount: 2,
          documentCount: 1,
        },
      ],
      (id) => (id === kb.id ? kb : undefined),
    );
    assert.deepEqual(out.persons[0].other_names, [{ name: 'J. Doe' }]);
    assert.deepEqual(out.memberships, [
      {
        person_id: 'person:doe-jan',
        organization_id: 'gov:KZ',
        role: 'Minister of Foreign Affairs',
        start_date: '2020-01-01',
        area_id: 'country:KZ',
      },
    ]);
    assert.ok(out.organizations.some((o) => o.id === 'gov:KZ' && o.classification === 'government'));
  });
});
