/**
 * @module find-countries
 * Country mentions inside a span: those of the `entities` layer (type country, or a person's
 * represented country is NOT used: attendance is not adoption) merged with the knowledge base's
 * country names, so the steps still work where the entity step missed a spelling.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { EntityMentionValue } from '../../model/layers.ts';
import type { Lexicons } from './load-lexicons.ts';
import { annotationsIn } from './annotations-in.ts';
import { kbMatchers } from './kb-matchers.ts';

export interface CountryHit {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
}

/**
 * Country mentions in `text[start, end)`, left to right, without overlaps. @example countriesIn(text, 0, text.length,
 * lexicons, [])
 */
export function countriesIn(
  text: string,
  start: number,
  end: number,
  lexicons: Lexicons,
  entities: readonly Annotation[] = [],
  withAdjectives = false,
): CountryHit[] {
  const slice = text.slice(start, end);
  const m = kbMatchers(lexicons.kb);
  const hits: CountryHit[] = [];
  for (const a of annotationsIn(entities, start, end)) {
    const v = a.value as EntityMentionValue;
    if (v?.type === 'country') {
      const iso = v.country ?? v.entityId?.replace(/^country:/, '');
      if (iso && /^[A-Z]{2}$/.test(iso)) hits.push({ start: a.start, end: a.end, iso });
    }
  }
  for (const h of m.countries.find(slice)) hits.push({ start: start + h.start, end: start + h.end, iso: h.value });
  if (withAdjectives)
    for (const h of m.adjectives.find(slice)) hits.push({ start: start + h.start, end: start + h.end, iso: h.value });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CountryHit[] = [];
  for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

/** The distinct ISO codes of hits, sorted. */
export function isoSet(hits: readonly { iso: string }[]): string[] {
  return [...new Set(hits.map((h) => h.iso))].sort();
}
