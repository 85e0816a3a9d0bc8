/**
 * @module rank-items
 * The order of the queue: what matters first. An item's priority adds up what makes it
 * urgent: the machine's doubt (1 − confidence), a contradicted claim (the verdicts that hurt
 * most when wrong), a claim not found in the record, and a deadline near or just past. Pure.
 */
import { QUEUE_KINDS, type QueueItem } from './queue-item.ts';

export interface RankedItem extends QueueItem {
  readonly priority: number;
  /** Why it ranks where it does, in words the page shows. */
  readonly why: readonly string[];
}

/** Weights of each reason, as data: a contradicted claim outranks any mere doubt. */
export const RANK_WEIGHTS = Object.freeze({
  contradicted: 1.5,
  notInSource: 0.4,
  /** For a deadline today; less as it is further away, none past `horizonDays`. */
  deadline: 1,
  /** A deadline missed within the last year still wants a look. */
  overdue: 0.8,
  horizonDays: 180,
  overdueDays: 365,
});

/**
 * The items, most urgent first; ties keep kinds in `QUEUE_KINDS` order, then document and target.
 * @example rankItems(items, '2026-12-06')[0].why // ['contradicted claim', 'confidence 0.55']
 */
export function rankItems(items: readonly QueueItem[], asOf: string): RankedItem[] {
  return items
    .map((item) => ({ ...item, ...priorityOf(item, asOf) }))
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        QUEUE_KINDS.indexOf(a.kind) - QUEUE_KINDS.indexOf(b.kind) ||
        a.documentId.localeCompare(b.documentId) ||
        a.id.localeCompare(b.id),
    );
}

/** An item's priority and its reasons. */
export function priorityOf(item: QueueItem, asOf: string): { priority: number; why: string[] } {
  const why: string[] = [];
  let priority = 1 - clamp(item.machine.confidence);
  if (item.machine.confidence < 1) why.push(`confidence ${item.machine.confidence.toFixed(2)}`);
  if (item.verdict === 'contradicted') {
    priority += RANK_WEIGHTS.contradicted;
    why.unshift('contradicted claim');
  } else if (item.verdict === 'not-in-source') {
    priority += RANK_WEIGHTS.notInSource;
    why.unshift('not in the record');
  }
  const days = item.due ? daysUntil(item.due, asOf) : undefined;
  if (days !== undefined && days >= 0 && days <= RANK_WEIGHTS.horizonDays) {
    priority += RANK_WEIGHTS.deadline * (1 - days / RANK_WEIGHTS.horizonDays);
    why.unshift(`due in ${days} days`);
  } else if (days !== undefined && days < 0 && -days <= RANK_WEIGHTS.overdueDays) {
    priority += RANK_WEIGHTS.overdue;
    why.unshift(`overdue by ${-days} days`);
  }
  return { priority: Math.round(priority * 1000) / 1000, why };
}

/**
 * Days from `asOf` to the last day a deadline allows ("2026" is due by 31 December 2026,
 * "2026-05" by 31 May); undefined for what is not a date.
 */
export function daysUntil(due: string, asOf: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(due);
  const today = Date.parse(`${asOf.slice(0, 10)}T00:00:00Z`);
  if (!m || Number.isNaN(today)) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  // Day 0 of the next month is the last day of this one.
  const last = m[3] ? Date.UTC(year, month - 1, Number(m[3])) : Date.UTC(year, month, 0);
  return Math.round((last - today) / 86_400_000);
}

function clamp(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
