/**
 * @module regex-word-start
 * Whether a regular-expression fragment can start a match only at a word boundary (`\b` without the "u" flag: an
 * ASCII word character on one side only), read from its source, so that a scanner tries it at word starts only.
 * Conservative: whatever it does not read for sure gives false.
 */

/**
 * True when every top-level alternative, after its leading lookbehinds, opens with `\b`; or, when the match's first
 * character is known to be an ASCII word character (`firstIsWord`), follows a lookbehind that no word character
 * may precede (`(?<![\w…])`).
 * @example startsAtBoundary('(?<!not )\\btrade|\\bcustoms', false) === true
 */
export function startsAtBoundary(source: string, firstIsWord: boolean): boolean {
  return topLevelAlternatives(source).every((alternative) => alternativeStarts(alternative, firstIsWord));
}

/** A negative lookbehind of one class (not negated) that holds `\w`: no word character just before. */
const NOT_AFTER_WORD = /^\(\?<!\[(?!\^)(?:[^\]\\]|\\.)*?\\w(?:[^\]\\]|\\.)*\]\)$/;

function alternativeStarts(source: string, firstIsWord: boolean): boolean {
  let at = 0;
  let notAfterWord = false;
  while (source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return false;
    if (NOT_AFTER_WORD.test(source.slice(at, end))) notAfterWord = true;
    at = end;
  }
  return source.startsWith('\\b', at) || (notAfterWord && firstIsWord);
}

/** Where the group opened at `start` ends (just after its ")"), or -1 when it is not closed. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The alternatives of `source` split at each "|" outside any group or class ("^a|b" → "^a", "b"). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
