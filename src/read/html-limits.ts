/**
 * @module html-limits
 * Caps on HTML structure, checked before the costly parts. jsdom's parser grows
 * quadratically with nesting (10,000 unclosed `<div>`s: 39 s, and 100,000 overflow the
 * stack) and Readability worse (300: 15 s), while the bytes stay tiny. So the raw markup
 * is scanned once, in linear time, for its nesting and tag count before jsdom sees it, and
 * the parsed tree's depth decides whether Readability runs at all.
 */
import { AdoptionCost } from './adoption-cost.ts';
import { childElements } from './dom-children.ts';
import { ReadError, describeInput } from './read-error.ts';

/** Deeper raw nesting than this is refused: no real page nests a thousand elements. */
export const MAX_HTML_DEPTH = 1000;
/** More tags than this are refused (a long treaty page holds a few thousand). */
export const MAX_HTML_TAGS = 200_000;
/**
 * Elements met inside a `<table>` but outside any cell are "foster-parented": the parser moves
 * each in front of the table, and jsdom finds the table's place among its siblings anew every
 * time, so the cost is quadratic (20,000 stray `<li>`s in a table: 13 s). Real pages with
 * broken tables misplace a handful.
 */
export const MAX_FOSTERED_ELEMENTS = 2000;
/** Children moved by misnested formatting end tags (see adoption-cost): quadratic in jsdom, a handful on real pages. */
export const MAX_ADOPTED_CHILDREN = 2000;
/**
 * Parsed trees deeper or larger than these skip Readability and use the cleaned body: its
 * cost explodes with depth (200 deep: 5 s) and grows fast with size (3,000 `<div>`s: 9 s).
 */
export const MAX_READABILITY_DEPTH = 64;
export const MAX_READABILITY_ELEMENTS = 2000;

/** Elements without content, never open. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '),
);
/**
 * Elements whose end tag may be left out and which the parser closes by itself (a new `<p>`
 * closes the open one): counting them would make an old page of unclosed `<p>`s look deep.
 */
const SELF_CLOSING_BY_PARSER = new Set(
  'p li dt dd tr td th tbody thead tfoot option optgroup colgroup caption rb rt rtc rp html head body'.split(' '),
);
/** Elements the parser accepts inside a table outside its cells (anything else is fostered). */
const TABLE_STRUCTURE = new Set(
  'table caption colgroup col tbody thead tfoot tr td th script style template form input'.split(' '),
);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/**
 * Inside `<svg>` or `<math>` those same names are ordinary elements whose content is markup,
 * until one of these HTML tags breaks out of the foreign content (HTML's parsing rules).
 */
const BREAKS_OUT_OF_FOREIGN = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li ' +
    'listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'
  ).split(' '),
);

/**
 * Nesting (open minus closed container tags, at its highest), number of tags, and how many
 * start tags would be foster-parented out of a table, in one pass.
 */
export function scanHtmlShape(html: string): { depth: number; tags: number; fostered: number; adopted: number } {
  let depth = 0;
  let deepest = 0;
  let tags = 0;
  const tables = new TableContext();
  const adoption = new AdoptionCost();
  let foreign = 0;
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    if (html.startsWith('<!--', at)) at = commentEnd(html, at);
    else if (next === 0x21 || next === 0x3f) at = skipPast(html, '>', at + 2);
    else if (next === 0x2f) {
      const name = tagName(html, at + 2);
      if (name && !VOID.has(name) && !SELF_CLOSING_BY_PARSER.has(name)) depth = Math.max(0, depth - 1);
      tables.close(name);
      if (!foreign) adoption.close(name);
      if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign - 1);
      at = skipPast(html, '>', at + 2);
    } else if (isLetter(next)) {
      const name = tagName(html, at + 1);
      const end = skipPast(html, '>', at + 1);
      tags++;
      tables.open(name);
      const selfClosed = html.charCodeAt(end - 2) === 0x2f;
      const stays = !VOID.has(name) && !SELF_CLOSING_BY_PARSER.has(name) && !selfClosed;
      if (stays) deepest = Math.max(deepest, ++depth);
      if (!foreign) adoption.open(name, stays);
      if ((name === 'svg' || name === 'math') && !selfClosed) foreign++;
      else if (foreign && BREAKS_OUT_OF_FOREIGN.has(name)) foreign = 0;
      // Raw text runs to its end tag, which the next round counts as a close. Without one, the
      // rest is scanned as markup: an over-count refuses a page, an under-count lets one through.
      at = RAW_TEXT.has(name) && !foreign ? (closingTag(html, name, end) ?? end) : end;
    } else at++;
    at = html.indexOf('<', at);
  }
  return { depth: deepest, tags, fostered: tables.fostered, adopted: adoption.moved };
}

