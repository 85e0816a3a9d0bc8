/**
 * @module postgres-search-query
 * Renders a parsed search expression as a `to_tsquery` string. Lexemes are single-quoted and
 * hold only letters, marks and digits, so no input can produce a tsquery syntax error.
 */
import type { SearchExpression, SearchTerm } from '../search-query.ts';

/**
 * The tsquery text, or undefined when nothing is left to search.
 * @example toTsquery([[{ words: ['central', 'asia'], prefix: false }]]) === "( 'central' <-> 'asia' )"
 */
export function toTsquery(expression: SearchExpression): string | undefined {
  if (!expression.length) return undefined;
  return expression.map((group) => `( ${group.map(renderTerm).join(' | ')} )`).join(' & ');
}

function renderTerm(term: SearchTerm): string {
  const lexemes = term.words.map(
    (w, i) =>
      `'${w.replaceAll("'", "''").replaceAll('\\', '\\\\')}'${term.prefix && i === term.words.length - 1 ? ':*' : ''}`,
  );
  return lexemes.join(' <-> ');
}
