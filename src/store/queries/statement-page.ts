/**
 * @module statement-page
 * The statements listing as one database page: kind, actor, sector and deadline filters, the
 * store order, the count and the counts per kind, sector and actor, each a query over the
 * statements layer; only the page's rows are read and decoded.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { MeetingValue, StatementValue } from '../../model/layers.ts';
import type { Database } from '../database-schema.ts';
import type { DialectConfig } from '../dialect-config.ts';
import type { StatementPage, StatementPageQuery } from '../statement-types.ts';
import type { JsonDecoder } from '../store-rows.ts';
import { jsonText } from './statement-rows.ts';

/** The elements of a JSON array field of `s.value` as a table `e(value)`, in the dialect's JSON functions. */
function elements(config: DialectConfig, key: string): RawBuilder<unknown> {
  return config.jsonType === 'jsonb'
    ? sql`jsonb_array_elements_text(s.value->${key}) as e(value)`
    : sql`json_each(s.value, ${`$.${key}`}) as e`;
}

export async function selectStatementPage(
  db: Kysely<Database>,
  config: DialectConfig,
  decode: JsonDecoder,
  query: StatementPageQuery,
): Promise<StatementPage> {
  const deadline = jsonText(config, 's.value', 'deadline');
  const conditions: RawBuilder<unknown>[] = [sql`s.layer = 'statements'`];
  if (query.kind) conditions.push(sql`${jsonText(config, 's.value', 'kind')} = ${query.kind}`);
  if (query.actor)
    conditions.push(
      sql`exists (select 1 from ${elements(config, 'actors')} where e.value = ${query.actor.toUpperCase()})`,
    );
  if (query.sector)
    conditions.push(sql`exists (select 1 from ${elements(config, 'sectors')} where e.value = ${query.sector})`);
  // A deadline is compared with the bound cut to its own precision ("2026-05" is within "2026-05-31").
  if (query.deadlineFrom)
    conditions.push(
      sql`${deadline} <> '' and ${deadline} >= substr(cast(${query.deadlineFrom} as text), 1, length(${deadline}))`,
    );
  if (query.deadlineTo)
    conditions.push(
      sql`${deadline} <> ''
        and substr(${deadline}, 1, ${query.deadlineTo.length}) <= cast(${query.deadlineTo} as text)`,
    );
  if (query.excludeDocuments?.length)
    conditions.push(sql`s.document_id not in (${sql.join([...query.excludeDocuments])})`);
  const where = sql.join(conditions, sql` and `);
  const facet = async (key: 'sectors' | 'actors') =>
    counts(
      await sql<{ k: string; n: number }>`select e.value as k, count(*) as n
        from annotations s, ${elements(config, key)} where ${where} group by e.value`.execute(db),
    );
  const formats = async () => {
    if (!query.withFormats) return undefined;
    const found = await sql<{ f: string | null }>`select distinct ${jsonText(config, 'm.value', 'format')} as f
      from annotations m where m.layer = 'meeting'
      and m.document_id in (select s.document_id from annotations s where s.layer = 'statements')`.execute(db);
    return found.rows.flatMap((r) => (r.f ? [r.f] : [])).sort();
  };
  const [rows, total, byKind, bySector, byActor, formatList] = await Promise.all([
    sql<{
      document_id: string;
      span_start: number;
      span_end: number;
      value: unknown;
      source: string;
      confidence: number;
      title: string | null;
      file_name: string | null;
      meeting: unknown;
    }>`select s.document_id, s.span_start, s.span_end, s.value, s.source, s.confidence, d.title, d.file_name,
        (select m.value from annotations m where m.document_id = s.document_id and m.layer = 'meeting'
          order by m.id limit 1) as meeting
      from annotations s join documents d on d.id = s.document_id
      where ${where}
      order by s.document_id, s.span_start, s.span_end, s.id
      limit ${query.limit} offset ${query.offset}`.execute(db),
    sql<{ n: number }>`select count(*) as n from annotations s where ${where}`.execute(db),
    sql<{ k: string; n: number }>`select ${jsonText(config, 's.value', 'kind')} as k, count(*) as n
      from annotations s where ${where} group by 1`.execute(db),
    facet('sectors'),
    facet('actors'),
    formats(),
  ]);
  return {
    rows: rows.rows.map((r) => ({
      documentId: r.document_id,
      title: r.title,
      fileName: r.file_name,
      start: Number(r.span_start),
      end: Number(r.span_end),
      text: '',
      value: decode(r.value) as StatementValue,
      source: r.source,
      confidence: Number(r.confidence),
      meeting: r.meeting === null || r.meeting === undefined ? null : (decode(r.meeting) as MeetingValue),
    })),
    total: Number(total.rows[0]?.n ?? 0),
    byKind: counts(byKind),
    bySector,
    byActor,
    ...(formatList ? { formats: formatList } : {}),
  };
}

function counts(result: { rows: { k: string; n: number }[] }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of result.rows) if (r.k !== null) out[r.k] = Number(r.n);
  return out;
}
