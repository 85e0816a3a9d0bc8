import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import { createAnalyser } from '/work/wt-perf/src/analyse/analyser.ts';
import { readBaseTexts } from '/work/wt-perf/bench/make-corpus.ts';
import { analyseBases, syntheticRecords, batches } from '/work/wt-perf/bench/synthetic-records.ts';
import { createPostgresStore } from '/work/wt-perf/src/store/postgres/postgres-store.ts';
import { documentRowSet } from '/work/wt-perf/src/store/document-row-set.ts';
import { COLUMNS, rowValues } from '/work/wt-perf/src/store/batch-writer.ts';
import { copyRows } from '/work/wt-perf/src/store/postgres/copy-text.ts';
const url = 'postgres://postgres@127.0.0.1:5432/test';
const bases = await analyseBases(readBaseTexts('/work/shared/corpus'), createAnalyser());
const schema = `concord_prof_${randomBytes(4).toString('hex')}`;
const store = createPostgresStore({ url, schema, max: 2 });
await store.migrate(); await store.close();
{ const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` }); await c.connect();
  for (const x of (process.env.PREP ?? '').split(';').filter(Boolean)) await c.query(x);
  await c.end(); }
const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
await client.connect();
const t: Record<string, number> = {};
const counts: Record<string, number> = {};
const time = async (k: string, f: () => Promise<unknown>) => { const s = performance.now(); await f(); t[k] = (t[k] ?? 0) + performance.now() - s; };
for (const batch of batches(syntheticRecords(bases, 1000), 200)) {
  let sets: any[] = [];
  await time('rows', async () => { const now = new Date().toISOString(); sets = batch.map((r) => documentRowSet(r, now)); });
  await client.query('begin');
  await time('documents', async () => {
    const text = copyRows(sets.map((s) => rowValues('documents', s.document)));
    await pipeline(Readable.from([text]), client.query(copyFrom(`copy documents (${COLUMNS.documents.join(', ')}) from stdin`)));
  });
  for (const table of ['sources', 'nodes', 'passages', 'annotations', 'analysis_runs'] as const) {
    const rows = sets.flatMap((s) => table === 'sources' ? [s.source] : table === 'analysis_runs' ? [s.run] : s[table]).filter(Boolean);
    counts[table] = (counts[table] ?? 0) + rows.length;
    let text = '';
    await time(`${table}:text`, async () => { text = copyRows(rows.map((row: object) => rowValues(table, row))); });
    counts[table + ':MB'] = (counts[table + ':MB'] ?? 0) + text.length / 1e6;
    await time(table, () => pipeline(Readable.from([text]), client.query(copyFrom(`copy ${table} (${COLUMNS[table].join(', ')}) from stdin`))));
  }
  await time('commit', () => client.query('commit'));
}
console.log(t, counts);
await client.query(`drop schema ${schema} cascade`);
await client.end();
