/**
 * @module claim-store
 * Reads and writes the claims stage's tables (migration 040): which meeting each document is
 * about, and the verdicts of the claims of each report. Every lookup goes through an index
 * (meeting id, document id), so its cost follows the meeting, not the store.
 */
import type { Kysely } from 'kysely';
import type { Claim, ClaimVerdict, Verdict } from '../../model/claim.ts';
import type { Store } from '../../store/store.ts';

/** The claims stage's view of the database. */
export type ClaimsDb = Kysely<any>;

/** The query builder of a Kysely-backed store (both adapters are). */
export function claimsDb(store: Store): ClaimsDb {
  const db = (store as Partial<{ db: ClaimsDb }>).db;
  if (!db) throw new Error('The claims stage needs a SQL store (SQLite or PostgreSQL)');
  return db;
}

/** The meeting a document is about, as recorded; null for one filed under none (`UNPLACED`, ''). */
export async function meetingOfDocument(db: ClaimsDb, documentId: string): Promise<string | null> {
  const row = await db
    .selectFrom('meeting_documents')
    .select('meeting_id')
    .where('document_id', '=', documentId)
    .executeTakeFirst();
  return row?.meeting_id || null;
}

/** Ids of a meeting's documents, primary or reports, sorted. */
export async function meetingDocuments(db: ClaimsDb, meetingId: string, primary: boolean): Promise<string[]> {
  const rows = await db
    .selectFrom('meeting_documents')
    .select('document_id')
    .where('meeting_id', '=', meetingId)
    .where('is_primary', '=', primary ? 1 : 0)
    .orderBy('document_id')
    .execute();
  return rows.map((r) => r.document_id as string);
}

/** Marks meetings whose claims must be checked again. */
export async function markStale(db: ClaimsDb, meetingIds: readonly string[]): Promise<void> {
  for (const id of new Set(meetingIds)) {
    const held = await db
      .selectFrom('stale_meetings')
      .select('meeting_id')
      .where('meeting_id', '=', id)
      .executeTakeFirst();
    if (!held) await db.insertInto('stale_meetings').values({ meeting_id: id }).execute();
  }
}

/** The meetings marked stale, sorted. */
export async function staleMeetings(db: ClaimsDb): Promise<string[]> {
  const rows = await db.selectFrom('stale_meetings').select('meeting_id').orderBy('meeting_id').execute();
  return rows.map((r) => r.meeting_id as string);
}

/** Clears a meeting's stale mark (after its claims were checked). */
export async function clearStale(db: ClaimsDb, meetingId: string): Promise<void> {
  await db.deleteFrom('stale_meetings').where('meeting_id', '=', meetingId).execute();
}

/** Replaces the verdicts of one report (its claims all re-checked together). */
export async function replaceVerdicts(db: ClaimsDb, documentId: string, verdicts: readonly ClaimVerdict[]) {
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('claim_verdicts').where('document_id', '=', documentId).execute();
    if (!verdicts.length) return;
    await tx.insertInto('claim_verdicts').values(verdicts.map(verdictRow)).execute();
  });
}

/** What the verdicts can be filtered by. */
export interface VerdictFilter {
  meetingId?: string;
  documentId?: string;
  verdict?: Verdict;
  /** The report's publisher. */
  outlet?: string;
  limit?: number;
  offset?: number;
}

/** Stored verdicts, by report then position. */
export async function listVerdicts(db: ClaimsDb, filter: VerdictFilter = {}): Promise<ClaimVerdict[]> {
  let q = db.selectFrom('claim_verdicts as v').selectAll('v');
  if (filter.meetingId) q = q.where('v.meeting_id', '=', filter.meetingId);
  if (filter.documentId) q = q.where('v.document_id', '=', filter.documentId);
  if (filter.verdict) q = q.where('v.verdict', '=', filter.verdict);
  if (filter.outlet) {
    q = q.innerJoin('documents as d', 'd.id', 'v.document_id').where('d.publisher', '=', filter.outlet);
  }
  const rows = await q
    .orderBy('v.document_id')
    .orderBy('v.span_start')
    .limit(filter.limit ?? 1000)
    .offset(filter.offset ?? 0)
    .execute();
  return rows.map(fromRow);
}

function verdictRow(v: ClaimVerdict) {
  return {
    document_id: v.claim.documentId,
    span_start: v.claim.start,
    span_end: v.claim.end,
    meeting_id: v.claim.meetingId ?? '',
    claim: JSON.stringify(v.claim.value),
    verdict: v.verdict,
    evidence: JSON.stringify(v.evidence),
    differences: JSON.stringify(v.differences),
    note: v.note,
    rule: v.rule,
    confidence: v.confidence,
  };
}

function fromRow(r: Record<string, any>): ClaimVerdict {
  const claim: Claim = {
    documentId: r.document_id,
    start: Number(r.span_start),
    end: Number(r.span_end),
    meetingId: r.meeting_id || null,
    value: JSON.parse(r.claim),
  };
  return {
    claim,
    verdict: r.verdict,
    evidence: JSON.parse(r.evidence),
    differences: JSON.parse(r.differences),
    note: r.note,
    rule: r.rule,
    confidence: Number(r.confidence),
  };
}
