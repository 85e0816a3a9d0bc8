/**
 * @module shared-knowledge-base
 * The knowledge base the server's views read (roles, KB facts, country names), loaded once on
 * first use: reading data/kb costs tens of milliseconds, too much for every request.
 */
import type { KbRecord } from '../knowledge/kb-types.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';

let cached: KnowledgeBase | undefined;

/** The knowledge base, loaded on first call. @example sharedKnowledgeBase().byId.get('country:KZ') */
export function sharedKnowledgeBase(): KnowledgeBase {
  return (cached ??= loadKnowledgeBase());
}

/** A by-id lookup over the shared knowledge base (what the exporters take). */
export function kbRecord(id: string): KbRecord | undefined {
  return sharedKnowledgeBase().byId.get(id);
}

/** A country's English name from its ISO code, or the code itself when unknown. @example countryName('KZ') === 'Kazakhstan' */
export function countryName(code: string): string {
  return sharedKnowledgeBase().countryByCode.get(code.toUpperCase())?.name ?? code;
}
