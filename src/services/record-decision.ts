/**
 * @module record-decision
 * Records a reviewer's decision about an entity or a mention, for the API and the web forms
 * alike: checks its shape (`checkEntityDecision`), checks that what it names exists, and
 * appends it with the time and the reviewer.
 */
import type { Decision } from '../model/decision.ts';
import { mentionTarget } from '../review/entity-decisions.ts';
import { checkEntityDecision } from './reviewed-entities.ts';
import type { Store } from '../store/store.ts';
import { findEntity } from './entity-catalogue.ts';
import { loadReviewedOverlay, toMachineMention, type ReviewedOverlay } from './reviewed-entity-overlay.ts';
import { appendDecision, checkedPayload } from './append-decision.ts';
import { ProblemError } from './problem.ts';

/** What a client sends. */
export interface DecisionInput {
  readonly target: string;
  readonly action: string;
  readonly payload?: Record<string, unknown>;
  /** Who decides: the signed-in user (`actorName`), never a field of the request. */
  readonly by: string;
  readonly note?: string;
}

/**
 * Checks and stores a decision; throws a 400 or 404 `ProblemError` when it is wrong.
 * @example
 * await recordDecision(store, { target: 'entity:new:person:x', action: 'merge', payload: { into: 'person:y' } })
 */
export async function recordDecision(
  store: Store,
  input: DecisionInput,
  now: () => Date = () => new Date(),
  reviewed?: ReviewedOverlay,
): Promise<Decision> {
  // The friendly checks first (they say what is missing), then the exact shape and sizes.
  const problem = checkEntityDecision({ target: input.target, action: input.action, payload: input.payload ?? {} });
  if (problem) throw new ProblemError(400, 'invalid-decision', problem);
  const payload = checkedPayload(input.action, input.payload ?? {});
  await checkTargetsExist(store, input.target, input.action, payload, reviewed ?? (await loadReviewedOverlay(store)));
  return appendDecision(store, {
    target: input.target,
    action: input.action,
    payload,
    by: input.by,
    at: now().toISOString(),
    ...(input.note?.trim() ? { note: input.note.trim() } : {}),
  });
}

/** A decision about something that does not exist would be stored and silently do nothing: refuse it. */
async function checkTargetsExist(
  store: Store,
  target: string,
  action: string,
  payload: Record<string, unknown>,
  reviewed: ReviewedOverlay,
): Promise<void> {
  const exists = async (id: string) => (await findEntity(store, id, reviewed)) !== undefined;
  if (target.startsWith('entity:')) {
    const id = target.slice('entity:'.length);
    if (!(await exists(id)))
      throw new ProblemError(
        404,
        'entity-not-found',
        `No entity with id "${id}" (it may have been merged into another).`,
      );
    if (action === 'merge' && !(await exists(String(payload.into))))
      throw new ProblemError(
        400,
        'invalid-decision',
        `Cannot merge into "${String(payload.into)}": no entity has this id.`,
      );
    if (action === 'split') {
      const mentions = reviewed.touched.has(id)
        ? reviewed.mentions.filter((m) => m.entityId === id && !m.rejected)
        : (await store.entities.mentions([id])).map(toMachineMention);
      const own = new Set(mentions.map(mentionTarget));
      const bad = (payload.mentions as unknown[]).find((k) => !isMentionKey(k) || !own.has(mentionTarget(k)));
      if (bad !== undefined)
        throw new ProblemError(
          400,
          'invalid-decision',
          `split: ${JSON.stringify(bad)} is not a mention of "${id}" ({documentId, start, end}).`,
        );
    }
    return;
  }
  const place = /^mention:(.+):(\d+):(\d+)$/.exec(target);
  const found =
    place && (await store.entities.entitiesAt([{ documentId: place[1], start: +place[2], end: +place[3] }]));
  if (!found?.length) throw new ProblemError(404, 'mention-not-found', `No entity mention at "${target}".`);
  if (action === 'relink' && !(await exists(String(payload.entityId))))
    throw new ProblemError(
      400,
      'invalid-decision',
      `Cannot relink to "${String(payload.entityId)}": no entity has this id.`,
    );
}

function isMentionKey(k: unknown): k is { documentId: string; start: number; end: number } {
  const o = k as Record<string, unknown> | null;
  return !!o && typeof o.documentId === 'string' && Number.isInteger(o.start) && Number.isInteger(o.end);
}
