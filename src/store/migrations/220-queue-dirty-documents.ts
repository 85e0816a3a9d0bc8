/**
 * @module 220-queue-dirty-documents
 * Migration 220: the review queue brought up to date per document instead of per source group.
 * `queue_dirty` lists the documents whose items may have changed since the list last looked,
 * filled by triggers in the writer's transaction whatever the path (ingest, re-analysis, trash
 * and restore, cascading deletes, claim checks, re-linking): a new analysis run, a trash row
 * added or removed, a document stored, changed or deleted, a claim verdict or a followed promise
 * or link of the document written, a meeting waiting to be checked again (its reports). `ver`
 * grows with each mark, so a rebuild that read version 3 leaves a mark made meanwhile in place.
 * `queue_items.due_day` (days since 1970 of a deadline's last day) lets a new tracker day re-rank
 * only the rows whose priority depends on it. The list is emptied: it is rebuilt document by
 * document, in slices, on the next look.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Table, events and the column naming the document (`old.`/`new.` added per event). */
const SOURCES: readonly { table: string; events: readonly string[]; column: string }[] = [
  { table: 'analysis_runs', events: ['insert'], column: 'document_id' },
  { table: 'documents', events: ['insert', 'update', 'delete'], column: 'id' },
  { table: 'trash', events: ['insert', 'delete'], column: 'document_id' },
  { table: 'claim_verdicts', events: ['insert', 'update', 'delete'], column: 'document_id' },
  { table: 'tracked_commitments', events: ['insert', 'update', 'delete'], column: 'document_id' },
  { table: 'links', events: ['insert', 'update', 'delete'], column: 'from_document_id' },
];

const MARK = 'on conflict (document_id) do update set ver = queue_dirty.ver + 1';

export function queueDirtyDocuments(config: DialectConfig): Migration {
  const postgres = config.autoIdType === 'serial';
  return {
    up: async (db: Kysely<any>) => {
      await db.schema
        .createTable('queue_dirty')
        .addColumn('document_id', 'text', (col) => col.primaryKey())
        .addColumn('ver', 'integer', (col) => col.notNull())
        .execute();
      await db.schema.alterTable('queue_items').addColumn('due_day', 'integer').execute();
      await db.schema.createIndex('queue_items_due_day').on('queue_items').column('due_day').execute();
      await db.deleteFrom('queue_items').execute();
      await db.deleteFrom('queue_sources').where('grp', '<>', 'decisions').execute();
      for (const statement of postgres ? postgresTriggers() : sqliteTriggers()) await sql.raw(statement).execute(db);
    },
  };
}

function sqliteTriggers(): string[] {
  const out: string[] = [];
  for (const { table, events, column } of SOURCES)
    for (const event of events) {
      const row = event === 'delete' ? 'old' : 'new';
      out.push(`create trigger queue_dirty_${table}_${event} after ${event} on ${table} begin
        insert into queue_dirty (document_id, ver) values (${row}.${column}, 1) ${MARK}; end`);
    }
  for (const event of ['insert', 'delete']) {
    const row = event === 'delete' ? 'old' : 'new';
    out.push(`create trigger queue_dirty_stale_meetings_${event} after ${event} on stale_meetings begin
      insert into queue_dirty (document_id, ver) select distinct document_id, 1 from claim_verdicts
      where meeting_id = ${row}.meeting_id ${MARK}; end`);
  }
  return out;
}

function postgresTriggers(): string[] {
  const out: string[] = [];
  for (const column of new Set(SOURCES.map((s) => s.column)))
    out.push(`create function queue_dirty_by_${column}() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          insert into queue_dirty (document_id, ver) values (old.${column}, 1) ${MARK};
        else
          insert into queue_dirty (document_id, ver) values (new.${column}, 1) ${MARK};
        end if;
        return null;
      end $$`);
  out.push(`create function queue_dirty_by_meeting() returns trigger language plpgsql as $$
    begin
      insert into queue_dirty (document_id, ver) select distinct document_id, 1 from claim_verdicts
      where meeting_id = (case when tg_op = 'DELETE' then old.meeting_id else new.meeting_id end) ${MARK};
      return null;
    end $$`);
  for (const { table, events, column } of SOURCES)
    out.push(`create trigger queue_dirty_${table} after ${events.join(' or ')} on ${table}
      for each row execute function queue_dirty_by_${column}()`);
  out.push(`create trigger queue_dirty_stale_meetings after insert or delete on stale_meetings
    for each row execute function queue_dirty_by_meeting()`);
  return out;
}
