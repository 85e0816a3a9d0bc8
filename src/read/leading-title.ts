/**
 * @module leading-title
 * The title a plain text prints on its first lines ("Joint Statement of …", or "AGREEMENT" /
 * "on cooperation in …"), for a text whose header states none.
 */
import { isTitleBlock, isTitleLike } from '../structure/heading-shape.ts';

/** A title longer than this is a paragraph, as in the structure builder. */
const MAX_TITLE_LENGTH = 200;
const MAX_HEADLINE_WORDS = 20;
const ENDS_SENTENCE = /[.,;:!?。！？；：，]["'”’»)\]]*$/;
/** "Astana, 4 July 2024": a date line opens many texts but names none. */
const DATE_LINE = /(?<!\d)\d{4}(?!\d)|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

/**
 * The text's first block (up to the first blank line) when it is shaped like a title or
 * a headline, its lines joined by spaces; undefined otherwise.
 * @example leadingTitle('Astana Declaration\n\n1. The Parties…') === 'Astana Declaration'
 */
export function leadingTitle(text: string): string | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const blank = /\n[ \t\u00a0]*(?:\n|$)/.exec(text.slice(start, start + MAX_TITLE_LENGTH + 2));
  if (!blank) return undefined;
  const lines = text
    .slice(start, start + blank.index)
    .split('\n')
    .map((line) => line.trim());
  if (lines.length === 1 && isDateLine(lines[0])) return undefined;
  const shaped = lines.length === 1 ? isTitleLike(lines[0]) || isHeadline(lines[0]) : isTitleBlock(lines);
  return shaped ? lines.join(' ').replace(/\s+/g, ' ') : undefined;
}

/**
 * A news headline or a sentence-case title ("О встрече министров …"): one line of words, no
 * sentence end, not a date line.
 */
function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  const wordy = (line.match(/\p{L}{2,}/gu)?.length ?? 0) >= 2 || /[\u3400-\u9fff]{4}/.test(line);
  return wordy && !ENDS_SENTENCE.test(line) && words <= MAX_HEADLINE_WORDS;
}

function isDateLine(line: string): boolean {
  return line.split(/\s+/).length <= 6 && DATE_LINE.test(line);
}
