/**
 * @module units-naming
 * The primary passages that name a state: the meeting's boilerplate (preamble, attendance,
 * signature lines) first, then the passages the index finds for the state, so a party's
 * evidence is the text that lists it.
 */
import type { RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import type { CheckedClaim } from '../claim-facts.ts';
import type { MeetingRecord } from '../meeting-record.ts';
import { stateName } from './verdict-rule.ts';

/** How many passages per state the index is asked for. */
const PER_STATE = 4;

/**
 * Passages of the record that name `code` themselves (not through "the Parties"), boilerplate
 * first, each once.
 */
export function unitsNaming(claim: CheckedClaim, record: MeetingRecord, code: string): RetrievalUnit[] {
  const entity = claim.mentions.find((m) => m.value.type === 'country' && m.value.country === code)?.value.entityId;
  const names = (u: RetrievalUnit) => (entity ? u.facts.entities.includes(entity) : u.facts.states.includes(code));
  const found = record.index
    .candidates({ text: stateName(claim, code), facts: { states: [code] }, meetingId: record.meetingId }, PER_STATE)
    .map((c) => c.unit);
  const out: RetrievalUnit[] = [];
  for (const u of [...record.boilerplate, ...found]) if (names(u) && !out.some((x) => x.id === u.id)) out.push(u);
  return out;
}
