/**
 * @module complete-popolo
 * Popolo JSON whose every membership resolves: `toPopolo` lists the organisations the
 * documents mention (and governments), but a person's post may belong to an organisation no
 * document names (a UN post); those come from the knowledge base here.
 */
import type { KbRecord } from '../knowledge/kb-types.ts';
import type { EntitySummary } from '../services/entity-summaries.ts';
import { toPopolo, type PopoloExport } from './popolo-export.ts';

/**
 * `toPopolo` plus an organisation for every membership that names one it lacks.
 * @example completePopolo(entities, (id) => kb.byId.get(id)).memberships.every(…)
 */
export function completePopolo(
  entities: readonly EntitySummary[],
  kbRecord: (id: string) => KbRecord | undefined,
): PopoloExport {
  const out = toPopolo(entities, kbRecord);
  const known = new Set(out.organizations.map((o) => o.id));
  for (const m of out.memberships) {
    if (known.has(m.organization_id)) continue;
    known.add(m.organization_id);
    const kb = kbRecord(m.organization_id);
    const gov = /^gov:(\w+)$/.exec(m.organization_id);
    out.organizations.push({
      id: m.organization_id,
      name: kb?.name ?? (gov ? `Government of ${kbRecord(`country:${gov[1]}`)?.name ?? gov[1]}` : m.organization_id),
      classification: gov ? 'government' : 'organization',
      other_names: [],
    });
  }
  return out;
}
