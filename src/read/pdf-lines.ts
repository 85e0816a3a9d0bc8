/**
 * @module pdf-lines
 * Rebuilds text from positioned PDF text items: items → lines, a blank line where the
 * vertical gap between lines is larger than the line spacing (a paragraph break), and
 * words hyphenated across a line end joined again.
 */

/** The part of a PDF text item this needs (unpdf's `StructuredTextItem`). */
export interface PdfTextItem {
  readonly str: string;
  readonly y: number;
  readonly fontSize: number;
  readonly hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

/** A gap this many times the line height separates paragraphs. */
const PARAGRAPH_GAP = 1.4;

/**
 * The text of one page.
 * @example pageText([{ str: 'a', y: 700, fontSize: 12, hasEOL: true }, { str: 'b', y: 650, fontSize: 12, hasEOL: false }]) === 'a\n\nb'
 */
export function pageText(items: readonly PdfTextItem[]): string {
  const lines = toLines(items);
  const height = lineHeight(lines);
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) text += lines[i - 1].y - line.y > PARAGRAPH_GAP * height ? '\n\n' : '\n';
    text += line.text;
  });
  return dehyphenate(text);
}

/**
 * Joins a word split by a hyphen at a line end when the next line goes on in lowercase
 * ("strength-\nen" → "strengthen"); "Asia-\nChina" keeps its hyphen and break.
 * @example dehyphenate('co-\noperation') === 'cooperation'
 */
export function dehyphenate(text: string): string {
  return text.replace(/(\p{L})-\n(?=\p{Ll})/gu, '$1');
}

function toLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    // A change of baseline without an end-of-line flag still starts a new line.
    if (current && Math.abs(current.y - item.y) > Math.max(2, item.fontSize / 2)) current = pushLine(lines, current);
    if (!current) current = { text: '', y: item.y, fontSize: item.fontSize };
    current.text += item.str;
    if (item.hasEOL) current = pushLine(lines, current);
  }
  if (current) pushLine(lines, current);
  return lines;
}

function pushLine(lines: Line[], line: Line): undefined {
  const text = line.text.replace(/\s+$/, '');
  if (text.trim()) lines.push({ ...line, text });
  return undefined;
}

/** Typical baseline distance: the median gap, capped by 1.5× the font size (no gap = no paragraphs). */
function lineHeight(lines: readonly Line[]): number {
  const gaps = lines.slice(1).map((line, i) => lines[i].y - line.y).filter((gap) => gap > 0).sort((a, b) => a - b);
  const fontSize = lines[0]?.fontSize || 12;
  const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : Infinity;
  return Math.min(median, 1.5 * fontSize);
}
