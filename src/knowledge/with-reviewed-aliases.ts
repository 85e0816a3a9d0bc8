/**
 * @module with-reviewed-aliases
 * Feeds reviewers' word back into linking: an alias a reviewer added, or the spelling of a
 * mention they merged or relinked, becomes an alias of the entity it was put under (a merged
 * alias is an alias). Entities that exist only through review become records of their own.
 */
import type { EntityType } from '../model/layers.ts';
import type { KbRecord, OrganizationRecord } from './kb-types.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';

export interface ReviewedAlias {
  readonly alias: string;
  readonly entityId: string;
  readonly name: string;
  readonly type: EntityType;
}

/** A new knowledge base: `kb` plus the reviewed aliases. The original is left untouched. */
export function withReviewedAliases(kb: KnowledgeBase, aliases: readonly ReviewedAlias[]): KnowledgeBase {
  if (!aliases.length) return kb;
  const extra = new Map<string, ReviewedAlias[]>();
  for (const a of aliases) extra.set(a.entityId, [...(extra.get(a.entityId) ?? []), a]);
  const derived = derivedMeetingIds(kb);
  const records: KbRecord[] = kb
    .records()
    .filter((r) => !(r.type === 'event' && derived.has(r.id)))
    .map((r) => {
      const more = extra.get(r.id);
      const withMeetings = withMeetingAliases(r, extra);
      return more ? { ...withMeetings, aliases: [...r.aliases, ...more.map((a) => a.alias)] } : withMeetings;
    });
  for (const [id, list] of extra) {
    if (kb.byId.has(id)) continue;
    records.push({
      id,
      type: list[0].type,
      name: list[0].name,
      aliases: list.map((a) => a.alias),
      sources: [{ note: 'reviewer decision' }],
    });
  }
  return buildKnowledgeBase(records, kb.warnings);
}

// Format meetings are expanded from their format record by buildKnowledgeBase; passing them in
// again would only be deduplicated, but skipping them keeps the input what was read from data/.
// (Collected once: asking per record walked every format's meetings for each record.)
function derivedMeetingIds(kb: KnowledgeBase): Set<string> {
  return new Set(kb.formats().flatMap((f) => kb.meetingsOf(f.id).map((m) => m.id)));
}

// A format's meetings are rebuilt from its record, so a reviewed alias of a meeting goes into
// the record's meeting entry (else it would be lost with the derived event record).
function withMeetingAliases(r: KbRecord, extra: ReadonlyMap<string, ReviewedAlias[]>): KbRecord {
  const format = (r as OrganizationRecord).format;
  if (!format?.meetings.some((m) => extra.has(m.id))) return r;
  const meetings = format.meetings.map((m) => {
    const more = extra.get(m.id);
    return more ? { ...m, aliases: [...(m.aliases ?? []), ...more.map((a) => a.alias)] } : m;
  });
  return { ...r, format: { ...format, meetings } } as OrganizationRecord;
}
