/**
 * @module inline-markup
 * HTML left inline by a page's conversion to text ("the 27<sup>th</sup> UN Climate Change Conference") hides an ordinal
 * from the entity rules: the tags are blanked out at the same length, so every offset still points into the
 * document's own text.
 */

const SUPERSCRIPT_ORDINAL = /<sup>(st|nd|rd|th|er|e|re)<\/sup>/gi;

/**
 * The text with superscript ordinal suffixes joined to their number and the tags turned to spaces after them.
 * @example withoutInlineMarkup('27<sup>th</sup> UN') === `27th${' '.repeat(12)}UN`
 */
export function withoutInlineMarkup(text: string): string {
  if (!text.includes('<sup>')) return text;
  return text.replace(SUPERSCRIPT_ORDINAL, (tag, suffix: string) => suffix + ' '.repeat(tag.length - suffix.length));
}
