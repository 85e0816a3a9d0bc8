/**
 * @module wide/paragraphs
 * The GUIDE's paragraph and sentence grid of a document, used to annotate by reference
 * instead of copying text: a paragraph is a block between blank (or whitespace-only) lines,
 * or each line when the body has no blank line; `p<N>` counts them from 1 (headings count).
 * Sentences are a plain split after . ! ? before an upper-case letter, a quote or a digit, and
 * at an inline bullet (" - ") after a sentence end, a semicolon or a colon; the marker is left out.
 */

export interface Sentence {
  /** `p<N>.<M>`: paragraph N, sentence M (both from 1). */
  ref: string;
  start: number;
  end: number;
}

export interface Paragraph {
  label: string;
  start: number;
  end: number;
  sentences: Sentence[];
}

/** Paragraphs with their sentences as `[start, end)` offsets into `text`. */
export function paragraphs(text: string): Paragraph[] {
  const lines: Array<[number, number]> = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push([at, end]);
    at = end + 1;
  }
  const blank = (l: [number, number]) => !text.slice(l[0], l[1]).trim();
  // A blank line counts only between two lines of text (not the empty line after a final newline).
  const first = lines.findIndex((l) => !blank(l));
  const last = lines.findLastIndex((l) => !blank(l));
  const hasBlank = lines.some((l, i) => i > first && i < last && blank(l));
  const blocks: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  for (const l of lines) {
    if (blank(l)) {
      if (open) blocks.push(open);
      open = null;
    } else if (!hasBlank) blocks.push(l);
    else open = open ? [open[0], l[1]] : [l[0], l[1]];
  }
  if (open) blocks.push(open);
  return blocks.map(([s, e], i) => {
    const label = `p${i + 1}`;
    return { label, start: s, end: e, sentences: sentences(text, s, e, label) };
  });
}

function sentences(text: string, start: number, end: number, label: string): Sentence[] {
  const out: Sentence[] = [];
  const block = text.slice(start, end);
  const boundary =
    /(?:[.!?][”"’)]?[\s\u2800]+(?:[-–•]\s+)?(?=[A-ZА-ЯЁ“"«(0-9])|(?::|[.!?;][”"’)]?)\s+[-–•]\s+(?=\p{L}))/gu;
  let from = 0;
  for (const m of block.matchAll(boundary)) {
    const stop = m.index + m[0].search(/[\s\u2800]/);
    out.push(trimmed(text, start + from, start + stop, `${label}.${out.length + 1}`));
    from = m.index + m[0].length;
  }
  if (block.slice(from).trim()) out.push(trimmed(text, start + from, end, `${label}.${out.length + 1}`));
  return out;
}

function trimmed(text: string, start: number, end: number, ref: string): Sentence {
  let s = start;
  let e = end;
  while (s < e && /[\s\u2800]/.test(text[s])) s++;
  while (e > s && /[\s\u2800]/.test(text[e - 1])) e--;
  return { ref, start: s, end: e };
}
