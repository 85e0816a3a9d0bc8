/**
 * @module pg-multiply
 * Grows a PostgreSQL store for the scale bench without the client: the documents already
 * stored (written through `putDocuments`, so every row is the store's own) are copied inside
 * the database, with every row of every table (sources, nodes, passages and their tsvector,
 * annotations, analysis runs), each copy under an id of its own (`<seed id>-<copy>`) and a
 * copy marker appended to its text. This is a bench shortcut, not a write path: the secondary
 * indexes are dropped first and rebuilt at the end (as a bulk load would), and foreign-key
 * triggers are skipped for the session (`session_replication_role = replica`, which needs a
 * superuser; each copy's parent row is inserted in the same statement batch). Two connections
 * copy disjoint ranges at once.
 */
import pg from 'pg';
import { COLUMNS } from '../src/store/batch-writer.ts';

/** Tables copied per document, with the writers' columns apart from `document_id` (serial ids are new). */
const CHILD_TABLES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  (['sources', 'nodes', 'passages', 'annotations', 'analysis_runs'] as const).map((table) => [
    table,
    COLUMNS[table].filter((c) => c !== 'document_id'),
  ]),
);

/** The document's columns apart from its id and text, which each copy makes its own. */
const DOCUMENT_COLUMNS = COLUMNS.documents.filter((c) => c !== 'id' && c !== 'text');

/** Documents per statement batch (one transaction each). */
const ROUND_DOCUMENTS = 20_000;

/**
 * Copies stored documents until the schema holds `target`; returns the seconds it took.
 * @example await multiplyStore('postgres://…', 'concord_bench_scale_1a2b', 1_000_000)
 */
export async function multiplyStore(
  url: string,
  schema: string,
  target: number,
  onProgress?: (stored: number) => void,
): Promise<number> {
  const started = performance.now();
  const open = async () => {
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    await client.query(`set session_replication_role = replica; set maintenance_work_mem = '512MB'`);
    return client;
  };
  const main = await open();
  try {
    const have = Number((await main.query('select count(*) as n from documents')).rows[0].n);
    if (have >= target) return 0;
    await main.query(`create table if not exists bench_seed as
      select id, row_number() over (order by id) as k from documents where id not like '%-c%'`);
    const seeds = Number((await main.query('select count(*) as n from bench_seed')).rows[0].n);
    const copiesNeeded = Math.ceil((target - have) / seeds);
    const firstCopy = Number((await main.query(`select count(*) as n from documents where id like '%-c%'`)).rows[0].n);
    const indexes = await dropSecondaryIndexes(main);
    const perRound = Math.max(1, Math.floor(ROUND_DOCUMENTS / seeds));
    const rounds: [number, number][] = [];
    const start = Math.ceil(firstCopy / seeds) + 1;
    for (let c = start; c < start + copiesNeeded; c += perRound)
      rounds.push([c, Math.min(c + perRound - 1, start + copiesNeeded - 1)]);
    let done = have;
    const second = await open();
    try {
      await Promise.all(
        [main, second].map(async (client, w) => {
          for (let r = w; r < rounds.length; r += 2) {
            const [from, to] = rounds[r];
            // The last round stops at the target: only seeds k <= what is still missing.
            const limit = Math.min(seeds * (to - from + 1), target - have - (from - start) * seeds);
            await copyRound(client, from, to, seeds, limit);
            done += limit;
            onProgress?.(done);
          }
        }),
      );
    } finally {
      await second.end();
    }
    for (const definition of indexes) await main.query(definition);
    await main.query('analyze');
    return (performance.now() - started) / 1000;
  } finally {
    await main.end();
  }
}

/** Copies seeds for copies `from`..`to`, at most `limit` documents, in one transaction. */
async function copyRound(client: pg.Client, from: number, to: number, seeds: number, limit: number): Promise<void> {
  // Copy c of seed k is document number (c - from) * seeds + k of the round.
  const pick = `from bench_seed s cross join generate_series(${from}, ${to}) as c(n)
    where (c.n - ${from}) * ${seeds} + s.k <= ${limit}`;
  const newId = `s.id || '-c' || c.n`;
  await client.query('begin');
  try {
    await client.query(`insert into documents (id, text, ${DOCUMENT_COLUMNS.join(', ')})
      select ${newId}, d.text || E'\\n\\nCopy ' || c.n || '.', ${DOCUMENT_COLUMNS.map((c) => `d.${c}`).join(', ')}
      ${pick.replace('cross join', 'join documents d on d.id = s.id cross join')}`);
    for (const [table, columns] of Object.entries(CHILD_TABLES))
      await client.query(`insert into ${table} (document_id, ${columns.join(', ')})
        select ${newId}, ${columns.map((c) => `t.${c}`).join(', ')}
        ${pick.replace('cross join', `join ${table} t on t.document_id = s.id cross join`)}`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** Drops the non-unique indexes of the copied tables; returns their definitions to rebuild. */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.relname as name, pg_get_indexdef(i.oid) as definition
     from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
     where t.relname = any($1) and not x.indisunique and t.relnamespace = current_schema()::regnamespace`,
    [['documents', ...Object.keys(CHILD_TABLES)]],
  );
  for (const { name } of rows) await client.query(`drop index ${name}`);
  return rows.map((r) => r.definition);
}
