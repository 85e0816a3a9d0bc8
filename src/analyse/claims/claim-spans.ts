/**
 * @module claim-spans
 * The spans claims are read from: the report's sentences, with a sentence that a hard line
 * break cut in two joined again (the first part has no end punctuation and the next starts in
 * lower case), a sentence cut after reference marks ("….[2] Next …"), and a sentence split
 * where a participle opens a second claim ("X attended the talks, stating that …"). Each part
 * says whether it continues the part before it.
 */
import type { Span } from '../../model/span.ts';
import { globalOf } from '../shared/global-copy.ts';

export interface ClaimSpan extends Span {
  /** True for the second and later parts of a split sentence (they keep the first part's subject). */
  continues: boolean;
  /** True for any part of a split sentence. */
  part: boolean;
}

const ENDED = /[.!?]["”»’)]?\s*$/;

/** A module constant: the sources' build turns a `\p{…}` regex literal into a `new RegExp(…)` at every call. */
const LOWER_START = /^\p{Ll}/u;

/**
 * Joined and split spans, trimmed of white space.
 * @example claimSpans('He came\nand left.', [{start: 0, end: 7}, {start: 8, end: 17}], /,\s+(?=saying)/g)
 */
export function claimSpans(text: string, sentences: readonly Span[], continuations: RegExp): ClaimSpan[] {
  const joined: Span[] = [];
  for (const s of sentences.map((x) => trimmed(text, x)).filter((x) => x.end > x.start)) {
    const last = joined[joined.length - 1];
    const gap = last ? text.slice(last.end, s.start) : '';
    if (
      last &&
      !ENDED.test(text.slice(last.start, last.end)) &&
      /^\s*\n?\s*$/.test(gap) &&
      LOWER_START.test(text[s.start])
    )
      joined[joined.length - 1] = { start: last.start, end: s.end };
    else joined.push(s);
  }
  return joined.flatMap((s) => cited(text, s)).flatMap((s) => split(text, s, continuations));
}

/** A sentence end followed by reference marks ("… stability.[2] Economic …"), which sentence splitting misses. */
const CITED_END = /[.!?](?:\[\d{1,3}\])+(?=\s+\p{Lu})/gu;

/** A span cut after each cited sentence end, the marks kept with the sentence they cite. */
function cited(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let from = s.start;
  const sentence = text.slice(s.start, s.end);
  // The module's regex itself, from the start: `matchAll` would clone it for every sentence.
  CITED_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITED_END.exec(sentence))) {
    const cut = s.start + m.index + m[0].length;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: s.end });
  return out.map((x) => trimmed(text, x)).filter((x) => x.end > x.start);
}

function split(text: string, s: Span, continuations: RegExp): ClaimSpan[] {
  const out: Omit<ClaimSpan, 'part'>[] = [];
  let from = s.start;
  const re = globalOf(continuations);
  const sentence = text.slice(s.start, s.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence))) {
    const cut = s.start + m.index;
    out.push({ start: from, end: cut, continues: out.length > 0 });
    from = cut + m[0].length;
    if (!m[0].length) re.lastIndex++;
  }
  out.push({ start: from, end: s.end, continues: out.length > 0 });
  return out.filter((p) => p.end > p.start).map((p) => ({ ...p, part: out.length > 1 }));
}

function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
