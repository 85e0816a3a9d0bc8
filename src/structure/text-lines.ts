/**
 * @module text-lines
 * Splits a text into lines with their trimmed content bounds, without copying the text.
 */

/**
 * One line: `[start, end)` excludes the line break; `[textStart, textEnd)` is the trimmed content
 * (empty for a blank line).
 */
export interface TextLine {
  readonly start: number;
  readonly end: number;
  readonly textStart: number;
  readonly textEnd: number;
}

/** True for the code units JavaScript's `String.prototype.trim` removes. */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The lines of a text (LF, CRLF or CR). @example textLines('a\n\nb').length === 3 */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push(trimmedLine(text, start, end));
    if (end >= n) break;
    // CRLF counts as one break.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return lines;
}

/** Trims `[start, end)` to its first and last non-space code units. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function trimmedLine(text: string, start: number, end: number): TextLine {
  const t = trimRange(text, start, end);
  return { start, end, textStart: t.start, textEnd: t.end };
}
