/**
 * @module cjk-spacing
 * Chinese and Japanese are written without spaces, and neither FTS5's unicode61 tokenizer nor
 * PostgreSQL's parser splits them into words, so a query like 互联互通 found nothing. The
 * index therefore holds CJK text one character per token (a space between ideographs), and a
 * CJK query becomes a phrase of its characters: exact substring search, the usual baseline
 * for CJK without a dictionary. Snippets lose the added spaces again. Offsets are unaffected:
 * they come from the tree, never from the indexed text.
 */

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const BETWEEN = new RegExp(`(?<=[${CJK}])(?=[${CJK}])`, 'gu');
// Spaces the index added between two ideographs, possibly with snippet markers beside them.
const ADDED = new RegExp(`(?<=[${CJK}][\\u0002\\u0003]?) (?=[\\u0002\\u0003]?[${CJK}])`, 'gu');
const RUN = new RegExp(`[${CJK}]`, 'u');

/** Text for the index: a space between consecutive CJK characters. @example spaceCjk('互联') === '互 联' */
export function spaceCjk(text: string): string {
  return RUN.test(text) ? text.replace(BETWEEN, ' ') : text;
}

/** Removes the spaces `spaceCjk` added (in snippets). @example unspaceCjk('互 \u0002联\u0003') === '互\u0002联\u0003' */
export function unspaceCjk(text: string): string {
  return RUN.test(text) ? text.replace(ADDED, '') : text;
}

/** Splits a query word into its CJK characters (other words stay whole). @example splitCjkWord('互联') → ['互', '联'] */
export function splitCjkWord(word: string): string[] {
  return RUN.test(word) ? spaceCjk(word).split(' ') : [word];
}
