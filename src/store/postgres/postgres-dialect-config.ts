/**
 * @module postgres-dialect-config
 * The PostgreSQL side of the dialect differences: jsonb, bytea, serial keys, tsvector search,
 * append-only decisions by a trigger function, and an optional schema of its own.
 */
import { sql } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';
import { postgresEntityIndex } from './postgres-entity-index.ts';
import { POSTGRES_ENTITY_LOOKUPS } from './postgres-entity-lookups.ts';
import { POSTGRES_ENTITY_REMOVALS } from './postgres-entity-removals.ts';
import { postgresFullText } from './postgres-full-text.ts';

/** A schema name safe to splice into SQL and into the connection's search_path. */
export const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * PostgreSQL (pg). With `schema`, the store lives in that schema (created when absent).
 * @example postgresDialectConfig('concord_test_1a2b')
 */
export function postgresDialectConfig(schema?: string): DialectConfig {
  if (schema !== undefined && !SCHEMA_NAME.test(schema))
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use letters, digits and _`);
  return Object.freeze({
    jsonType: 'jsonb',
    bytesType: 'bytea',
    autoIdType: 'serial',
    autoId: (column) => column,
    jsonParsedByDriver: true,
    // The wire protocol counts parameters in 16 bits (65535); keep a margin.
    maxParameters: 60000,
    fullText: postgresFullText,
    ...(schema ? { schema } : {}),
    // The generated tsvector column is computed by the insert itself.
    passagesIndexedByWriter: [],
    // lz4 where the server is built with it (PostgreSQL 14+): storing a document spent more time
    // in pglz compressing its text and tree than in the insert itself (issue 12's profile).
    // Only new values change; rows already stored stay readable as they are.
    fastCompression: [
      `do $$ begin
        if exists (select from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) then
          alter table documents alter column text set compression lz4, alter column tree set compression lz4,
            alter column meta set compression lz4;
          alter table sources alter column bytes set compression lz4;
        end if;
      end $$`,
    ],
    appendOnlyDecisions: [
      'create function concord_refuse_change() returns trigger language plpgsql as ' +
        `$$ begin raise exception 'decisions are append-only'; end $$`,
      'create trigger decisions_append_only before update or delete on decisions ' +
        'for each row execute function concord_refuse_change()',
    ],
    // Per statement, over the rows it changed: one upsert per term for a promise's whole batch.
    commitmentTermCounts: [
      ...countTrigger('commitment_terms', 'added', 'term', 1),
      ...countTrigger('commitment_terms', 'removed', 'term', -1),
      ...countTrigger('tracked_commitments', 'added', `'*'`, 1),
      ...countTrigger('tracked_commitments', 'removed', `'*'`, -1),
    ],
    appendOnlyAudit: [
      'create function concord_refuse_audit_change() returns trigger language plpgsql as ' +
        `$$ begin raise exception 'the audit log is append-only'; end $$`,
      'create trigger audit_log_append_only before update or delete on audit_log ' +
        'for each row execute function concord_refuse_audit_change()',
    ],
    lockAuditLog: 'lock table audit_log in exclusive mode',
    entityIndex: postgresEntityIndex,
    entityIndexLookups: POSTGRES_ENTITY_LOOKUPS,
    entityIndexRemovals: POSTGRES_ENTITY_REMOVALS,
    prepare: schema
      ? async (db) => {
          await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
        }
      : undefined,
  } satisfies DialectConfig);
}

/**
 * A statement-level trigger (and its function) that adds `sign` per changed row of `table` to
 * the count of the term `termSql` names, reading the rows from the transition table `rows`.
 */
function countTrigger(table: string, rows: 'added' | 'removed', termSql: string, sign: 1 | -1): string[] {
  const name = `concord_count_${table}_${rows}`;
  const event = rows === 'added' ? 'insert' : 'delete';
  return [
    `create function ${name}() returns trigger language plpgsql as $$ begin ` +
      `insert into commitment_term_counts (term, postings) ` +
      `select ${termSql}, ${sign} * count(*) from ${rows} group by 1 ` +
      'on conflict (term) do update set postings = commitment_term_counts.postings + excluded.postings; ' +
      'return null; end $$',
    `create trigger ${name} after ${event} on ${table} ` +
      `referencing ${rows === 'added' ? 'new' : 'old'} table as ${rows} for each statement execute function ${name}()`,
  ];
}
