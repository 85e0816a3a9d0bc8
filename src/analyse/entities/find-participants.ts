/**
 * @module find-participants
 * People named as taking part in the meeting: every person the text introduces with a role,
 * before the name ("Chinese Foreign Minister Wang Yi") or right after it ("Murat Nurtleu,
 * Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan"), unless the role is
 * one of those who report on a meeting (spokesperson) or the sentence only invites or
 * thanks them. Pure: mentions in, participants out.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { ParticipantValue } from '../../model/layers.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { tokenize } from '../../knowledge/tokenize.ts';
import type { EntityLexicons } from './entity-lexicons.ts';
import type { EntityMentionDetail } from './entity-mention.ts';

const ROLE_AFTER_WINDOW = 240;
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'to']);
/** Words right before a role-cued name that make the person the host or addressee, not a participant. */
const NOT_TAKING_PART = /\b(invitation|congratulat\w*|thanked|thanks|gratitude|behalf|condolences|message from|letter from)\b[^.;]{0,80}$/i;

/** A participant with the span of its first role-cued mention. */
export interface FoundParticipant {
  readonly start: number;
  readonly end: number;
  readonly value: ParticipantValue;
}

/**
 * The participants of a document, one per person, in order of first role-cued mention.
 * @example findParticipants(text, entityAnnotations, lex, kb)
 */
export function findParticipants(text: string, mentions: readonly Annotation[], lex: EntityLexicons, kb: KnowledgeBase): FoundParticipant[] {
  const out = new Map<string, FoundParticipant>();
  for (const a of mentions) {
    const v = a.value as EntityMentionDetail;
    if (v.type !== 'person' || out.has(v.entityId)) continue;
    const before = v.role && v.roleStart !== undefined ? { role: v.role, start: v.roleStart } : undefined;
    const after = before ? undefined : roleAfter(text, a.end, lex);
    const cue = before ?? after;
    if (!cue || nonParticipant(cue.role, lex)) continue;
    const lead = text.slice(Math.max(0, Math.min(cue.start, a.start) - 160), Math.min(cue.start, a.start));
    if (NOT_TAKING_PART.test(lead)) continue;
    const country = v.country ?? countryIn(cue.role, kb) ?? null;
    const start = Math.min(a.start, cue.start), end = Math.max(a.end, after ? after.end : a.end);
    out.set(v.entityId, { start, end, value: { name: v.name, entityId: v.entityId, country, role: cue.role } });
  }
  return [...out.values()];
}

/** The role printed after a name and a comma ("…, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia"). */
export function roleAfter(text: string, from: number, lex: EntityLexicons): { role: string; start: number; end: number } | undefined {
  const gap = /^\s*,\s*/.exec(text.slice(from, from + 4));
  if (!gap) return undefined;
  let tokens = tokenize(text, from + gap[0].length, Math.min(text.length, from + ROLE_AFTER_WINDOW));
  if (tokens[0] && (tokens[0].norm === 'a' || tokens[0].norm === 'the')) tokens = tokens.slice(1);
  let last = -1, hasHead = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > 0 && !t.joined) break;
    if (lex.roleHeads.has(t.norm)) { hasHead = true; last = k; }
    else if (lex.roleModifiers.has(t.norm) || t.cap) last = k;
    else if (!CONNECTORS.has(t.norm)) break;
    if (k === 0 && !lex.roleHeads.has(t.norm) && !lex.roleModifiers.has(t.norm) && !t.cap) return undefined;
  }
  if (!hasHead || last < 0) return undefined;
  return { role: text.slice(tokens[0].start, tokens[last].end), start: tokens[0].start, end: tokens[last].end };
}

function nonParticipant(role: string, lex: EntityLexicons): boolean {
  return role.toLowerCase().split(/[^a-z]+/).some((w) => lex.nonParticipant.has(w));
}

// "Minister of Foreign Affairs of Kazakhstan" → KZ, through the knowledge base's country names.
function countryIn(role: string, kb: KnowledgeBase): string | undefined {
  const m = /\bof (?:the )?([A-Z][\w’' -]+)$/.exec(role);
  if (!m) return undefined;
  for (const id of kb.lookup(m[1].toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim())) {
    const rec = kb.byId.get(id) as { iso2?: string } | undefined;
    if (rec?.iso2) return rec.iso2;
  }
  return undefined;
}
