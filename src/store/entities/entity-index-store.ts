/**
 * @module entity-index-store
 * Reads of the machine's entity index (migration 100): entities ranked by mentions with their
 * counts, spellings, mentions and co-occurring entities, each an indexed query that reads
 * only the rows it returns. Reviewers' decisions are not applied here (see
 * src/services/reviewed-entity-overlay.ts): callers leave out the entities decisions touch and
 * compute those from their mentions.
 */
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database, EntitySummariesTable } from '../database-schema.ts';
import type { StoredAnnotation } from '../store.ts';
import { selectAttendance } from './entity-attendance.ts';
import type {
  AttendanceRow,
  CoOccurrence,
  EntityIndex,
  EntityIndexQuery,
  EntityIndexRow,
  MentionPlace,
} from './entity-index.ts';
import { escapeLike, withoutNul } from '../store-query-helpers.ts';
import { toStoredAnnotation, type JsonDecoder } from '../store-rows.ts';

/** Bound values per statement when a list of ids is spliced in (well under both dialects' limits). */
const IDS_PER_STATEMENT = 5000;

export class EntityIndexStore implements EntityIndex {
  readonly #db: Kysely<Database>;
  readonly #decode: JsonDecoder;

  constructor(db: Kysely<Database>, decode: JsonDecoder) {
    this.#db = db;
    this.#decode = decode;
  }

  /** A page of entities, most mentioned first (then by name and id), with the count of all that match. */
  async page(query: EntityIndexQuery): Promise<{ items: EntityIndexRow[]; total: number }> {
    const base = this.#filtered(query);
    const [count, rows] = await Promise.all([
      base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
      ranked(base.selectAll('s')).limit(query.limit).offset(query.offset).execute(),
    ]);
    return { items: rows.map(toRow), total: Number(count?.n ?? 0) };
  }

  /** How many entities of each type match. */
  async countByType(query: Omit<EntityIndexQuery, 'type' | 'limit' | 'offset'>): Promise<Map<string, number>> {
    const rows = await this.#filtered(query)
      .select(['s.type', (eb) => eb.fn.countAll().as('n')])
      .groupBy('s.type')
      .execute();
    return new Map(rows.map((r) => [r.type, Number(r.n)]));
  }

