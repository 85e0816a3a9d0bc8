/**
 * @module entity-attendance
 * The meetings an entity attended, in one joined read: documents whose `participants` layer
 * names it, or (for a state) whose `parties` include its code, with title and meeting.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Database, DocumentsTable } from '../database-schema.ts';
import { escapeLike } from '../store-query-helpers.ts';
import type { JsonDecoder } from '../store-rows.ts';
import type { AttendanceRow } from './entity-index.ts';

/**
 * Documents whose `participants` layer names the entity, or (given a state's code) whose
 * `parties` include it, each with its title and its latest `meeting` value; one joined read.
 */
export async function selectAttendance(
  db: Kysely<Database>,
  decode: JsonDecoder,
  entityId: string,
  iso: string | undefined,
): Promise<AttendanceRow[]> {
  const meeting = (eb: ExpressionBuilder<Database & { d: DocumentsTable }, 'd'>) =>
    eb
      .selectFrom('annotations as m')
      .select('m.value')
      .whereRef('m.document_id', '=', 'd.id')
      .where('m.layer', '=', 'meeting')
      // The last in store order, as a document's meeting is read elsewhere.
      .orderBy('m.span_start', 'desc')
      .orderBy('m.span_end', 'desc')
      .orderBy('m.id', 'desc')
      .limit(1)
      .as('meeting');
  const participants = await db
    .selectFrom('annotations as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .select(['p.document_id', 'p.value', 'd.title', 'd.meta', meeting])
    .where('p.layer', '=', 'participants')
    .where('p.entity_id', '=', entityId)
    .orderBy('p.document_id')
    .orderBy('p.id')
    .execute();
  // A party is a code in a small JSON list: the text test finds candidates, the decoded list decides.
  const parties = iso
    ? await db
        .selectFrom('annotations as p')
        .innerJoin('documents as d', 'd.id', 'p.document_id')
        .select(['p.document_id', 'p.value', 'd.title', 'd.meta', meeting])
        .where('p.layer', '=', 'parties')
        .where(sql<boolean>`cast(p.value as text) like ${`%"${escapeLike(iso)}"%`} escape '\\'`)
        .orderBy('p.document_id')
        .execute()
    : [];
  const found = new Map<string, AttendanceRow>();
  const add = (r: (typeof participants)[number], as: AttendanceRow['as'], role: string | null) => {
    if (found.has(r.document_id)) return;
    const meta = decode(r.meta) as { fileName?: string };
    found.set(r.document_id, {
      documentId: r.document_id,
      title: r.title ?? meta.fileName ?? r.document_id,
      as,
      role,
      meeting: r.meeting === null || r.meeting === undefined ? null : decode(r.meeting),
    });
  };
  for (const r of participants) {
    const v = decode(r.value) as { entityId?: string; role?: string | null };
    if (v.entityId === entityId) add(r, 'participant', v.role ?? null);
  }
  for (const r of parties)
    if (((decode(r.value) as { parties?: string[] }).parties ?? []).includes(iso!)) add(r, 'party', null);
  return [...found.values()];
}
