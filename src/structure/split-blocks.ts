/**
 * @module split-blocks
 * Groups lines into blocks (paragraphs, list items, headings). A blank or white-space-only
 * line ends a block; in a text with no blank lines each line is a block. Consecutive lines
 * join only where they are wrapped lines of one paragraph: always in Markdown (soft wraps),
 * and in plain text when the earlier line is short enough to be a wrapped line. A line that
 * starts with a marker (clause, bullet, heading) always starts its own block. A Markdown
 * setext underline ("=====") makes the line above it a heading and belongs to no block.
 */
import type { SourceFormat } from '../model/document.ts';
import { matchMarker, type LineMarker } from './match-marker.ts';
import type { StructureLexicon } from './structure-lexicon.ts';
import { isSpaceCode, trimRange, type TextLine } from './text-lines.ts';

/** Plain-text lines longer than this are whole paragraphs, not wrapped lines (hard wraps stay near 70–100). */
const WRAP_WIDTH = 120;
/**
 * The enumeration comma: after a number at a sentence end it marks a clause run into the text
 * ("… as follows: 1、 Political …").
 */
const ENUMERATION_COMMA = '、';
const CJK_NUMERALS = '一二三四五六七八九十';
/** What may stand before an inline marker: a sentence end or a colon. */
const BEFORE_INLINE = '.:;。：；';
/** A Markdown setext underline: the line above it is a heading ("Title\n====="). */
const SETEXT_UNDERLINE = /^(?:=+|-{2,})[ \t]*$/;
/** An editor's or extractor's gap mark standing alone on a line: "[...]", "[…gap…]", "...". */
const GAP_LINE = /^(?:\[\s*(?:\.{3}|…)[^\]\n]{0,40}\]|\.{3}|…)$/;

export interface RawBlock {
  /** Trimmed span of the block's text. */
  readonly start: number;
  readonly end: number;
  readonly lineCount: number;
  /** The marker the block's first line starts with. */
  readonly marker?: LineMarker;
  /** True for a gap mark line. */
  readonly gap: boolean;
}

/** The blocks of a text in order. @example splitBlocks(text, textLines(text), 'text', structureLexicon()) */
export function splitBlocks(
  text: string,
  lines: readonly TextLine[],
  format: SourceFormat | undefined,
  lexicon: StructureLexicon,
): RawBlock[] {
  const blankSeparated = hasBlankSeparator(lines);
  const blocks: RawBlock[] = [];
  const commas = new CommaCursor(text);
  let current:
    | { start: number; end: number; lineCount: number; marker?: LineMarker; gap: boolean; lastLine: TextLine }
    | undefined;
  const flush = () => {
    if (current)
      pushSplit(
        text,
        {
          start: current.start,
          end: current.end,
          lineCount: current.lineCount,
          marker: current.marker,
          gap: current.gap,
        },
        blocks,
        lexicon,
        commas,
      );
    current = undefined;
  };
  for (const line of lines) {
    if (line.textStart === line.textEnd) {
      flush();
      continue;
    }
    if (format === 'markdown' && current?.lineCount === 1 && !current.marker && isSetextUnderline(text, line)) {
      // The underline is markup, like "#": it belongs to no block, and the line above is a heading.
      current.marker = {
        kind: 'md-heading',
        start: current.start,
        end: current.start,
        bodyStart: current.start,
        readings: [],
        unambiguous: true,
      };
      flush();
      continue;
    }
    const marker = matchMarker(text, line.textStart, line.textEnd, lexicon);
    const gap = line.textEnd - line.textStart <= 48 && GAP_LINE.test(text.slice(line.textStart, line.textEnd));
    const joins =
      current &&
      !marker &&
      !gap &&
      !current.gap &&
      current.marker?.kind !== 'md-heading' &&
      wraps(text, current.lastLine, format, blankSeparated);
    if (current && joins) {
      current.end = line.textEnd;
      current.lineCount++;
      current.lastLine = line;
      continue;
    }
    flush();
    current = { start: line.textStart, end: line.textEnd, lineCount: 1, marker, gap, lastLine: line };
  }
  flush();
  return blocks;
}

