/**
 * @module search
 * Full-text search as both front ends give it: the store marks matches with control
 * characters (U+0002 … U+0003); callers get the plain snippet, the marked ranges as offsets
 * into it, and an HTML-escaped snippet with `<mark>` around each match.
 */
import { escapeToBuffer } from 'hono/utils/html';
import type { NameExpansion } from '../search/name-expansion.ts';
import { searchWithNames } from '../search/search-with-names.ts';
import type { Page, SearchHit, SearchQuery, Store } from '../store/store.ts';
import { sharedKnowledgeBase } from './shared-knowledge-base.ts';
import { stampedMemo } from './stamped-memo.ts';

/** A range of a snippet that matched, in UTF-16 code units of `snippet`. */
export interface SnippetMark {
  readonly start: number;
  readonly end: number;
}

/** A hit as served: no control characters anywhere. */
export interface MarkedHit extends Omit<SearchHit, 'snippet'> {
  /** The passage's text around the matches, plain. */
  readonly snippet: string;
  readonly marks: readonly SnippetMark[];
  /** `snippet` HTML-escaped, each mark wrapped in `<mark>`: safe to insert as markup. */
  readonly snippetHtml: string;
}

/** A page of marked hits, with what name expansion searched and whether the total is capped. */
export interface MarkedPage extends Page<MarkedHit> {
  /** Query terms that named a person, state or body, widened to every spelling (none with `exact`). */
  readonly expansions: readonly NameExpansion[];
  /** True when more passages match than search ranks: `total` is a lower bound. */
  readonly capped?: boolean;
}

/**
 * Runs a search (names widened to every spelling unless `exact`) and marks its snippets.
 * @example await searchPassages(store, { query: 'Tokaev' }) // finds "Tokayev"
 */
export function searchPassages(store: Store, query: SearchQuery & { readonly exact?: boolean }): Promise<MarkedPage> {
  // Ranking thousands of passages of a common word costs 5–20 ms at 20,000 documents: the same
  // search is answered once per state of the store.
  return stampedMemo(store, JSON.stringify(['search', query]), () => searchNow(store, query));
}

async function searchNow(store: Store, query: SearchQuery & { readonly exact?: boolean }): Promise<MarkedPage> {
  const page = await searchWithNames(store, sharedKnowledgeBase(), query);
  return {
    items: page.items.map(markHit),
    total: page.total,
    expansions: page.expansions,
    ...(page.capped ? { capped: true } : {}),
  };
}

/** One hit with its snippet split into text and marks. */
export function markHit(hit: SearchHit): MarkedHit {
  return { ...hit, ...markSnippet(hit.snippet) };
}

const START = '\u0002';
const END = '\u0003';

/**
 * The plain snippet, its marked ranges and its escaped HTML. A stray or unclosed marker (the
 * document text itself may hold one) never leaves a control character behind.
 * @example
 * markSnippet('a \u0002b\u0003')
 * // { snippet: 'a b', marks: [{ start: 2, end: 3 }], snippetHtml: 'a <mark>b</mark>' }
 */
export function markSnippet(raw: string): Pick<MarkedHit, 'snippet' | 'marks' | 'snippetHtml'> {
  let snippet = '';
  let html = '';
  let open: number | undefined;
  const marks: SnippetMark[] = [];
  for (const piece of raw.split(/([\u0002\u0003])/)) {
    if (piece === START) open ??= snippet.length;
    else if (piece === END) {
      if (open !== undefined && open < snippet.length) marks.push({ start: open, end: snippet.length });
      open = undefined;
    } else if (piece) {
      snippet += piece;
      html += open === undefined ? escapeHtml(piece) : `<mark>${escapeHtml(piece)}</mark>`;
    }
  }
  if (open !== undefined && open < snippet.length) marks.push({ start: open, end: snippet.length });
  return { snippet, marks, snippetHtml: html };
}

function escapeHtml(text: string): string {
  const buffer = [''];
  escapeToBuffer(text, buffer);
  return buffer[0] as string;
}
