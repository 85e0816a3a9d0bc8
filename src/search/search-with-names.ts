/**
 * @module search-with-names
 * The search users get: the store's full-text search with query terms that name a person,
 * state or body widened to every spelling (see `name-expansion.ts`), unless `exact` asks for
 * the words as typed. The widening is returned with the hits, so every caller can show it.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { SearchPage, SearchQuery, Store } from '../store/store.ts';
import { expandNames, type NameExpansion } from './name-expansion.ts';

/** A page of hits with the name expansions that produced it (none in exact mode). */
export interface NameAwarePage extends SearchPage {
  readonly expansions: readonly NameExpansion[];
}

/**
 * Searches with name expansion (or exactly).
 * @example await searchWithNames(store, kb, { query: 'Tokaev' }) // finds "Tokayev"
 */
export async function searchWithNames(
  store: Pick<Store, 'search'>,
  kb: KnowledgeBase,
  query: SearchQuery & { readonly exact?: boolean },
): Promise<NameAwarePage> {
  const { exact, ...rest } = query;
  if (exact) return { ...(await store.search(rest)), expansions: [] };
  const { expression, expansions } = expandNames(query.query.replaceAll('\u0000', ''), kb);
  const page = await store.search(expansions.length ? { ...rest, expression } : rest);
  return { ...page, expansions };
}
