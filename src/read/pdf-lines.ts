/**
 * @module pdf-lines
 * Rebuilds text from positioned PDF text items: items → lines, a blank line where the
 * vertical gap between lines is larger than the line spacing (a paragraph break), and
 * words hyphenated across a line end joined again. Page furniture (running headers and
 * footers, page numbers) is left out.
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

/** A page number standing alone: "3", "- 3 -", "Page 3", "Page 3 of 7", "3/7", "Стр. 3 из 7". */
// Matched against the line with its spaces collapsed (` ?`, not `\s*`), so it stays linear on long lines.
const PAGE_NUMBER = /^(?:(?:page|p\.|стр\.|страница) ?)?[-–—]? ?\d{1,4} ?[-–—]?(?: ?(?:of|\/|из) ?\d{1,4})?$/i;
/** Running heads are printed smaller than the body text. */
const SMALL_PRINT = 0.75;
/** Running heads on different pages sit within this many points of each other. */
const FURNITURE_Y_TOLERANCE = 4;
/** Furniture is a short line: a running head, not a footnote paragraph. */
const MAX_FURNITURE_WORDS = 12;

/**
 * The text of a whole PDF, page by page, without page furniture: page numbers and small
 * print at the top or bottom edge of a page, and edge lines that repeat on most pages.
 * @example
 * pdfText([[
 *   { str: 'Body', y: 700, fontSize: 12, hasEOL: true },
 *   { str: 'Page 1 of 1', y: 20, fontSize: 8, hasEOL: false },
 * ]]) === 'Body'
 */
export function pdfText(pages: readonly (readonly PdfTextItem[])[]): string {
  const pageLines = pages.map(toLines);
  const bodyFont = medianFont(pageLines.flat());
  const repeated = repeatedEdgeLines(pageLines);
  return pageLines
    .map((lines) => linesText(withoutFurniture(lines, bodyFont, repeated)))
    .filter((page) => page.trim())
    .join('\n\n');
}

/**
 * The text of one page.
 * @example
 * pageText([
 *   { str: 'a', y: 700, fontSize: 12, hasEOL: true },
 *   { str: 'b', y: 650, fontSize: 12, hasEOL: false },
 * ]) === 'a\n\nb'
 */
export function pageText(items: readonly PdfTextItem[]): string {
  return linesText(toLines(items));
}

function linesText(lines: readonly Line[]): string {
  const height = lineHeight(lines);
  let text = '';
  lines.forEach((line, i) => {
    const gap = i > 0 ? lines[i - 1].y - line.y : 0;
    // A line above the previous one is out of the reading flow (a box, a margin note): its own paragraph.
    if (i > 0) text += gap > PARAGRAPH_GAP * height || gap < 0 ? '\n\n' : '\n';
    text += line.text;
  });
  return dehyphenate(text);
}

/** The page's lines less the furniture at its top and bottom edges. */
function withoutFurniture(lines: readonly Line[], bodyFont: number, repeated: ReadonlySet<string>): Line[] {
  const edges = edgeLines(lines);
  return lines.filter((line) => {
    if (!edges.has(line)) return true;
    const text = line.text.trim();
    if (PAGE_NUMBER.test(text.replace(/\s+/g, ' ')) || repeated.has(furnitureKey(line))) return false;
    const short = text.split(/\s+/).length <= MAX_FURNITURE_WORDS;
    // Small print at the bottom may be a footnote ("1 See …"); at an edge without a note mark it is a running head.
    return !(short && line.fontSize < SMALL_PRINT * bodyFont && !/^[\d*†‡¹²³]/.test(text));
  });
}

/** The topmost and bottommost lines of a page (by position, whatever order the PDF draws them in). */
function edgeLines(lines: readonly Line[]): Set<Line> {
  if (lines.length < 2) return new Set();
  const byY = [...lines].sort((a, b) => b.y - a.y);
  return new Set([byY[0], byY[byY.length - 1]]);
}

/** Edge lines found at the same place on at least two pages and on half of them. */
function repeatedEdgeLines(pages: readonly (readonly Line[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set([...edgeLines(lines)].map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([key, n]) => key && n >= needed).map(([key]) => key));
}

/**
 * What repeats in a running head: its words, less a page number at either end when enough
 * words remain ("Joint Statement – 3"). A short line keeps its number: "Article 5" at the top
 * of one page and "Article 6" at the top of the next are text, not furniture.
 */
function furnitureKey(line: Line): string {
  const text = line.text.trim().replace(/\s+/g, ' ');
  // Spaces are collapsed already, so ` ?` (not `\s*`): the match stays linear on long lines.
  const bare = text.replace(/^\d{1,4} ?[-–—|·]? ?| ?[-–—|·]? ?\d{1,4}$/g, '');
  // Furniture is printed at a fixed height; body text that ends a page lands anywhere.
  return `${Math.round(line.y / FURNITURE_Y_TOLERANCE)}|${bare.split(' ').length >= 3 ? bare : text}`;
}

function medianFont(lines: readonly Line[]): number {
  const sizes = lines
    .map((l) => l.fontSize)
    .filter((f) => f > 0)
    .sort((a, b) => a - b);
  return sizes.length ? sizes[Math.floor(sizes.length / 2)] : 0;
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
  const text = line.text.trimEnd();
  if (text.trim()) lines.push({ ...line, text });
  return undefined;
}

/** Typical baseline distance: the median gap, capped by 1.5× the font size (no gap = no paragraphs). */
function lineHeight(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i].y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const fontSize = lines[0]?.fontSize || 12;
  const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : Infinity;
  return Math.min(median, 1.5 * fontSize);
}
