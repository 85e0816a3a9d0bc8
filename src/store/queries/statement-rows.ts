/**
 * @module statement-rows
 * The statements across documents in one indexed query (the `annotations_layer` index, joined
 * to their document's title and to its meeting), with the filters a database can apply itself
 * (document, kind) in SQL; the texts come in one more query, only for the documents involved.
 * Replaces loading every document with its tree to read a few sentences out of it.
 */
import { type Kysely, sql } from 'kysely';
import type { StatementValue, MeetingValue } from '../../model/layers.ts';
import type { Database } from '../database-schema.ts';
import type { DialectConfig } from '../dialect-config.ts';
import type { StatementRowQuery, StoredStatement } from '../statement-types.ts';
import type { JsonDecoder } from '../store-rows.ts';

export type { StatementRowQuery, StoredStatement };

/** `value ->> key` of a JSON column, in the dialect's own JSON functions (capability: its JSON type). */
export function jsonText(config: DialectConfig, column: string, key: string) {
  return config.jsonType === 'jsonb'
    ? sql<string>`${sql.ref(column)}->>${key}`
    : sql<string>`json_extract(${sql.ref(column)}, ${`$.${key}`})`;
}

/** The statements matching `query`, in document order. */
export async function selectStatements(
  db: Kysely<Database>,
  config: DialectConfig,
  decode: JsonDecoder,
  query: StatementRowQuery = {},
): Promise<StoredStatement[]> {
  let q = db
    .selectFrom('annotations as s')
    .innerJoin('documents as d', 'd.id', 's.document_id')
    .leftJoin('annotations as m', (join) =>
      join.onRef('m.document_id', '=', 's.document_id').on('m.layer', '=', 'meeting'),
    )
    .select([
      's.document_id',
      's.span_start',
      's.span_end',
      's.value',
      's.source',
      's.confidence',
      'd.title',
      'd.file_name',
      'm.value as meeting',
    ])
    .where('s.layer', '=', 'statements');
  if (query.documentId) q = q.where('s.document_id', '=', query.documentId);
  if (query.kind) q = q.where(jsonText(config, 's.value', 'kind'), '=', query.kind);
  const rows = await q.orderBy('s.document_id').orderBy('s.span_start').orderBy('s.span_end').orderBy('s.id').execute();
  // A listing filtered and paged in memory needs the texts of one page only: reading every
  // document's text for 30,000 statements took seconds per request at 20,000 documents.
  const texts =
    query.withText === false
      ? new Map<string, string>()
      : await documentTexts(db, [...new Set(rows.map((r) => r.document_id))]);
  return rows.map((r) => ({
    documentId: r.document_id,
    title: r.title,
    fileName: r.file_name,
    start: Number(r.span_start),
    end: Number(r.span_end),
    text: (texts.get(r.document_id) ?? '').slice(Number(r.span_start), Number(r.span_end)),
    value: decode(r.value) as StatementValue,
    source: r.source,
    confidence: Number(r.confidence),
    meeting: r.meeting === null ? null : (decode(r.meeting) as MeetingValue),
  }));
}

/** The texts of some documents (spans are UTF-16 offsets, so they are cut here, not in SQL). */
async function documentTexts(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const BATCH = 500; // well under either dialect's parameter limit
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await db
      .selectFrom('documents')
      .select(['id', 'text'])
      .where('id', 'in', ids.slice(i, i + BATCH))
      .execute();
    for (const row of rows) texts.set(row.id, row.text);
  }
  return texts;
}
