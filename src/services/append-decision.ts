/**
 * @module append-decision
 * The one way a decision reaches the store: its payload checked against its action's schema
 * (an unknown action, an extra field, a wrong value, too large or too deep are each a 400 that
 * names the problem), then appended with who and when. Every service that records a decision
 * (entities, claims, tracker, review queue) goes through here, so no payload is stored unchecked.
 */
import type { Decision } from '../model/decision.ts';
import type { Store } from '../store/store.ts';
import { DECISION_PAYLOAD_SCHEMAS, MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH } from './decision-payload-schema.ts';
import { fieldErrors } from './field-errors.ts';
import { jsonDepth } from './json-depth.ts';
import { ProblemError } from './problem.ts';

/**
 * The payload in its action's exact shape; throws a 400 `ProblemError` otherwise.
 * @example checkedPayload('set-status', { status: 'fulfilled', reason: 'held' })
 */
export function checkedPayload(action: string, payload: unknown): Record<string, unknown> {
  const schema = Object.hasOwn(DECISION_PAYLOAD_SCHEMAS, action) ? DECISION_PAYLOAD_SCHEMAS[action] : undefined;
  if (!schema)
    throw new ProblemError(
      400,
      'invalid-decision',
      `Unknown decision action "${action.slice(0, 60)}" (one of ${Object.keys(DECISION_PAYLOAD_SCHEMAS).join(', ')}).`,
    );
  // Size and depth first: a deep or huge payload is refused before anything walks it.
  let json: string;
  try {
    json = JSON.stringify(payload) ?? '';
  } catch {
    // A cycle, a BigInt, or nesting deep enough to overflow the stack.
    throw new ProblemError(400, 'invalid-decision', `${action}: the payload is not plain JSON of a sane depth.`);
  }
  if (Buffer.byteLength(json) > MAX_PAYLOAD_BYTES)
    throw new ProblemError(400, 'invalid-decision', `${action}: the payload is over ${MAX_PAYLOAD_BYTES} bytes.`);
  if (jsonDepth(json) > MAX_PAYLOAD_DEPTH)
    throw new ProblemError(400, 'invalid-decision', `${action}: the payload nests deeper than ${MAX_PAYLOAD_DEPTH}.`);
  const result = schema.safeParse(payload);
  if (result.success) return result.data as Record<string, unknown>;
  const errors = fieldErrors(result.error);
  const detail = errors.map((e) => `payload${e.pointer} ${e.message}`).join('; ');
  throw new ProblemError(400, 'invalid-decision', `${action}: ${detail}`, errors);
}

/**
 * Checks the payload and appends the decision.
 * @example await appendDecision(store, { target, action: 'reject-claim', payload: {}, by: 'ana', at })
 */
export async function appendDecision(store: Store, decision: Omit<Decision, 'id'>): Promise<Decision> {
  return store.addDecision({ ...decision, payload: checkedPayload(decision.action, decision.payload) });
}
