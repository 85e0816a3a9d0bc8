/**
 * @module find-cues
 * Finds the modality cues of a statement (data/lexicons/modality.json) and picks the main one:
 * the earliest finite verb phrase (longest at the same place); a framing verb followed by
 * "that" ("reiterated that they are willing to …") hands over to the next cue after "that".
 */
import type { StatementKind } from '../../model/layers.ts';
import type { Lexicons, ModalityCue } from '../shared/load-lexicons.ts';

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly kind: StatementKind;
  readonly confidence: number;
}

interface Compiled {
  re: RegExp;
  framing: RegExp;
  cues: ModalityCue[];
}
const cache = new WeakMap<object, Compiled>();
const RELATIVE = /\b(?:which|who|whom|whose|where)\s+(?:\w+ly\s+|also\s+)?$/i;

/**
 * Every cue in `text`, left to right, longest first at a place; overlapping shorter hits dropped. @example
 * findCues('The Parties will hold …', lexicons)[0].id === 'will-step-up'
 */
export function findCues(text: string, lexicons: Pick<Lexicons, 'modality'>): CueHit[] {
  const c = compiled(lexicons.modality);
  const hits: CueHit[] = [];
  for (const m of text.matchAll(c.re)) {
    // A verb in a relative clause ("…, which will enhance") is not the statement's own.
    if (RELATIVE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const i = m.slice(1).findIndex((g) => g !== undefined);
    const cue = c.cues[i];
    hits.push({ start: m.index, end: m.index + m[0].length, id: cue.id, kind: cue.kind, confidence: cue.confidence });
  }
  return hits;
}

/** The cue that decides the statement's kind, or null when none occurs. */
export function mainCue(
  text: string,
  lexicons: Pick<Lexicons, 'modality'>,
  hits: readonly CueHit[] = findCues(text, lexicons),
): CueHit | null {
  if (!hits.length) return null;
  const c = compiled(lexicons.modality);
  const first = hits[0];
  const phrase = text.slice(first.start, first.end).toLowerCase();
  const after = text.slice(first.end, first.end + 12);
  if (c.framing.test(phrase) && /^\s*(,\s*)?that\b/i.test(after)) {
    const next = hits.find((h) => h.start >= first.end && h.kind !== 'record');
    if (next && next.start - first.end < 160) return { ...next, confidence: Math.min(next.confidence, 0.8) };
  }
  return first;
}

function compiled(m: Lexicons['modality']): Compiled {
  let c = cache.get(m);
  if (!c) {
    // One alternation in lexicon order: at the same start the regex engine takes the first
    // alternative that matches, so the lexicon lists longer, more specific forms first.
    const re = new RegExp(m.cues.map((q) => `(${q.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'gi');
    c = { re, framing: new RegExp(m.framing, 'i'), cues: m.cues };
    cache.set(m, c);
  }
  return c;
}
