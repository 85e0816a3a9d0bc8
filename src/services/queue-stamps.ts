/**
 * @module queue-stamps
 * When the review queue's indexed list is out of date: each source group of items has a stamp
 * made of cheap aggregates over what its items are built from, and a group is rebuilt when its
 * stamp changes. Every group depends on the documents (how many, in the store and in the trash),
 * the latest analysis run and the tracker's as-of day (deadlines rank by it); claims also on the
 * stored verdicts and the meetings waiting to be checked; the tracker on its promises, a
 * fingerprint of its links (re-linking rewrites them in place) and reviewers' verdicts on links
 * and statuses (a status item shows the status those verdicts give).
 */
import { type Kysely, sql } from 'kysely';
import { REJECT_COMMITMENT_ACTION, REVIEW_LINK_ACTION, SET_STATUS_ACTION } from '../review/queue/queue-decisions.ts';
import type { QueueKind } from '../review/queue/queue-item.ts';
import { documentsStamp } from './stamped-memo.ts';

/** The source groups, each rebuilt as a whole, and the kinds each builds. */
export const QUEUE_GROUPS = {
  statements: ['statement-kind', 'statement-actors', 'statement-sectors'],
  meetings: ['meeting-format', 'meeting-date', 'meeting-city', 'meeting-parties'],
  entities: ['entity-link', 'entity-merge'],
  claims: ['claim-verdict'],
  tracker: ['implementation-link', 'commitment-status'],
} as const satisfies Record<string, readonly QueueKind[]>;
export type QueueGroup = keyof typeof QUEUE_GROUPS;

/** The current stamp of every group (one round of aggregate queries). */
export async function queueStamps(db: Kysely<any>, asOf: string): Promise<Record<QueueGroup, string>> {
  const one = async (query: ReturnType<typeof sql>) => JSON.stringify((await query.execute(db)).rows[0] ?? null);
  const [documents, claims, tracker] = await Promise.all([
    documentsStamp(db),
    one(sql`select (select count(*) from claim_verdicts) as v, (select count(*) from stale_meetings) as s`),
    one(sql`select (select count(*) from tracked_commitments) as c,
      (select count(*) from links) as n, (select sum(confidence) from links) as f,
      (select sum(length(kind) * (evidence_end - evidence_start)) from links) as k,
      (select max(id) from decisions where action in
        (${REVIEW_LINK_ACTION}, ${SET_STATUS_ACTION}, ${REJECT_COMMITMENT_ACTION})) as r`),
  ]);
  const base = `${asOf} ${documents}`;
  return {
    statements: base,
    meetings: base,
    entities: base,
    claims: `${base} ${claims}`,
    tracker: `${base} ${tracker}`,
  };
}
