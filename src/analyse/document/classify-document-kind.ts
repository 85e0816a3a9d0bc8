/**
 * @module classify-document-kind
 * Decides a document's kind from its text: title lines, the head (datelines, bylines, release
 * notes) and cues anywhere (reporting verbs, "hereinafter the Parties", articles, forms of
 * address). Metadata `kind` is only a prior, because documents from other sources carry none.
 */
import { DOCUMENT_KINDS, type DocumentKind, type DocumentMeta } from '../../model/document.ts';
import type { KindCue, Lexicons } from '../shared/load-lexicons.ts';

export interface KindDecision {
  readonly kind: DocumentKind;
  readonly confidence: number;
  /** Span of the strongest evidence, or [0, 0) when the fallback decided. */
  readonly start: number;
  readonly end: number;
  /** The cue id that weighed most (`prior` for metadata, `fallback` when nothing spoke). */
  readonly rule: string;
  readonly scores: Readonly<Record<string, number>>;
}

interface Compiled {
  cue: KindCue;
  re: RegExp;
}
const compiledCache = new WeakMap<object, Compiled[]>();
const BODY_LIMIT = 20_000;

/**
 * Scores every kind and picks the best. @example classifyDocumentKind('Joint Statement of …', {}, lexicons).kind ===
 * 'joint-statement'
 */
export function classifyDocumentKind(
  text: string,
  meta: DocumentMeta,
  lexicons: Pick<Lexicons, 'documentKinds'>,
): KindDecision {
  const lex = lexicons.documentKinds;
  const scores: Record<string, number> = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, 0]));
  const best: Record<string, { w: number; start: number; end: number; rule: string }> = {};
  const note = (kind: string, w: number, start: number, end: number, rule: string) => {
    scores[kind] += w;
    if (!best[kind] || w > best[kind].w) best[kind] = { w, start, end, rule };
  };
  const titles = titleLines(text, meta.title);
  const head = text.slice(0, 600);
  // A document's kind shows in its first pages; bounding the region keeps this step constant-time on huge inputs.
  const body = text.length > BODY_LIMIT ? text.slice(0, BODY_LIMIT) : text;
  for (const { cue, re } of compile(lex)) {
    if (cue.where === 'publisher') {
      // Who issued the text: an official press office issues releases, a newsletter or blog comments.
      if (meta.publisher && re.test(meta.publisher)) note(cue.kind, cue.weight, 0, 0, cue.id);
    } else if (cue.where === 'title') {
      const hit = titles.map((t) => ({ t, m: re.exec(t.text) })).find((x) => x.m);
      if (hit) note(cue.kind, cue.weight, hit.t.start, hit.t.start + hit.t.text.length, cue.id);
    } else {
      const region = cue.where === 'head' ? head : body;
      // The compiled regex itself, from the start: `matchAll` would clone it for every document.
      re.lastIndex = 0;
      const max = cue.max ?? 1;
      let m: RegExpExecArray | null;
      for (let n = 0; n < max && (m = re.exec(region)); n++) {
        note(cue.kind, cue.weight, m.index, m.index + m[0].length, cue.id);
        // As a global scan goes on: one step further after an empty match.
        if (!m[0].length) re.lastIndex++;
      }
    }
  }
  if (meta.kind && (DOCUMENT_KINDS as readonly string[]).includes(meta.kind))
    note(meta.kind, lex.prior.weight, 0, 0, 'prior');
  return decide(scores, best, lex.fallback);
}

function decide(
  scores: Record<string, number>,
  best: Record<string, { start: number; end: number; rule: string }>,
  fallback: DocumentKind,
): KindDecision {
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top[1] <= 0) return { kind: fallback, confidence: 0.3, start: 0, end: 0, rule: 'fallback', scores };
  const margin = top[1] - (second?.[1] ?? 0);
  const confidence = Math.min(0.97, 0.5 + margin / (2 * top[1]) + Math.min(top[1], 5) / 20);
  const ev = best[top[0]];
  return {
    kind: top[0] as DocumentKind,
    confidence: Math.round(confidence * 100) / 100,
    start: ev.start,
    end: ev.end,
    rule: ev.rule,
    scores,
  };
}

/**
 * The metadata title (offset 0, it is not in the text) and the first three non-empty lines
 * that read as titles: short and not ending like a sentence, so a news lede is no title.
 */
function titleLines(text: string, metaTitle?: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  if (metaTitle && !/^unknown\b/i.test(metaTitle)) out.push({ text: metaTitle, start: 0 });
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while (out.length < 5 && (m = re.exec(text)) && m.index < 2000) {
    const line = m[0].trim();
    if (!line) continue;
    // The title block ends where the body begins: at the first line that reads as a sentence.
    if (line.length > 200 || /[.!?]["”’]?$/.test(line)) break;
    out.push({ text: line, start: m.index + m[0].indexOf(line[0]) });
  }
  return out;
}

function compile(lex: Lexicons['documentKinds']): Compiled[] {
  let c = compiledCache.get(lex);
  if (!c) {
    c = lex.cues.map((cue) => ({
      cue,
      re: new RegExp(
        cue.pattern,
        `${(cue.case ? '' : 'i') + (cue.where === 'title' || cue.where === 'publisher' ? '' : 'g')}m`,
      ),
    }));
    compiledCache.set(lex, c);
  }
  return c;
}