  #filtered(entityQuery: Omit<EntityIndexQuery, 'limit' | 'offset'>) {
    const query = withoutNul(entityQuery);
    let base = this.#db.selectFrom('entity_summaries as s');
    if (query.type) base = base.where('s.type', '=', query.type);
    if (query.exclude?.length) base = base.where('s.entity_id', 'not in', [...query.exclude]);
    const text = query.text?.trim().toLowerCase();
    if (!text) return base;
    const pattern = `%${escapeLike(text)}%`;
    return base.where((eb) =>
      eb.or([
        sql<boolean>`lower(s.name) like ${pattern} escape '\\'`,
        eb.exists(
          eb
            .selectFrom('entity_spellings as p')
            .select('p.entity_id')
            .whereRef('p.entity_id', '=', 's.entity_id')
            .where(sql<boolean>`lower(p.spelling) like ${pattern} escape '\\'`),
        ),
      ]),
    );
  }

  /** The entities with these ids (those the index knows). */
  async get(ids: readonly string[]): Promise<EntityIndexRow[]> {
    if (!ids.length) return [];
    const rows = await ranked(this.#db.selectFrom('entity_summaries as s').selectAll('s'))
      .where('s.entity_id', 'in', [...ids])
      .execute();
    return rows.map(toRow);
  }

  /** Each entity's spellings, most frequent first. */
  async spellings(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows = await this.#db
      .selectFrom('entity_spellings')
      .select(['entity_id', 'spelling'])
      .where('entity_id', 'in', [...ids])
      .orderBy('entity_id')
      .orderBy('mentions', 'desc')
      .orderBy('spelling')
      .execute();
    for (const r of rows) out.get(r.entity_id)!.push(r.spelling);
    return out;
  }

  /** Mentions of these entities in store order (document, start, end), optionally one page of them. */
  async mentions(ids: readonly string[], page?: { limit: number; offset: number }): Promise<StoredAnnotation[]> {
    if (!ids.length) return [];
    let q = this.#db
      .selectFrom('annotations')
      .selectAll()
      .where('entity_id', 'in', [...ids])
      .where('layer', '=', 'entities')
      .orderBy('document_id')
      .orderBy('span_start')
      .orderBy('span_end')
      .orderBy('id');
    if (page) q = q.limit(page.limit).offset(page.offset);
    return (await q.execute()).map((r) => toStoredAnnotation(r, this.#decode));
  }

  /** The entities the machine linked the mentions at these places to. */
  async entitiesAt(places: readonly MentionPlace[]): Promise<string[]> {
    const out = new Set<string>();
    for (let i = 0; i < places.length; i += IDS_PER_STATEMENT / 3) {
      const chunk = places.slice(i, i + IDS_PER_STATEMENT / 3);
      const rows = await this.#db
        .selectFrom('annotations')
        .select('entity_id')
        .where('layer', '=', 'entities')
        .where((eb) =>
          eb.or(
            chunk.map((p) =>
              eb.and([
                eb('document_id', '=', p.documentId),
                eb('span_start', '=', p.start),
                eb('span_end', '=', p.end),
              ]),
            ),
          ),
        )
        .execute();
      for (const r of rows) if (r.entity_id) out.add(r.entity_id);
    }
    return [...out];
  }

  /** The ids of the documents that mention the entity. */
  async documentIds(entityId: string): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('entity_documents')
      .select('document_id')
      .where('entity_id', '=', entityId)
      .execute();
    return rows.map((r) => r.document_id);
  }

  /** Documents naming the entity among their participants or (a state's code) parties (entity-attendance.ts). */
  attendance(entityId: string, iso?: string): Promise<AttendanceRow[]> {
    return selectAttendance(this.#db, this.#decode, entityId, iso);
  }

  /**
   * Entities mentioned in the documents of `entityId` (or in the given documents), with the
   * number of those documents each appears in; most shared first, `limit` of them.
   */
  async coOccurring(
    of: { readonly entityId: string } | { readonly documentIds: readonly string[] },
    exclude: readonly string[],
    limit: number,
  ): Promise<CoOccurrence[]> {
    const counts = new Map<string, number>();
    if ('entityId' in of) {
      // The pairs table holds the answer, ranked by its index.
      const rows = await this.#db
        .selectFrom('entity_pairs')
        .select(['other_id', 'documents'])
        .where('entity_id', '=', of.entityId)
        .where('other_id', 'not in', [...exclude, of.entityId])
        .orderBy('documents', 'desc')
        .orderBy('other_id')
        .limit(limit * 4)
        .execute();
      for (const r of rows) counts.set(r.other_id, Number(r.documents));
    } else {
      // Given documents (an entity decisions changed): their entities counted, a chunk of ids at a time.
      for (let i = 0; i < of.documentIds.length; i += IDS_PER_STATEMENT) {
        const rows = await this.#db
          .selectFrom('entity_documents')
          .select(['entity_id', (eb) => eb.fn.countAll().as('n')])
          .where('document_id', 'in', of.documentIds.slice(i, i + IDS_PER_STATEMENT))
          .where('entity_id', 'not in', exclude.length ? [...exclude] : [''])
          .groupBy('entity_id')
          .execute();
        for (const r of rows) counts.set(r.entity_id, (counts.get(r.entity_id) ?? 0) + Number(r.n));
      }
    }
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit * 4);
    const names = new Map((await this.get(top.map(([id]) => id))).map((r) => [r.id, r]));
    return top.flatMap(([id, documents]) => {
      const row = names.get(id);
      return row ? [{ id, name: row.name, type: row.type, documents }] : [];
    });
  }
}

/** Most mentioned first, then by name and id: one order for every page. */
function ranked<O>(q: SelectQueryBuilder<Database & { s: EntitySummariesTable }, 's', O>) {
  return q.orderBy('s.mentions', 'desc').orderBy('s.name').orderBy('s.entity_id');
}

function toRow(r: {
  entity_id: string;
  type: string;
  name: string;
  known: number;
  mentions: number;
  documents: number;
}): EntityIndexRow {
  return {
    id: r.entity_id,
    type: r.type,
    name: r.name,
    known: Number(r.known) === 1,
    mentionCount: Number(r.mentions),
    documentCount: Number(r.documents),
  };
}
