/**
 * @module sqlite-batch-writer
 * Writes a batch of documents on SQLite with better-sqlite3 directly: one transaction for the
 * batch, a savepoint per document (a failing document rolls back alone), and statements
 * prepared once and run per row — in-process, a prepared single-row insert costs about a
 * microsecond, less than building one multi-row statement through the query builder. New
 * passages enter the FTS5 index with one statement per batch (see migration 020), and their
 * entity mentions enter the entity index with four (migration 171, sqlite-entity-batch.ts).
 */
import type Sqlite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import {
  COLUMNS,
  type InTransaction,
  rowValues,
  type BatchWriter,
  type RowSetOutcome,
  type WrittenTable,
} from '../batch-writer.ts';
import type { Database } from '../database-schema.ts';
import type { DocumentRowSet } from '../document-row-set.ts';
import { DEFER_ENTITY_INDEX, ENTITY_BATCH_COUNTS, RESUME_ENTITY_INDEX } from './sqlite-entity-batch.ts';

/** The statements that count a batch's mentions as sets; absent on a store before migration 171. */
interface EntityIndexStatements {
  readonly defer: Sqlite.Statement;
  readonly counts: readonly Sqlite.Statement[];
  readonly resume: Sqlite.Statement;
}

/**
 * A writer over `database`. `exclusive` runs a function while no other query of the store
 * runs (the store's own connection lock), so the batch's transaction never nests in another;
 * the function gets the query builder on that one connection, which `inTransaction` writes with
 * inside the batch's transaction.
 * @example createSqliteBatchWriter(database, (fn) => db.connection().execute(fn))
 */
export function createSqliteBatchWriter(
  database: Sqlite.Database,
  exclusive: <T>(fn: (connection: Kysely<Database>) => Promise<T>) => Promise<T>,
): BatchWriter {
  let statements:
    | (Record<WrittenTable, Sqlite.Statement> & {
        lastPassage: Sqlite.Statement;
        index: Sqlite.Statement;
        entityIndex?: EntityIndexStatements;
      })
    | undefined;
  const prepare = () => {
    const insert = (table: WrittenTable, suffix = '') => {
      const columns = COLUMNS[table];
      return database.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})${suffix}`,
      );
    };
    return {
      documents: insert('documents', ' on conflict (id) do nothing'),
      sources: insert('sources'),
      nodes: insert('nodes'),
      passages: insert('passages'),
      annotations: insert('annotations'),
      analysis_runs: insert('analysis_runs'),
      lastPassage: database.prepare('select coalesce(max(id), 0) as id from passages').pluck(),
      // Passage ids only grow (AUTOINCREMENT): those above the batch's starting point are its own.
      index: database.prepare('insert into passage_fts (rowid, body) select id, body from passages where id > ?'),
      entityIndex: entityIndexStatements(database),
    };
  };
  const writeOne = database.transaction((set: DocumentRowSet): boolean => {
    const s = (statements ??= prepare());
    // ON CONFLICT decides `created`, so a document stored meanwhile is reported, not duplicated.
    if (s.documents.run(rowValues('documents', set.document)).changes === 0) return false;
    if (set.source) s.sources.run(rowValues('sources', set.source));
    for (const row of set.nodes) s.nodes.run(rowValues('nodes', row));
    for (const row of set.passages) s.passages.run(rowValues('passages', row));
    for (const row of set.annotations) s.annotations.run(rowValues('annotations', row));
    if (set.run) s.analysis_runs.run(rowValues('analysis_runs', set.run));
    return true;
  });
  // Called inside the batch's transaction, writeOne runs as a savepoint of it.
  const writeAll = (sets: readonly DocumentRowSet[]): RowSetOutcome[] => {
    const s = (statements ??= prepare());
    const before = s.lastPassage.get();
    // The row triggers stand aside while the batch's rows go in; its mentions are counted below.
    s.entityIndex?.defer.run();
    const outcomes = sets.map((set): RowSetOutcome => {
      try {
        return { created: writeOne(set) };
      } catch (error) {
        return { error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
    if (s.entityIndex) {
      const ids = JSON.stringify([...created(sets, outcomes)]);
      for (const count of s.entityIndex.counts) count.run({ ids });
      s.entityIndex.resume.run();
    }
    // The full-text index of every passage the batch kept, in one statement (migration 020).
    s.index.run(before);
    return outcomes;
  };
  const created = (sets: readonly DocumentRowSet[], outcomes: readonly RowSetOutcome[]) =>
    new Set(sets.filter((_, i) => (outcomes[i] as { created?: boolean }).created).map((set) => set.id));
  return {
    write: (sets, inTransaction?: InTransaction) =>
      exclusive(async (connection) => {
        if (!inTransaction) return database.transaction(writeAll)(sets);
        // The batch's rows are written synchronously, then the hook's queries go over the same
        // connection before the commit: one transaction holds both.
        database.exec('begin immediate');
        try {
          const outcomes = writeAll(sets);
          await inTransaction(connection, created(sets, outcomes));
          database.exec('commit');
          return outcomes;
        } catch (error) {
          // Nothing of the batch is kept without its custody: every document fails with the error.
          if (database.inTransaction) database.exec('rollback');
          return sets.map(() => ({ error: error instanceof Error ? error : new Error(String(error)) }));
        }
      }),
  };
}

/** The set statements of migration 171, when the store has it. */
function entityIndexStatements(database: Sqlite.Database): EntityIndexStatements | undefined {
  const migrated = database
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'entity_index_deferred'")
    .get();
  if (!migrated) return undefined;
  return {
    defer: database.prepare(DEFER_ENTITY_INDEX),
    counts: ENTITY_BATCH_COUNTS.map((statement) => database.prepare(statement)),
    resume: database.prepare(RESUME_ENTITY_INDEX),
  };
}
