/**
 * @module statements-page.test
 * The statements listing paged by the database (`listStatements`) against the in-memory
 * computation it replaces (`loadStatements` + `queryStatements`), for each filter, for every
 * page, before and after reviewers correct a statement, on every dialect.
 */
import assert from 'node:assert/strict';
import type { Annotation } from '../../src/model/annotation.ts';
import type { StatementValue } from '../../src/model/layers.ts';
import { REVIEW_STATEMENT } from '../../src/review/queue/queue-decisions.ts';
import {
  listStatements,
  loadStatements,
  queryStatements,
  type StatementFilter,
} from '../../src/services/statements-query.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { storeContract } from '../store/store-contract.ts';
import { analysis, record } from '../store/store-fixtures.ts';

const CLAUSES: Partial<StatementValue>[] = [
  { kind: 'commitment', actors: ['CN', 'KZ'], sectors: ['trade'], deadline: '2026-05' },
  { kind: 'position', actors: ['KZ'], sectors: ['security', 'political'], deadline: null },
  { kind: 'commitment', actors: ['UZ'], sectors: ['trade'], deadline: '2027' },
  { kind: 'endorsement', actors: [], sectors: [], deadline: '2026-12-31' },
];

async function fill(store: KyselyStore): Promise<void> {
  const records = ['d_1', 'd_2', 'd_3'].map((id, d) => {
    const texts = CLAUSES.map((c, i) => `Clause ${d}.${i}: the parties agree (${c.kind}).`);
    const rec = record(
      id,
      texts.map((text) => ({ kind: 'clause' as const, text })),
    );
    let at = 0;
    const statements: Annotation[] = texts.map((text, i) => {
      const start = rec.document.text.indexOf(text, at);
      at = start + text.length;
      return {
        layer: 'statements',
        start,
        end: start + text.length,
        // The third document leaves out one clause so the documents differ.
        value: { clause: `p${i}`, references: [], ...CLAUSES[(i + d) % CLAUSES.length] },
        source: 'statements:test',
        confidence: 0.8,
      };
    });
    const meeting: Annotation = {
      layer: 'meeting',
      start: 0,
      end: 5,
      value: { format: `Format ${d}`, level: null, edition: null, date: null, end: null, city: null, country: null },
      source: 'meeting:test',
      confidence: 0.9,
    };
    return { ...rec, analysis: analysis({ statements: statements.slice(0, d === 2 ? 3 : 4), meeting: [meeting] }) };
  });
  await store.putDocuments(records);
}

const FILTERS: StatementFilter[] = [
  {},
  { kind: 'commitment' },
  { actor: 'kz' },
  { sector: 'trade' },
  { deadlineFrom: '2026-06' },
  { deadlineFrom: '2026-05-20' },
  { deadlineTo: '2027' },
  { deadlineTo: '2026-12' },
  { deadlineFrom: '2026', deadlineTo: '2026-12-31', kind: 'commitment' },
];

async function assertAgrees(store: KyselyStore, step: string): Promise<void> {
  const all = await loadStatements(store, { withText: false });
  for (const filter of FILTERS) {
    const whole = queryStatements(all, filter, { limit: all.length });
    const label = `${step}: ${JSON.stringify(filter)}`;
    const rows = [];
    for (let offset = 0; offset < whole.total + 3; offset += 3) {
      const page = await listStatements(store, filter, { limit: 3, offset });
      assert.equal(page.total, whole.total, `${label} total`);
      assert.deepEqual(page.byKind, whole.byKind, `${label} by kind`);
      assert.deepEqual(page.bySector, whole.bySector, `${label} by sector`);
      assert.deepEqual(page.byActor, whole.byActor, `${label} by actor`);
      rows.push(...page.rows);
    }
    const key = (r: { documentId: string; start: number; kind: string; actors: readonly string[] }) =>
      `${r.documentId}:${r.start}:${r.kind}:${r.actors.join(',')}`;
    assert.deepEqual(rows.map(key), whole.rows.map(key), `${label} rows`);
  }
}

await storeContract('statements listing', (it) => {
  it('should page, count and facet as the in-memory listing does, reviewed or not', async (store) => {
    await fill(store);
    await assertAgrees(store, 'machine only');
    const [first, second] = await loadStatements(store, { documentId: 'd_2', withText: false });
    const review = (target: { start: number; end: number }, payload: Record<string, unknown>) =>
      store.addDecision({
        target: `statement:d_2:${target.start}:${target.end}`,
        action: REVIEW_STATEMENT,
        payload,
        by: 'tester',
        at: new Date().toISOString(),
      });
    await review(first, { field: 'kind', value: 'commitment' });
    await review(second, { field: 'actors', value: ['TJ'] });
    await assertAgrees(store, 'after corrections');
    await review(first, { field: 'kind', decision: 'reject', value: null });
    await assertAgrees(store, 'after a rejection');
  });
});
