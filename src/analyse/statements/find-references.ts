/**
 * @module find-references
 * The named events, organisations, initiatives and projects a statement mentions: the `entities`
 * layer's mentions of those types inside it, plus names read from the text itself — runs of
 * capitalised words typed by their head noun ("… Climate Forum" → event, "… Secretariat" →
 * organisation, "… Initiative" → initiative, "… Railway" → project), quoted titles, and
 * "the next meeting of …" phrases. Events get the date and place the statement gives them.
 * Countries are never references.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { EntityMentionValue, ReferenceValue } from '../../model/layers.ts';
import type { Lexicons } from './load-lexicons.ts';
import { findDates } from '../meeting/find-dates.ts';
import { kbMatchers } from '../meeting/kb-matchers.ts';

type RefType = ReferenceValue['type'];
interface Found { start: number; end: number; ref: ReferenceValue }

const ENTITY_TO_REF: Partial<Record<string, RefType>> = { event: 'event', organization: 'organization', initiative: 'initiative' };
const cache = new WeakMap<object, { run: RegExp; heads: [RegExp, RefType][]; generic: RegExp }>();

/**
 * References of the statement `text[start, end)`.
 * @example findReferences(text, s.start, s.end, entities, lexicons, 2025)
 */
export function findReferences(text: string, start: number, end: number, entities: readonly Annotation[], lexicons: Lexicons, referenceYear: number | null): ReferenceValue[] {
  const slice = text.slice(start, end);
  const found: Found[] = [];
  for (const a of entities) {
    const v = a.value as EntityMentionValue;
    const type = ENTITY_TO_REF[v?.type];
    if (type && a.start >= start && a.end <= end) found.push({ start: a.start - start, end: a.end - start, ref: { type, name: v.name } });
  }
  for (const f of textNames(slice, lexicons)) if (!found.some((g) => overlaps(g, f))) found.push(f);
  found.sort((a, b) => a.start - b.start);
  const out: ReferenceValue[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const ref = f.ref.type === 'event' ? { ...f.ref, ...eventDetails(slice, f.end, lexicons, referenceYear) } : f.ref;
    const key = ref.name.toLowerCase();
    if (!seen.has(key)) { seen.add(key); out.push(ref); }
  }
  return out;
}

