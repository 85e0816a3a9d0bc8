/**
 * @module alias-rule
 * Mentions of knowledge-base entities by any listed spelling (`entities:alias`), of countries
 * by adjective when it denotes the state (`entities:adjective`, `entities:side` for "the
 * Kazakh side"). Formats are noted for event linking but are not mentions themselves unless
 * they are organisations (SCO, CIS) rather than dialogue formats named by their partners
 * ("China–Central Asia", "C5+1"), as the GUIDE's gold treats them. Names inside a longer name
 * ("UNESCO" in "43rd session of the UNESCO General Conference") are mentions too.
 */
import type {
  CountryRecord,
  KbRecord,
  OrganizationRecord,
  PersonRecord,
  CityRecord,
} from '../../knowledge/kb-types.ts';
import type { EntityType } from '../../model/layers.ts';
import type { MeetingRecord } from '../../knowledge/knowledge-base.ts';
import type { AliasPayload, Recognizer } from './recognizer.ts';
import { addFormat, addMention, entityRule, type EntityRule, type Scan } from './scan.ts';
import { choosePerson } from './person-resolver.ts';
import { ordinalOf } from './ordinal.ts';
import type { EntityMentionDetail } from './entity-mention.ts';

// A city shares its territory's name ("Hong Kong", "Gibraltar"): the city is the meeting place.
const TYPE_ORDER: readonly EntityType[] = [
  'country',
  'organization',
  'city',
  'territory',
  'initiative',
  'event',
  'person',
];
// Inside an organisation's name only places count on their own ("… for Central Asia and
// Afghanistan"); a body inside a body ("CPC Central Committee" in "Political Bureau of the CPC
// Central Committee") is part of its name. Events and initiatives also name bodies.
const PLACES: readonly EntityType[] = ['country', 'city'];
const PLACES_AND_BODIES: readonly EntityType[] = ['country', 'city', 'organization'];

/** The rule that finds alias and adjective mentions with the knowledge base's recognizer. */
export function aliasRule(recognizer: Recognizer): EntityRule {
  return entityRule((scan) => findAliases(scan, recognizer));
}

function findAliases(scan: Scan, recognizer: Recognizer): void {
  const { tokens, lex } = scan;
  for (const m of recognizer.matcher.match(scan.text, tokens)) {
    const record = pick(scan, m.payloads, m.from);
    if (!record) continue;
    // "Park Jin-woo" is not "Park Jin": a person's name does not stop inside a hyphenated word.
    if (record.rec.type === 'person' && hyphenContinues(scan, m.to)) continue;
    const { rec, adjective } = record;
    if (adjective) {
      const next = tokens[m.to];
      if (next?.joined && lex.adjectiveExclusions.has(next.norm)) continue;
      // "Latin American", "Inter-American": the adjective names a region, not the state.
      if (m.from > 0 && tokens[m.from].joined && lex.adjectiveRegionPrefixes.has(tokens[m.from - 1].norm)) continue;
      const side = next?.norm === 'side' || next?.norm === 'sides';
      addMention(scan, m.from, m.to, {
        start: m.start,
        end: m.end,
        value: valueOf(rec),
        source: side ? 'entities:side' : 'entities:adjective',
        confidence: 0.85,
      });
      continue;
    }
    const format = (rec as OrganizationRecord).format;
    if (rec.type === 'organization' && format) {
      addFormat(scan, { from: m.from, to: m.to, formatId: rec.id });
      if (isDialogueFormat(format.formatName)) continue;
      // A process named by its meetings ("the Summit of the Americas") is mentioned as the event:
      // the event rule reads it.
      if (lex.eventHeads.has(tokens[m.from].norm)) continue;
    }
    if (m.to - m.from > 2 && (rec.type === 'organization' || rec.type === 'event' || rec.type === 'initiative'))
      nested(scan, recognizer, m.from + 1, m.to, rec.type === 'organization' ? PLACES : PLACES_AND_BODIES, rec);
    // A title inside a listed spelling ("President Xi Jinping") is the role, not the name;
    // an edition before an event's listed name ("the second … Forum") is part of the mention.
    let from = m.from;
    if (rec.type === 'event' && from > 0 && tokens[from].joined && ordinalOf(tokens[from - 1], lex) !== undefined)
      from--;
    if (rec.type === 'person')
      while (from < m.to - 1 && (lex.roleHeads.has(tokens[from].norm) || lex.roleModifiers.has(tokens[from].norm)))
        from++;
    addMention(scan, from, m.to, {
      start: tokens[from].start,
      end: m.end,
      value: valueOf(rec),
      source: 'entities:alias',
      confidence: m.payloads.length > 1 ? 0.8 : 0.95,
    });
  }
}

