/**
 * @module find-participants
 * People named as taking part in the meeting: every person the text introduces with a role,
 * before the name ("Chinese Foreign Minister Wang Yi"), over a list ("Presidents Sadyr Japarov of
 * Kyrgyzstan, Emomali Rahmon of Tajikistan"), or right after it ("Murat Nurtleu,
 * Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan"), or tied to a country
 * in a sentence that lists who took part ("his counterparts: China’s Wang Yi"), unless the role is
 * one of those who report on a meeting (spokesperson) or the sentence only invites or
 * thanks them. Pure: mentions in, participants out.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { ParticipantValue } from '../../model/layers.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';
import type { EntityMentionDetail } from './entity-mention.ts';
import { listedRole } from './plural-role-list.ts';
import { representedCountry } from './represented-country.ts';
import { roleAfter } from './role-after.ts';

/** A participant with the span of its first role-cued mention. */
export interface FoundParticipant {
  readonly start: number;
  readonly end: number;
  readonly value: ParticipantValue;
}

/**
 * The participants of a document, one per person, in order of first role-cued mention.
 * `date` (the document's, ISO) picks the post a person held then.
 * @example findParticipants(text, entityAnnotations, lex, kb, '2025-04-26')
 */
export function findParticipants(
  text: string,
  mentions: readonly Annotation[],
  lex: EntityLexicons,
  kb: KnowledgeBase,
  date?: string,
): FoundParticipant[] {
  const out = new Map<string, FoundParticipant>();
  for (const a of mentions) {
    const v = a.value as EntityMentionDetail;
    if (v.type !== 'person' || out.has(v.entityId)) continue;
    const before = v.role && v.roleStart !== undefined ? { role: v.role, start: v.roleStart } : undefined;
    const after = before ? undefined : roleAfter(text, a.end, lex);
    const cue = before ?? after;
    if (!cue) {
      const listed = listedRole(text, a, mentions, lex.roleHeads);
      if (
        listed &&
        !nonParticipant(listed.role, lex) &&
        !lex.notTakingPart.test(text.slice(Math.max(0, listed.roleStart - 160), listed.roleStart))
      ) {
        const country = listed.country ?? v.country ?? countryTie(text, a, mentions) ?? null;
        out.set(v.entityId, {
          start: a.start,
          end: a.end,
          value: { name: v.name, entityId: v.entityId, country, role: listed.role },
        });
        continue;
      }
      const country = countryTie(text, a, mentions);
      if (country && lex.participationCue.test(sentenceAround(text, a.start))) {
        out.set(v.entityId, {
          start: a.start,
          end: a.end,
          value: { name: v.name, entityId: v.entityId, country: v.country ?? country, role: null },
        });
      }
      continue;
    }
    if (nonParticipant(cue.role, lex)) continue;
    const lead = text.slice(Math.max(0, Math.min(cue.start, a.start) - 160), Math.min(cue.start, a.start));
    if (lex.notTakingPart.test(lead)) continue;
    const roleEnd = after ? after.end : cue.start + cue.role.length;
    const country = representedCountry({
      text,
      person: { ...v, country: v.country ?? countryIn(cue.role, kb) ?? countryTie(text, a, mentions) },
      role: { role: cue.role, start: cue.start, end: roleEnd },
      mentions,
      kb,
      lex,
      date,
    });
    const start = Math.min(a.start, cue.start),
      end = Math.max(a.end, after ? after.end : a.end);
    out.set(v.entityId, { start, end, value: { name: v.name, entityId: v.entityId, country, role: cue.role } });
  }
  return [...out.values()];
}

function nonParticipant(role: string, lex: EntityLexicons): boolean {
  return role
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => lex.nonParticipant.has(w));
}

// "Minister of Foreign Affairs of Kazakhstan" → KZ, through the knowledge base's country names.
function countryIn(role: string, kb: KnowledgeBase): string | undefined {
  const m = /\bof (?:the )?([A-Z][\w’' -]+)$/.exec(role);
  if (!m) return undefined;
  for (const id of kb.lookup(
    m[1]
      .toLowerCase()
      .replace(/[^a-z ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )) {
    const rec = kb.byId.get(id) as { iso2?: string } | undefined;
    if (rec?.iso2) return rec.iso2;
  }
  return undefined;
}

/**
 * The country a name is tied to without a role: "China’s Wang Yi", "Kazakhstan – Murat Nurtleu", "Kulubaev from the
 * Kyrgyz Republic", "Prime Minister Fiame Naomi Mata’afa of Samoa", and in a signature block "President A of the
 * Government of <territory>": a territory's leader represents the territory (its ISO code), though it is no party.
 */
export function countryTie(text: string, person: Annotation, mentions: readonly Annotation[]): string | undefined {
  for (const m of mentions) {
    const v = m.value as EntityMentionDetail;
    const code = v.type === 'country' ? v.country : v.type === 'territory' ? territoryCode(v.entityId) : undefined;
    if (!code) continue;
    if (
      m.end <= person.start &&
      person.start - m.end <= 4 &&
      /^(?:['’]s\s+|\s*[–—-]\s*)$/.test(text.slice(m.end, person.start))
    )
      return code;
    if (
      m.start >= person.end &&
      m.start - person.end <= 30 &&
      /^\.?\s+(?:from|of)\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/.test(text.slice(person.end, m.start))
    )
      return code;
  }
  return undefined;
}

/** "territory:NC" → "NC". */
function territoryCode(entityId: string): string | undefined {
  return /^territory:([A-Z]{2})$/.exec(entityId)?.[1];
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n\n', at), 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
}
