/**
 * @module classify-blocks
 * Gives each raw block its role: the title block at the top (titles, date lines, bylines
 * before the first paragraph), headings, numbered clauses (checked against the numbering
 * sequence), bullets and paragraphs, and numbers the body's paragraphs (`p1`, `p2`, …).
 * The title block is not counted: paragraph numbers start at the first paragraph of text.
 * A list item or numbered clause with no blank line before it belongs to the paragraph before it (the GUIDE's
 * paragraph is a block between blank lines); in a text without blank lines each line has its own.
 */
import { ClauseNumbering } from './clause-numbering.ts';
import { isShortLine, isTitleBlock, isTitleLike } from './heading-shape.ts';
import type { RawBlock } from './split-blocks.ts';
import { structureLexicon } from './structure-lexicon.ts';

export type BlockRole = 'title' | 'heading' | 'clause' | 'bullet' | 'paragraph';

export interface Block {
  readonly role: BlockRole;
  readonly start: number;
  readonly end: number;
  /** Where the block's own words start (after a clause or bullet marker or `#`). */
  readonly bodyStart: number;
  readonly lineCount: number;
  readonly marker?: { readonly text: string; readonly start: number; readonly end: number };
  readonly notation?: string;
  /** A clause's printed label. */
  readonly label?: string;
  /** The paragraph number in the body (0 for the title block). */
  readonly paragraph: number;
  /** A gap mark left by the source ("[...]"). */
  readonly gap: boolean;
}

/** A line break, white space only, and another: a blank line between two blocks. */
const BLANK_LINE = /\n[^\S\n]*\n/;

/** Titles longer than this are taken for paragraphs. */
const MAX_TITLE_LENGTH = 200;

/** Roles for the blocks of one text, in order. @example classifyBlocks(text, splitBlocks(…)) */
export function classifyBlocks(text: string, raw: readonly RawBlock[]): Block[] {
  const numbering = new ClauseNumbering();
  const out: Block[] = [];
  let leading = true;
  let paragraph = 0;
  const blankSeparated = BLANK_LINE.test(text.trim());
  let previousEnd = -1;
  for (const block of raw) {
    const role = roleOf(text, block, numbering, leading);
    const title = role.role === 'title';
    if (!title) leading = false;
    const sameParagraph =
      (role.role === 'bullet' || role.role === 'clause') &&
      blankSeparated &&
      paragraph > 0 &&
      !BLANK_LINE.test(text.slice(previousEnd, block.start));
    if (!title && !sameParagraph) paragraph++;
    previousEnd = block.end;
    out.push({
      ...role,
      start: block.start,
      end: block.end,
      lineCount: block.lineCount,
      gap: block.gap,
      paragraph: title ? 0 : paragraph,
    });
  }
  return out;
}

type Role = Pick<Block, 'role' | 'bodyStart' | 'marker' | 'notation' | 'label'>;

function roleOf(text: string, block: RawBlock, numbering: ClauseNumbering, leading: boolean): Role {
  const m = block.marker;
  if (block.gap) {
    numbering.gap();
    return { role: 'paragraph', bodyStart: block.start };
  }
  if (m?.kind === 'md-heading') return { role: leading ? 'title' : 'heading', bodyStart: m.bodyStart };
  if (m?.kind === 'bullet') return { role: 'bullet', bodyStart: m.bodyStart, marker: markerOf(text, m.start, m.end) };
  if (m?.kind === 'clause') {
    const reading = numbering.accept(m);
    if (reading)
      return {
        role: 'clause',
        bodyStart: m.bodyStart,
        marker: markerOf(text, m.start, m.end),
        notation: reading.notation,
        label: reading.label,
      };
  }
  if (
    leading &&
    block.lineCount > 1 &&
    block.end - block.start <= MAX_TITLE_LENGTH &&
    isTitleBlock(text.slice(block.start, block.end).split('\n'))
  ) {
    return { role: 'title', bodyStart: block.start };
  }
  if (block.lineCount === 1 && block.end - block.start <= MAX_TITLE_LENGTH) {
    const line = text.slice(block.start, block.end);
    if (leading && isSectionName(line)) return { role: 'heading', bodyStart: block.start };
    if (leading && (isTitleLike(line) || isShortLine(line))) return { role: 'title', bodyStart: block.start };
    if (!leading && isTitleLike(line)) return { role: 'heading', bodyStart: block.start };
  }
  return { role: 'paragraph', bodyStart: block.start };
}

/** "Preamble", "**Preamble**": the name of one of the document's sections, emphasis marks aside. */
function isSectionName(line: string): boolean {
  return structureLexicon().sectionNames.has(line.replace(/[*_#]/g, '').trim().replace(/[.:]$/, ''));
}

function markerOf(text: string, start: number, end: number): Block['marker'] {
  return { text: text.slice(start, end), start, end };
}
