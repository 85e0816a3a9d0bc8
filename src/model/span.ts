/**
 * @module span
 * The one offset convention of Concord.
 *
 * A span is 0-based and half-open, `[start, end)`, counted in **UTF-16 code units** — the
 * unit of JavaScript's `String.prototype.slice`. `text.slice(span.start, span.end)` gives the
 * span's text. SQL `substr` and Python count code points instead: never slice stored text
 * with stored offsets outside JavaScript without converting.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Slices `text` by a span. @example sliceSpan('abc', {start: 1, end: 3}) === 'bc' */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when the span lies inside `[0, length]` and is not reversed. */
export function isValidSpan(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end >= span.start &&
    span.end <= length
  );
}
