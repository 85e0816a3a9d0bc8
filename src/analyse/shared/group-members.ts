/**
 * @module group-members
 * The member states of an organisation or format on a date, from the knowledge base's dated
 * memberships ("ASEAN member states" in 2022 are ten, in 2026 eleven); the record's plain member
 * list where it keeps no dates, or when no date is known.
 */
import type { KbGroup } from './kb-view.ts';

/**
 * Member states (ISO codes, sorted) of `group` on `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 * @example membersOn(asean, '2022-11-12') // without Timor-Leste, admitted in 2025
 */
export function membersOn(group: KbGroup, date: string | null | undefined): string[] {
  const dated = group.memberships ?? [];
  if (!date || !dated.length) return [...new Set(group.members)].sort();
  const on = new Set<string>();
  for (const m of dated) {
    // A partial date compares as its first day: a membership from mid-year counts for that year's later texts only.
    if (m.from && m.from.slice(0, date.length) > date) continue;
    if (m.until && m.until.slice(0, date.length) < date) continue;
    on.add(m.country);
  }
  return [...on].sort();
}
