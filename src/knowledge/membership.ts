/**
 * @module membership
 * An organisation's member states on a given date, from its dated `memberships` (the
 * knowledge base's record of who joined and left when); without them, its `members` list.
 * Members that are no states (`statehood`: APEC's "Chinese Taipei") are never among them.
 * For "the BRICS member states" in a text of 2023 (five) against one of 2024 (nine).
 */
import type { OrganizationRecord } from './kb-types.ts';

/**
 * ISO codes of the states that were members on `date` (ISO date, or YYYY / YYYY-MM, read as
 * its first day), sorted. A membership counts from its `from` day up to, not including, its
 * `until` day; reduced dates compare by their prefix.
 * @example membersOn(brics, '2023-08-22') // ['BR', 'CN', 'IN', 'RU', 'ZA']
 */
export function membersOn(org: Pick<OrganizationRecord, 'members' | 'memberships'>, date?: string | null): string[] {
  if (!org.memberships?.length || !date) return [...(org.members ?? [])].sort();
  const on = new Set<string>();
  for (const m of org.memberships) {
    if (m.statehood) continue; // an economy or a territory takes part, but is no member state
    const joined = !m.from || m.from.slice(0, date.length) <= date.slice(0, m.from.length);
    const left = !!m.until && m.until.slice(0, date.length) <= date.slice(0, m.until.length);
    if (joined && !left) on.add(m.country);
  }
  return [...on].sort();
}
