/**
 * @module split-sentences
 * Splits a block of text into sentences, returning spans. A sentence ends at ".", "!", "?"
 * or "…" followed by white space and a capital, digit, quote or bracket, or at a CJK full
 * stop ("。", "！", "？") with or without space. Closing quotes and brackets stay with the
 * sentence. A period does not end a sentence after a listed abbreviation ("Mr.", "No."),
 * an initial ("J. Kulubaev", "A.B. Smith", "U.S."), inside a number ("1.5"), or after a
 * clause number standing at the start of the sentence. An ellipsis inside quotes does not
 * end one either.
 */
import type { Span } from '../model/span.ts';
import { isSpaceCode } from './text-lines.ts';

/** Characters the scanner stops at: terminators and quotes (to know when we are inside a quotation). */
const CANDIDATE = /[.!?…。！？"“”«»]/g;
const TERMINATOR_RUN = /[.!?…]+/y;
const CLOSERS = /["'”’»)\]}」』）]*/y;
const CJK_STOPS = '。！？';
/** What may start the next sentence. */
const SENTENCE_START = /[\p{Lu}\p{Lt}\d"'“‘«([\u3400-\u9fff]/u;
/** The letters-and-periods word before a period ("Mr", "U.S", "e.g"). */
const WORD_CHAR = /[\p{L}.]/u;
const INITIALS = /^\p{Lu}(?:\.\p{Lu})*$/u;
const CLAUSE_NUMBER = /^\d{1,3}$/;

/**
 * Sentence spans inside `[start, end)`, each trimmed and non-empty.
 * @example splitSentences('Hi. Bye.', 0, 8, new Set()) // [{start:0,end:3},{start:4,end:8}]
 */
export function splitSentences(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): Span[] {
  // Scanning a copy of the block keeps every search inside it: a search on the whole text
  // would run past the block to the next stop and make many short blocks quadratic.
  const block = text.slice(start, end);
  return splitBlock(block, abbreviations).map((s) => ({ start: s.start + start, end: s.end + start }));
}

function splitBlock(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const start = 0;
  const end = text.length;
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  let inCurly = 0;
  let inStraight = false;
  let inGuillemet = 0;
  CANDIDATE.lastIndex = sentenceStart;
  for (let m = CANDIDATE.exec(text); m && m.index < end; m = CANDIDATE.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '“') {
      inCurly++;
      continue;
    }
    if (ch === '”') {
      inCurly = Math.max(0, inCurly - 1);
      continue;
    }
    if (ch === '«') {
      inGuillemet++;
      continue;
    }
    if (ch === '»') {
      inGuillemet = Math.max(0, inGuillemet - 1);
      continue;
    }
    if (ch === '"') {
      inStraight = !inStraight;
      continue;
    }
    const cjk = CJK_STOPS.includes(ch);
    let runEnd = i + 1;
    if (!cjk) {
      TERMINATOR_RUN.lastIndex = i;
      TERMINATOR_RUN.test(text);
      runEnd = Math.min(TERMINATOR_RUN.lastIndex, end);
    }
    CLOSERS.lastIndex = runEnd;
    CLOSERS.test(text);
    const sentenceEnd = Math.min(CLOSERS.lastIndex, end);
    // Quotes closed by the closers no longer count as open.
    for (let k = runEnd; k < sentenceEnd; k++) {
      const c = text[k];
      if (c === '”') inCurly = Math.max(0, inCurly - 1);
      else if (c === '"') inStraight = !inStraight;
      else if (c === '»') inGuillemet = Math.max(0, inGuillemet - 1);
    }
    CANDIDATE.lastIndex = Math.max(sentenceEnd, i + 1);
    const next = skipSpace(text, sentenceEnd, end);
    if (next >= end) break;
    if (!cjk) {
      if (next === sentenceEnd) continue; // no space after: "1.5", "U.S.-China", "..."quoted
      if (!SENTENCE_START.test(text[next])) continue;
      const run = text.slice(i, runEnd);
      const ellipsis = run.includes('…') || run.includes('...');
      const quoted = inCurly > 0 || inStraight || inGuillemet > 0;
      if (ellipsis && quoted) continue;
      if (run === '.' && !endsSentenceAt(text, sentenceStart, i, abbreviations)) continue;
    }
    spans.push({ start: sentenceStart, end: trimEnd(text, sentenceStart, sentenceEnd) });
    sentenceStart = next;
    inCurly = 0;
    inStraight = false;
    inGuillemet = 0;
    CANDIDATE.lastIndex = next;
  }
  const lastEnd = trimEnd(text, sentenceStart, end);
  if (lastEnd > sentenceStart) spans.push({ start: sentenceStart, end: lastEnd });
  return spans;
}

/** Whether the single period at `dot` ends a sentence, judged by the word before it. */
function endsSentenceAt(text: string, sentenceStart: number, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let w = dot;
  while (w > sentenceStart && WORD_CHAR.test(text[w - 1])) w--;
  const word = text.slice(w, dot);
  if (word && abbreviations.has(`${word}.`)) return false;
  if (INITIALS.test(word)) return false;
  if (!word) {
    // A clause number opening the sentence ("1. The …" flattened into a paragraph).
    let d = dot;
    while (d > sentenceStart && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
    if (d === sentenceStart && CLAUSE_NUMBER.test(text.slice(d, dot))) return false;
  }
  return true;
}

function skipSpace(text: string, pos: number, end: number): number {
  while (pos < end && isSpaceCode(text.charCodeAt(pos))) pos++;
  return pos;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