/** Names typed by their head noun, quoted titles and "next meeting of …" phrases. */
function textNames(s: string, lexicons: Lexicons): Found[] {
  const c = compiled(lexicons);
  const out: Found[] = [];
  const countries = kbMatchers(lexicons.kb);
  for (const m of splitRuns(s, c)) {
    let name = m[0].replace(/^(?:the|a|an|The|A|An)\s+/, '').replace(/[\s,'’]+$/, '');
    name = name.replace(/\s+(?:of|the|and|for|on|in|to|at)$/i, '');
    let startAt = m.index + m[0].indexOf(name);
    // A head noun right after a quoted title ("“China–Central Asia” Secretariat") names it with the title.
    const quoted = /[“"«]([^”"»]{2,80})[”"»]\s*$/.exec(s.slice(Math.max(0, startAt - 90), startAt));
    if (quoted && !/\s/.test(name)) { name = `${quoted[1]} ${name}`; startAt -= quoted[0].length; }
    const type = typeOf(name, c.heads);
    if (!type || name.split(/\s+/).length < 2 && !/^[A-Z]{3,}$/.test(name)) continue;
    // A run that is only a country or city name ("Republic of Kazakhstan") is no reference.
    const whole = countries.countries.find(name)[0] ?? countries.cities.find(name)[0];
    if (whole && whole.start === 0 && whole.end === name.length) continue;
    out.push({ start: startAt, end: startAt + name.length, ref: { type, name } });
  }
  for (const m of s.matchAll(/[“"«]([^”"»]{4,120})[”"»]/g)) {
    const name = m[1].trim();
    if (!/^[A-Z0-9]/.test(name) || isOnlyPlaces(name, lexicons) || out.some((f) => f.start <= m.index + 1 && f.end >= m.index + m[0].length - 1)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, ref: { type: typeOf(name, c.heads) ?? 'initiative', name } });
  }
  for (const m of s.matchAll(c.generic)) out.push({ start: m.index, end: m.index + m[0].length, ref: { type: 'event', name: m[1] } });
  return out.filter((f, i) => !out.some((g, j) => j !== i && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
}

/** Capitalised runs, cut at "and" where the left part is already a typed name ("… Workshop and the Confucius Institute"). */
function* splitRuns(s: string, c: { run: RegExp; heads: [RegExp, RefType][] }): Generator<{ 0: string; index: number }> {
  for (const m of s.matchAll(c.run)) {
    let offset = 0;
    for (const part of m[0].split(/(\s+and\s+)/)) {
      if (/^\s+and\s+$/.test(part)) { offset += part.length; continue; }
      yield { 0: part, index: m.index + offset };
      offset += part.length;
    }
    // Recombine when no part but the whole is typed ("Friendship and Cooperation Treaty" stays whole).
    if (/\sand\s/.test(m[0]) && !m[0].split(/\s+and\s+/).slice(0, -1).some((p) => typeOf(p, c.heads))) yield { 0: m[0], index: m.index };
  }
}

/** A quoted title that only names states or the region ("China–Central Asia", "C5+1") is the format, not a reference. */
function isOnlyPlaces(name: string, lexicons: Lexicons): boolean {
  const m = kbMatchers(lexicons.kb);
  let rest = name;
  for (const h of [...m.countries.find(name), ...m.groups.find(name)].sort((a, b) => b.start - a.start)) rest = rest.slice(0, h.start) + rest.slice(h.end);
  return !rest.replace(/\b(central|asia|asian|five|format|countries|states|plus|and)\b|[+\-–—\d\s]/gi, '').trim();
}

/** Date and place given right after an event's name: "held on 4-5 April 2025 in Samarkand", "in 2026 in China". */
function eventDetails(s: string, at: number, lexicons: Lexicons, referenceYear: number | null): { date: string | null; place: string | null } {
  const window = s.slice(at, at + 90).split(/[;.]|,\s*(?:which|and|as well as)\b/)[0];
  const d = findDates(window, referenceYear).find((x) => !x.broken && x.date);
  const year = /\bin\s+(\d{4})\b/.exec(window)?.[1];
  const date = d ? (d.until ? `${d.date}/${d.until}` : d.date) : (year ?? null);
  const m = kbMatchers(lexicons.kb);
  const placeHit = [...m.cities.find(window), ...m.countries.find(window)].filter((h) => /\b(in|at)\s+(the\s+)?$/i.test(window.slice(Math.max(0, h.start - 8), h.start))).sort((a, b) => a.start - b.start)[0];
  return { date, place: placeHit ? window.slice(placeHit.start, placeHit.end) : null };
}

function typeOf(name: string, heads: [RegExp, RefType][]): RefType | null {
  let best: { at: number; type: RefType } | null = null;
  for (const [re, type] of heads) {
    re.lastIndex = 0;
    for (const m of name.matchAll(re)) if (!best || m.index >= best.at) best = { at: m.index, type };
  }
  return best?.type ?? null;
}

function compiled(lexicons: Lexicons) {
  const lex = lexicons.referenceHeads;
  let c = cache.get(lex);
  if (!c) {
    const conn = lex.connectors.join('|');
    const word = `(?:\\d+(?:st|nd|rd|th)|[A-Z][\\p{L}'’.-]*[\\p{L}]|[A-Z]{2,}|[A-Z]|\\+\\d?)`;
    const run = new RegExp(`(?:\\b(?:the|The)\\s+)?${word}(?:(?:\\s+|[-–]|\\s*[-–]\\s*)(?:(?:${conn})\\s+)*${word})*`, 'gu');
    const heads = (Object.entries(lex.heads) as [RefType, string[]][]).map(([type, words]) => [new RegExp(`\\b(?:${words.join('|')})\\b`, 'g'), type] as [RegExp, RefType]);
    const generic = new RegExp(`\\b(?:the\\s+)?(?:next|following|first|second|third|\\d+(?:st|nd|rd|th))\\s+((?:${lex.generic.join('|')})\\s+of\\s+(?:the\\s+)?[^,.;]{3,80}?\\bformat)`, 'gi');
    c = { run, heads, generic };
    cache.set(lex, c);
  }
  return c;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
