/**
 * @module review-queue
 * One queue over every machine suggestion: list it (ranked, filtered by kind, format or
 * document, a page at a time) and decide on an item (confirm, correct or reject). A decision
 * is appended with who (the caller passes the session's name, never the form's), when, why
 * (the note) and what the machine had said, so it survives re-analysis and leaves the queue.
 */
import type { Decision } from '../model/decision.ts';
import { draftDecision, needsReason } from '../review/queue/queue-decisions.ts';
import { kindOfItem, type QueueItem, type QueueKind, targetDocument } from '../review/queue/queue-item.ts';
import type { RankedItem } from '../review/queue/rank-items.ts';
import { queryQueueIndex, refreshQueueIndex } from './queue-index.ts';
import type { Store } from '../store/store.ts';
import { latestDate } from '../track/commitment-records.ts';
import { trackingDb } from '../track/tracking-repository.ts';
import { ProblemError } from './problem.ts';
import { QUEUE_VALUE_SCHEMAS, type QueueDecisionInput, type QueueQuery } from './queue-schemas.ts';
import { loadQueueItems } from './queue-sources.ts';
import { fieldErrors } from './field-errors.ts';
import { appendDecision } from './append-decision.ts';

export interface QueuePage {
  /** The day deadlines are measured from: the latest date in the store, as the tracker does. */
  readonly asOf: string;
  readonly total: number;
  /** Open items per kind, under the same format and document filters (the kind filter aside). */
  readonly byKind: Readonly<Partial<Record<QueueKind, number>>>;
  readonly items: readonly RankedItem[];
  /** Set when the store changed and the queue is still being rebuilt: the page is the one before. */
  readonly stale?: boolean;
}

/**
 * The open items, most urgent first; with `wait: false`, a page asked while the store's changes
 * are not yet in the queue comes from the queue as it was, marked `stale` (decisions apply at once).
 * @example await listQueue(store, { kind: 'claim-verdict', limit: 20, offset: 0 })
 */
export async function listQueue(
  store: Store,
  query: Partial<QueueQuery> & { limit?: number; offset?: number } = {},
  options: { wait?: boolean } = {},
): Promise<QueuePage> {
  const asOf = await latestDate(store);
  const { stale } = await refreshQueueIndex(store, asOf, options.wait ?? true);
  const { total, byKind, items } = await queryQueueIndex(store, {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.format ? { format: query.format } : {}),
    ...(query.document ? { document: query.document } : {}),
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  return { asOf, total, byKind, items: await withTexts(store, items), ...(stale ? { stale } : {}) };
}

/**
 * Appends the decision on one item; 404 when no such item exists, 400 when the action does not
 * apply to it, the corrected value has the wrong shape, or an overruling of a claim verdict or
 * commitment status gives no reason.
 */
export async function decideQueueItem(
  store: Store,
  input: QueueDecisionInput,
  by: string,
  now: () => Date = () => new Date(),
): Promise<Decision> {
  const item = await findItem(store, input.item);
  if (!item.actions.includes(input.action))
    throw new ProblemError(
      400,
      'invalid-decision',
      `A ${item.kind} item can be ${item.actions.map((a) => `${a}ed`).join(' or ')}, not ${input.action}ed.`,
    );
  if (needsReason(item.kind, input.action) && !input.note?.trim())
    throw new ProblemError(400, 'invalid-decision', `To ${input.action} a ${item.kind}, say why in "note".`);
  const value = input.action === 'correct' ? await checkedValue(store, item, input.value) : undefined;
  const asOf = item.kind === 'commitment-status' ? await latestDate(store) : undefined;
  const draft = draftDecision(item, input.action, value, input.note, asOf);
  return appendDecision(store, {
    ...draft,
    by,
    at: now().toISOString(),
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
  });
}

/** What became of one decision of a bulk request. */
export type BulkOutcome =
  | { readonly item: string; readonly ok: true; readonly decision: Decision }
  | { readonly item: string; readonly ok: false; readonly status: number; readonly detail: string };

/** Decides several items one after the other; a bad one fails alone and says why. */
export async function decideQueueItems(
  store: Store,
  inputs: readonly QueueDecisionInput[],
  by: string,
): Promise<BulkOutcome[]> {
  const out: BulkOutcome[] = [];
  for (const input of inputs) {
    try {
      out.push({ item: input.item, ok: true, decision: await decideQueueItem(store, input, by) });
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      out.push({ item: input.item, ok: false, status: e.status, detail: e.message });
    }
  }
  return out;
}

/** The item as the machine has it now (never as the client describes it). */
async function findItem(store: Store, id: string): Promise<QueueItem> {
  const kind = kindOfItem(id);
  if (!kind) throw new ProblemError(400, 'invalid-decision', `"${id}" is not a review queue item id.`);
  const documentId = targetDocument(id);
  const items = await loadQueueItems(store, { kinds: new Set([kind]), ...(documentId ? { documentId } : {}) });
  const item = items.find((i) => i.id === id);
  if (!item) throw new ProblemError(404, 'queue-item-not-found', `No machine suggestion "${id}" (re-analysed away?).`);
  return item;
}

async function checkedValue(store: Store, item: QueueItem, value: unknown): Promise<unknown> {
  if (value === undefined) throw new ProblemError(400, 'invalid-decision', 'A correction needs a value.');
  const result = QUEUE_VALUE_SCHEMAS[item.kind].safeParse(value);
  if (!result.success) {
    const errors = fieldErrors(result.error);
    const detail = errors.map((e) => `value${e.pointer} ${e.message}`).join('; ');
    throw new ProblemError(400, 'invalid-decision', `${item.kind}: ${detail}`, errors);
  }
  if (item.kind === 'entity-link' || item.kind === 'entity-merge') {
    const known = await store.getAnnotations({ layer: 'entities', entityId: String(result.data), limit: 1 });
    if (!known.length)
      throw new ProblemError(400, 'invalid-decision', `No entity "${String(result.data)}" is mentioned anywhere.`);
  }
  return result.data;
}

/** Cuts the passages of one page of items out of their documents' texts. */
async function withTexts(store: Store, items: readonly RankedItem[]): Promise<RankedItem[]> {
  const ids = [...new Set(items.filter((i) => i.span && !i.text).map((i) => i.documentId))];
  if (!ids.length) return [...items];
  const rows = await trackingDb(store).selectFrom('documents').select(['id', 'text']).where('id', 'in', ids).execute();
  const texts = new Map(rows.map((r) => [r.id as string, r.text as string]));
  return items.map((i) =>
    i.span && !i.text ? { ...i, text: (texts.get(i.documentId) ?? '').slice(i.span.start, i.span.end) } : i,
  );
}
