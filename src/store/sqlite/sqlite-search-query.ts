/**
 * @module sqlite-search-query
 * Renders a parsed search expression as an FTS5 MATCH string. Every term is a double-quoted
 * string (its words hold only letters, marks and digits), so the result is always valid FTS5.
 */
import type { SearchExpression, SearchTerm } from '../search-query.ts';

/**
 * The MATCH string, or undefined when nothing is left to search.
 * @example toFts5Match([[{ words: ['central', 'asia'], prefix: false }]]) === '("central asia")'
 */
export function toFts5Match(expression: SearchExpression): string | undefined {
  if (!expression.length) return undefined;
  return expression.map((group) => `(${group.map(renderTerm).join(' OR ')})`).join(' AND ');
}

function renderTerm(term: SearchTerm): string {
  return `"${term.words.join(' ').replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
}