/** Whether the scan stands inside a table but outside its cells, one entry per open table. */
class TableContext {
  private readonly stack: ('table' | 'cell')[] = [];
  fostered = 0;

  open(name: string): void {
    const top = this.stack.length - 1;
    if (name === 'table') this.stack.push('table');
    else if (top < 0) return;
    else if (name === 'td' || name === 'th' || name === 'caption') this.stack[top] = 'cell';
    else if (name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') this.stack[top] = 'table';
    else if (this.stack[top] === 'table' && !TABLE_STRUCTURE.has(name)) this.fostered++;
  }

  close(name: string): void {
    const top = this.stack.length - 1;
    if (top < 0) return;
    if (name === 'table') this.stack.pop();
    else if (name === 'td' || name === 'th' || name === 'caption') this.stack[top] = 'table';
  }
}

/** Throws `ReadError('too-complex')` when the markup is past a cap. */
export function assertHtmlWithinLimits(html: string, fileName?: string): void {
  const { depth, tags, fostered, adopted } = scanHtmlShape(html);
  const name = describeInput(fileName);
  if (depth > MAX_HTML_DEPTH)
    throw new ReadError(
      'too-complex',
      `${name} nests its elements ${depth} deep (the limit is ${MAX_HTML_DEPTH}): unclosed tags? ` +
        'Save the page again from a browser',
    );
  if (tags > MAX_HTML_TAGS)
    throw new ReadError('too-complex', `${name} has ${tags} tags (the limit is ${MAX_HTML_TAGS}): split the page`);
  if (fostered > MAX_FOSTERED_ELEMENTS)
    throw new ReadError(
      'too-complex',
      `${name} has ${fostered} elements misplaced inside a <table> outside its cells (the limit is ` +
        `${MAX_FOSTERED_ELEMENTS}): the table markup is broken. Save the page again from a browser`,
    );
  if (adopted > MAX_ADOPTED_CHILDREN)
    throw new ReadError(
      'too-complex',
      `${name} closes formatting tags around blocks that are still open, which would move ${adopted} elements ` +
        `(the limit is ${MAX_ADOPTED_CHILDREN}): the markup is broken. Save the page again from a browser`,
    );
}

/** Depth and element count of a parsed tree, walked without recursion. */
export function elementShape(root: Element): { depth: number; elements: number } {
  let deepest = 0;
  let elements = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop() as [Element, number];
    elements++;
    if (depth > deepest) deepest = depth;
    for (const child of childElements(element)) stack.push([child, depth + 1]);
  }
  return { depth: deepest, elements };
}

/** True when Readability can afford the tree. */
export function readabilityCanAfford(root: Element | null): boolean {
  if (!root) return false;
  const { depth, elements } = elementShape(root);
  return depth <= MAX_READABILITY_DEPTH && elements <= MAX_READABILITY_ELEMENTS;
}

/**
 * Where a comment opened at `at` ends as HTML's parser reads it: `<!-->` and `<!--->` are empty
 * comments, and `--!>` closes one as `-->` does. Skipping to the next `-->` instead would let
 * markup the parser reads go unscanned.
 */
function commentEnd(html: string, at: number): number {
  if (html.startsWith('<!-->', at)) return at + 5;
  if (html.startsWith('<!--->', at)) return at + 6;
  const plain = skipPast(html, '-->', at + 4);
  const bang = skipPast(html, '--!>', at + 4);
  return Math.min(plain, bang);
}

function skipPast(html: string, marker: string, from: number): number {
  const found = html.indexOf(marker, from);
  return found < 0 ? html.length : found + marker.length;
}

function closingTag(html: string, name: string, from: number): number | undefined {
  const pattern = new RegExp(`</${name}`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index;
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
  return html.slice(from, end).toLowerCase();
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}
