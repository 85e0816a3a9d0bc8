/**
 * @module heading-shape
 * Tells title-like lines from prose by their shape: short, no closing sentence punctuation,
 * and mostly capitalised words or all capitals ("Joint Statement of …", "ASTANA DECLARATION").
 */

const MAX_TITLE_WORDS = 20;
const MAX_SHORT_WORDS = 12;
/** Words too small to be capitalised in an English title. */
const MINOR_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|with|via|per|vs)$/;
const ENDS_SENTENCE = /[.,;:!?。！？；：，]["'”’»)\]]*$/;
const CJK = /[\u3400-\u9fff]/;
/** A sentence break inside the line ("… of Kazakhstan. Results"): prose, not a title. */
const INNER_SENTENCE_END = /\p{Ll}[.!?]\s+\p{Lu}/u;
/** Compiled once each: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const LEADING_NON_LETTERS = /^[^\p{L}\d]+/u;
const OPENS_LETTER = /^\p{L}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;

/** True for a line shaped like a title or heading. @example isTitleLike('Astana Declaration') */
export function isTitleLike(line: string): boolean {
  if (!line || ENDS_SENTENCE.test(line) || INNER_SENTENCE_END.test(line)) return false;
  if (CJK.test(line)) return line.length <= 40;
  const words = line.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  let letters = 0;
  let capitalised = 0;
  for (const word of words) {
    const first = word.replace(LEADING_NON_LETTERS, '');
    if (!OPENS_LETTER.test(first) || MINOR_WORD.test(first.toLowerCase())) continue;
    letters++;
    if (OPENS_CAPITAL.test(first)) capitalised++;
  }
  return letters > 0 && capitalised / letters >= 0.6;
}

/**
 * True for a short line that is not a sentence: a date line, a byline, a place and date
 * ("July 10, 2024", "(June 8, 2022, Nur-Sultan)", "Author: Xinhua").
 * @example isShortLine('July 10, 2024')
 */
export function isShortLine(line: string): boolean {
  if (!line || (ENDS_SENTENCE.test(line) && !/\d[.]$/.test(line))) return false;
  if (CJK.test(line)) return line.length <= 40;
  return line.split(/\s+/).length <= MAX_SHORT_WORDS;
}

/** Lines a title may wrap over ("JOINT STATEMENT" / "of the Third Meeting …"). */
const MAX_TITLE_LINES = 3;

/**
 * True for a title printed over a few lines: the first line is title-like and no line ends
 * or breaks a sentence, so a hard-wrapped paragraph (whose last line ends with a full stop)
 * does not pass. Russian titles run on in lower case ("СОГЛАШЕНИЕ" / "о сотрудничестве …").
 * @example isTitleBlock(['AGREEMENT', 'on cooperation in water resources']) === true
 */
export function isTitleBlock(lines: readonly string[]): boolean {
  if (lines.length < 2 || lines.length > MAX_TITLE_LINES || !isTitleLike(lines[0])) return false;
  return lines.every(
    (line) =>
      !ENDS_SENTENCE.test(line) && !INNER_SENTENCE_END.test(line) && line.split(/\s+/).length <= MAX_TITLE_WORDS,
  );
}
