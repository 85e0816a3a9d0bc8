/**
 * @module clip-words
 * Shortening a title or a clause for a table cell or a chart label.
 */

/** At most `max` characters, cut at a word boundary with an ellipsis, never mid-word. */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