/**
 * Pushes `block`, split where an extractor flattened paragraphs and a Chinese enumeration
 * marker ("1、", "二、") follows a sentence end or a colon. The enumeration comma is never
 * prose, so the split is safe. `commas` walks the text's commas once, in order.
 */
function pushSplit(
  text: string,
  block: RawBlock,
  blocks: RawBlock[],
  lexicon: StructureLexicon,
  commas: CommaCursor,
): void {
  let piece = block;
  for (let p = commas.next(block.start + 1); p < block.end; p = commas.next(p + 1)) {
    const at = inlineMarkerStart(text, p, piece.start);
    if (at < 0) continue;
    const marker = matchMarker(text, at, piece.end, lexicon);
    if (marker?.kind !== 'clause') continue;
    const before = trimRange(text, piece.start, at);
    if (before.end > before.start) blocks.push({ ...piece, end: before.end });
    piece = { start: at, end: piece.end, lineCount: 1, marker, gap: false };
  }
  blocks.push(piece);
}

/** Where the number before the comma at `comma` starts, when a sentence end or colon precedes it; else -1. */
function inlineMarkerStart(text: string, comma: number, floor: number): number {
  let q = comma;
  while (q > floor && comma - q < 3 && isNumeral(text.charCodeAt(q - 1))) q--;
  if (q === comma || q <= floor) return -1;
  let b = q;
  while (b > floor && isSpaceCode(text.charCodeAt(b - 1))) b--;
  if (b === floor || !BEFORE_INLINE.includes(text[b - 1])) return -1;
  // Latin punctuation needs a space after it ("follows: 1、"); CJK punctuation does not.
  return b === q && text.charCodeAt(b - 1) < 0x3000 ? -1 : q;
}

function isNumeral(c: number): boolean {
  return (c >= 48 && c <= 57) || CJK_NUMERALS.includes(String.fromCharCode(c));
}

/** The positions of the enumeration comma, found lazily and in order, so the text is scanned once. */
class CommaCursor {
  #found = -2;
  constructor(readonly text: string) {}
  /** The first comma at or after `from` (text length when none). */
  next(from: number): number {
    if (this.#found === -1) return this.text.length;
    if (this.#found < from) {
      const i = this.text.indexOf(ENUMERATION_COMMA, from);
      this.#found = i;
      if (i < 0) return this.text.length;
    }
    return this.#found;
  }
}

function isSetextUnderline(text: string, line: TextLine): boolean {
  return line.textEnd - line.textStart <= 200 && SETEXT_UNDERLINE.test(text.slice(line.textStart, line.textEnd));
}

/** True when the text separates its paragraphs by blank lines (one blank line between two text lines suffices). */
export function hasBlankSeparator(lines: readonly TextLine[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    const blank = line.textStart === line.textEnd;
    if (blank) {
      if (seenText) blankAfterText = true;
    } else if (blankAfterText) return true;
    else seenText = true;
  }
  return false;
}

function wraps(text: string, previous: TextLine, format: SourceFormat | undefined, blankSeparated: boolean): boolean {
  if (format === 'markdown') return true;
  return blankSeparated && visibleLength(text, previous) <= WRAP_WIDTH;
}

/** A link's target as Markdown writes it ("[words](https://…)"): converters wrap the words but never break a URL. */
const LINK_TARGET = /\]\([^()\s]*\)/g;

/** The line's length without its link targets, as the wrapping tool counted it. */
function visibleLength(text: string, line: TextLine): number {
  const length = line.textEnd - line.textStart;
  if (length <= WRAP_WIDTH) return length;
  const raw = text.slice(line.textStart, line.textEnd);
  let hidden = 0;
  for (const m of raw.matchAll(LINK_TARGET)) hidden += m[0].length - 1;
  return length - hidden;
}
