/**
 * @module shared-knowledge-base
 * Lookups over the one shared knowledge base for the server's views (roles, KB facts, country
 * names): reading data/kb costs tens of milliseconds, too much for every request.
 */
import type { KbRecord } from '../knowledge/kb-types.ts';
import { sharedKnowledgeBase } from '../knowledge/load-knowledge-base.ts';

export { sharedKnowledgeBase };

/** A by-id lookup over the shared knowledge base (what the exporters take). */
export function kbRecord(id: string): KbRecord | undefined {
  return sharedKnowledgeBase().byId.get(id);
}

/**
 * A country's English name from its ISO code, or the code itself when unknown.
 * @example countryName('KZ') === 'Kazakhstan'
 */
export function countryName(code: string): string {
  return sharedKnowledgeBase().countryByCode.get(code.toUpperCase())?.name ?? code;
}
