/**
 * @module popolo-export
 * Popolo JSON (https://www.popoloproject.com/specs/): the people and organisations Concord
 * knows of, with their memberships from the knowledge base. Reviewed names win over the
 * knowledge base; spellings seen in documents become `other_names`.
 */
import type { KbRecord, Membership, PersonRecord } from '../knowledge/kb-types.ts';
import type { EntitySummary } from '../services/entity-summaries.ts';

export interface PopoloExport {
  persons: { id: string; name: string; other_names: { name: string }[]; sources?: { url?: string; note?: string }[] }[];
  organizations: { id: string; name: string; classification: string; other_names: { name: string }[] }[];
  memberships: {
    person_id: string;
    organization_id: string;
    role: string;
    start_date?: string;
    end_date?: string;
    area_id?: string;
  }[];
}

/** Builds Popolo JSON from reviewed entities and a knowledge-base lookup. */
export function toPopolo(
  entities: readonly EntitySummary[],
  kbRecord: (id: string) => KbRecord | undefined,
): PopoloExport {
  const out: PopoloExport = { persons: [], organizations: [], memberships: [] };
  const orgIds = new Set<string>();
  const names = (e: EntitySummary) => e.spellings.filter((s) => s !== e.name).map((name) => ({ name }));
  for (const e of entities) {
    if (e.type === 'person') {
      const kb = kbRecord(e.id) as PersonRecord | undefined;
      out.persons.push({
        id: e.id,
        name: e.name,
        other_names: names(e),
        sources: kb?.sources.map((s) => ({ url: s.url, note: s.note ?? s.document })),
      });
      for (const m of kb?.memberships ?? []) out.memberships.push(membership(e.id, m, orgIds));
    } else if (e.type === 'organization') {
      orgIds.add(e.id);
      out.organizations.push({ id: e.id, name: e.name, classification: 'organization', other_names: names(e) });
    }
  }
  // Governments referenced by memberships ("gov:KZ") become organisations too, so every membership resolves.
  for (const id of orgIds)
    if (id.startsWith('gov:') && !out.organizations.some((o) => o.id === id)) {
      out.organizations.push({
        id,
        name: `Government of ${id.slice(4)}`,
        classification: 'government',
        other_names: [],
      });
    }
  return out;
}

function membership(personId: string, m: Membership, orgIds: Set<string>) {
  const organization = m.organization ?? (m.country ? `gov:${m.country}` : 'unknown');
  orgIds.add(organization);
  return {
    person_id: personId,
    organization_id: organization,
    role: m.role,
    ...(m.start ? { start_date: m.start } : {}),
    ...(m.end ? { end_date: m.end } : {}),
    ...(m.country ? { area_id: `country:${m.country}` } : {}),
  };
}
