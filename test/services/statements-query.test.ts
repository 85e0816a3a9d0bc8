import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { queryStatements, type StatementRow } from '../../src/services/statements-query.ts';
import { statementsToCsv } from '../../src/export/statements-csv.ts';

const meeting = {
  format: 'China–Central Asia',
  level: 'foreign-ministers' as const,
  edition: 6,
  date: '2025-04-26',
  end: null,
  city: 'Almaty',
  country: 'KZ',
};
const row = (over: Partial<StatementRow>): StatementRow => ({
  documentId: 'd1',
  documentTitle: 'T',
  fileName: 'f.txt',
  start: 0,
  end: 10,
  text: 'The Parties agreed to hold the next meeting in 2026.',
  source: 'statements:test',
  confidence: 0.9,
  meeting,
  clause: '1',
  kind: 'commitment',
  actors: ['CN', 'KZ'],
  sectors: ['institutional'],
  deadline: '2026',
  references: [],
  ...over,
});
const rows = [
  row({}),
  row({
    clause: '2',
    kind: 'endorsement',
    actors: ['KZ'],
    sectors: ['culture', 'education'],
    deadline: null,
    text: 'Kazakhstan welcomed the forum.',
  }),
  row({
    clause: '3',
    deadline: '2025-05',
    sectors: ['security'],
    text: 'They will conduct joint operations against drugs.',
    meeting: { ...meeting, format: 'SCO', city: 'Astana', edition: null },
  }),
];

describe('queryStatements', () => {
  test('should filter by kind, actor and sector and count over the filtered set', () => {
    const r = queryStatements(rows, { kind: 'commitment', actor: 'cn' });
    assert.equal(r.total, 2);
    assert.deepEqual(r.bySector, { institutional: 1, security: 1 });
    assert.deepEqual(r.byActor, { CN: 2, KZ: 2 });
  });
  test('should filter by deadline window at any ISO precision', () => {
    assert.deepEqual(
      queryStatements(rows, { deadlineFrom: '2026' }).rows.map((x) => x.clause),
      ['1'],
    );
    assert.deepEqual(
      queryStatements(rows, { deadlineTo: '2025-12-31' }).rows.map((x) => x.clause),
      ['3'],
    );
    assert.deepEqual(
      queryStatements(rows, { deadlineFrom: '2025-01', deadlineTo: '2026-06' }).rows.map((x) => x.clause),
      ['1', '3'],
    );
  });
  test('should filter by format with either dash and by meeting words', () => {
    assert.equal(queryStatements(rows, { format: 'china-central asia' }).total, 2);
    assert.equal(queryStatements(rows, { meeting: 'sco astana' }).total, 1);
  });
  test('should search text ignoring case and diacritics', () => {
    assert.equal(queryStatements(rows, { q: 'JOINT operations' }).total, 1);
  });
  test('should write CSV with list cells joined', () => {
    const csv = statementsToCsv(rows.slice(1, 2));
    assert.match(csv, /culture;education/);
    assert.equal(csv.split('\r\n')[0].split(',')[0], 'document_id');
  });
});