/** The mention value of a knowledge-base record. */
export function valueOf(rec: KbRecord): EntityMentionDetail {
  const country =
    rec.type === 'country'
      ? (rec as CountryRecord).iso2
      : rec.type === 'city'
        ? (rec as CityRecord).country
        : rec.type === 'person'
          ? (rec as PersonRecord).country
          : rec.type === 'organization'
            ? (rec as OrganizationRecord).country // a national body (USAID, JICA): its state
            : undefined;
  return { entityId: rec.id, type: rec.type, name: rec.name, known: true, ...(country ? { country } : {}) };
}

function pick(
  scan: Scan,
  payloads: readonly AliasPayload[],
  from: number,
): { rec: KbRecord; adjective: boolean } | undefined {
  const names = payloads.filter((p) => !p.adjective);
  const chosen = names.length ? names : payloads;
  const recs = chosen.map((p) => scan.kb.byId.get(p.id)).filter((r): r is KbRecord => !!r);
  if (!recs.length) return undefined;
  if (recs.length > 1 && recs.every((r) => r.type === 'person')) {
    const id = choosePerson(
      scan,
      recs.map((r) => r.id),
      { role: roleWordsBefore(scan, from) },
    );
    const rec = recs.find((r) => r.id === id) ?? recs[0];
    return { rec, adjective: false };
  }
  recs.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
  return { rec: recs[0], adjective: !names.length };
}

// A few words before the name, enough for "President", "Chairman of the Halk Maslahaty".
function roleWordsBefore(scan: Scan, from: number): string {
  const start = scan.tokens[Math.max(0, from - 6)]?.start ?? 0;
  return scan.text.slice(start, scan.tokens[from].start);
}

/** A dialogue format is named by joining its partners ("China–Central Asia", "C5+1"); an organisation is not. */
export function isDialogueFormat(formatName: string): boolean {
  return /[+\-‐-―]/.test(formatName);
}

// Known names inside a longer known name, kept without covering their tokens. A series named as
// its meetings are ("Consultative Meeting of the Heads of State of Central Asia" ending "the
// Fourth Consultative Meeting of …") is that meeting's name, not a second mention.
function nested(
  scan: Scan,
  recognizer: Recognizer,
  from: number,
  to: number,
  types: readonly EntityType[],
  outer: KbRecord,
): void {
  const inner = scan.tokens.slice(from, to);
  for (const m of recognizer.matcher.match(scan.text, inner)) {
    const rec = scan.kb.byId.get(m.payloads[0].id);
    if (!rec || m.payloads[0].adjective || !types.includes(rec.type)) continue;
    if ((rec as OrganizationRecord).format && isDialogueFormat((rec as OrganizationRecord).format!.formatName))
      continue;
    if ((outer as MeetingRecord).formatId === rec.id && m.to === inner.length) continue;
    addMention(
      scan,
      from + m.from,
      from + m.to,
      { start: m.start, end: m.end, value: valueOf(rec), source: 'entities:alias', confidence: 0.9 },
      false,
    );
  }
}

// True when token `to` is a lower-case part hyphenated to the token before it.
function hyphenContinues(scan: Scan, to: number): boolean {
  const t = scan.tokens[to];
  return (
    !!t &&
    !t.cap &&
    to > 0 &&
    scan.text.slice(scan.tokens[to - 1].end, t.start) === '-' &&
    !scan.lex.hyphenSuffixes.has(t.norm)
  );
}
