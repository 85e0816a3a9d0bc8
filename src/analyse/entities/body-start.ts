/**
 * @module body-start
 * Where the body of a document starts: after a `key: value` header block closed by `---`, or
 * after YAML front matter; entities in the header (url, publisher) are not mentions of the text.
 */

const HEADER = /^(?:[ \t]*[A-Za-z_][\w-]*:[^\n]*\n)+---[ \t]*\r?\n/;
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\n---[ \t]*\r?\n/;

/** Offset of the first character of the body. @example bodyStart('title: x\n---\nText') === 13 */
export function bodyStart(text: string): number {
  const m = HEADER.exec(text) ?? FRONT_MATTER.exec(text);
  return m ? m[0].length : 0;
}
