/**
 * @module trim-markup
 * A statement's span without what the page put around its words: list markers ("-", "1.", "(a)"),
 * Markdown emphasis and headings ("**", "__", "#", ">"), a bold paragraph number ("**2** **NOTING**"),
 * and trailing emphasis ("…;****"). The text itself is never changed: only the span's ends move.
 */
import type { Span } from '../../model/span.ts';

const LIST_MARKER = /^\s*(?:[-—–•·]|\*(?=\s)|\d{1,3}[.)]|\([a-z0-9]{1,3}\)|[a-z]\))\s*/;
const EMPHASIS = /^\s*(?:[*_]{1,3}|#{1,6}(?=\s)|>)\s*/;
/** A paragraph number set in bold, between emphasis marks: "**2** …", "**1 WE,** …". */
const BOLD_NUMBER = /^\d{1,3}(?=[\s*_])\s*/;
const TRAILING = /[\s*_]+$/;

/** `s` with markup trimmed from both ends. @example trimMarkup('- **Build** roads.**', {start: 0, end: 20}) */
export function trimMarkup(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  let marked = false;
  for (let guard = 0; guard < 6 && start < end; guard++) {
    const slice = text.slice(start, Math.min(end, start + 16));
    const m = LIST_MARKER.exec(slice) ?? EMPHASIS.exec(slice) ?? (marked ? BOLD_NUMBER.exec(slice) : null);
    if (!m?.[0].length) break;
    marked ||= /[*_]/.test(m[0]);
    start += m[0].length;
  }
  while (start < end && /\s/.test(text[start])) start++;
  const tail = TRAILING.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  return { start, end };
}
