/**
 * @module split-blocks
 * Groups lines into blocks (paragraphs, list items, headings). A blank or white-space-only
 * line ends a block; in a text with no blank lines each line is a block. Consecutive lines
 * join only where they are wrapped lines of one paragraph: always in Markdown (soft wraps),
 * and in plain text when the earlier line is short enough to be a wrapped line. A line that
 * starts with a marker (clause, bullet, heading) always starts its own block.
 */
import type { SourceFormat } from '../model/document.ts';
import { matchMarker, type LineMarker } from './match-marker.ts';
import type { StructureLexicon } from './structure-lexicon.ts';
import type { TextLine } from './text-lines.ts';

/** Plain-text lines longer than this are whole paragraphs, not wrapped lines (hard wraps stay near 70–100). */
const WRAP_WIDTH = 120;
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
export function splitBlocks(text: string, lines: readonly TextLine[], format: SourceFormat | undefined, lexicon: StructureLexicon): RawBlock[] {
  const blankSeparated = hasBlankSeparator(lines);
  const blocks: RawBlock[] = [];
  let current: { start: number; end: number; lineCount: number; marker?: LineMarker; gap: boolean; lastLine: TextLine } | undefined;
  const flush = () => {
    if (current) blocks.push({ start: current.start, end: current.end, lineCount: current.lineCount, marker: current.marker, gap: current.gap });
    current = undefined;
  };
  for (const line of lines) {
    if (line.textStart === line.textEnd) { flush(); continue; }
    const marker = matchMarker(text, line.textStart, line.textEnd, lexicon);
    const gap = line.textEnd - line.textStart <= 48 && GAP_LINE.test(text.slice(line.textStart, line.textEnd));
    const joins = current && !marker && !gap && !current.gap && current.marker?.kind !== 'md-heading' && wraps(current.lastLine, format, blankSeparated);
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

/** True when the text separates its paragraphs by blank lines (one blank line between two text lines suffices). */
export function hasBlankSeparator(lines: readonly TextLine[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    const blank = line.textStart === line.textEnd;
    if (blank) { if (seenText) blankAfterText = true; }
    else if (blankAfterText) return true;
    else seenText = true;
  }
  return false;
}

function wraps(previous: TextLine, format: SourceFormat | undefined, blankSeparated: boolean): boolean {
  if (format === 'markdown') return true;
  return blankSeparated && previous.textEnd - previous.textStart <= WRAP_WIDTH;
}
