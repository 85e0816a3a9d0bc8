/**
 * @module well-formed
 * Guarantees a document text is a well-formed JS string: no lone surrogates (which would
 * break JSON, SQLite and offsets) and no leading BOM.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with a leading BOM removed and lone surrogates replaced by U+FFFD (the only
 * characters a reader ever changes: they are not text).
 * @example wellFormed('\uFEFFa\uD800') === 'a\uFFFD'
 */
export function wellFormed(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(LONE_SURROGATE, '\uFFFD');
}
