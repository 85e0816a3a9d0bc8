/**
 * @module meeting-format
 * Finding format and level candidates: the knowledge base's formats named in a region, a
 * "partner–Central Asia" pattern, and the meeting level a region names.
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { anyCase, compoundFormat, coordinatedFormat } from './compound-format.ts';
import type { KbGroup } from '../shared/kb-view.ts';
import { foldKey } from '../shared/name-matcher.ts';
import { compileOnce } from '../shared/compile-once.ts';
import { CENTRAL_ASIA, regionShape, type RegionLexicon } from '../shared/region-shapes.ts';

/** A format found in the text: its GUIDE name, its KB record where linked, and its member states where known. */
export interface FormatHit {
  name: string;
  group: KbGroup | null;
  members: string[];
}

/**
 * The format named first in the regions. Within a region, the format that names a meeting ("the EU-CELAC Summit",
 * "the ASEAN-U.S. Special Summit", known to the knowledge base or not) comes before one only mentioned (the
 * organisations of the sides, named earlier in the sentence); then any KB format; then a partner–Central Asia pattern.
 */
export function findFormat(regions: { text: string }[], lexicons: Lexicons): FormatHit | null {
  const m = kbMatchers(lexicons.kb);
  const namesMeeting = meetingNounAfter(lexicons);
  for (const r of regions) {
    const hits = m.groups.find(r.text).filter((h) => h.value.formatName);
    const qualified = hits.find((h) => namesMeeting.test(r.text.slice(h.end, h.end + 60)));
    const compound = compoundFormat(r.text, lexicons);
    if (compound && (!qualified || compound.start < qualified.start)) {
      const g = compound.group;
      return { name: compound.name, group: g, members: g ? [...g.members] : [] };
    }
    // Two sides named together ("the leaders of the EU and CELAC") are their joint format, not the first of them.
    const formatHit = qualified?.value ?? coordinatedFormat(r.text, lexicons) ?? hits[0]?.value;
    if (formatHit) return { name: formatHit.formatName!, group: formatHit, members: [...formatHit.members] };
    const partner = partnerFormat(r.text, lexicons);
    if (partner) return partner;
  }
  return null;
}

const nounCache = new WeakMap<object, RegExp>();

/** Text that begins with a meeting noun, after up to three capitalised words ("Leaders", "Special"). */
function meetingNounAfter(lexicons: Lexicons): RegExp {
  let re = nounCache.get(lexicons.meetingSentence);
  if (!re) {
    const nouns = anyCase(lexicons.meetingSentence.meetingNouns.words);
    re = new RegExp(String.raw`^[\s'’)]*(?:[A-Z][\p{L}'’]*\s+){0,3}(?:${nouns})s?\b`, 'u');
    nounCache.set(lexicons.meetingSentence, re);
  }
  return re;
}

/**
 * The format that held a KB meeting on a full date the head gives ("AGREEMENT of June 17, 2025"): the date identifies
 * the meeting.
 */
export function formatByDate(regions: { text: string }[], lexicons: Lexicons, published?: string): FormatHit | null {
  const refYear = yearOf(published);
  for (const r of regions) {
    for (const d of lexicons.dates.find(r.text, refYear)) {
      if (d.broken || !d.hasYear || !d.date || d.date.length !== 10) continue;
      const group = formatsByMeetingDate(lexicons.kb).get(d.date);
      if (group) return { name: group.formatName!, group, members: [...group.members] };
    }
  }
  return null;
}

/** Each meeting date of the view's formats → the first format (in the view's order) that met that day. */
const formatsByMeetingDate = compileOnce((kb: Lexicons['kb']) => {
  const byDate = new Map<string, KbGroup>();
  for (const g of kb.groups) {
    if (!g.formatName) continue;
    for (const m of g.meetings) if (m.date && !byDate.has(m.date)) byDate.set(m.date, g);
  }
  return byDate;
});

/** "GCC and Central Asian states", "Central Asia–Japan", "C5+Korea": a partner-plus-region format not in the KB. */
export function partnerFormat(text: string, lexicons: Lexicons): FormatHit | null {
  const re = partnerPattern(lexicons.regions);
  for (const m of text.matchAll(re)) {
    const partner = (m[1] ?? m[2])?.replace(/^(?:(?:The|And|Of|In|On|With|Between|Both|All)\s+)+/, '');
    if (!partner || /^(The|And|Of|In|On|With|Between|States|Countries)$/.test(partner)) continue;
    const region = lexicons.regions.regions[CENTRAL_ASIA]?.names[0] ?? 'Central Asia';
    const name = `${shortName(partner, lexicons)}–${region}`;
    const group = lexicons.kb.groups.find((g) => g.formatName && foldKey(g.formatName) === foldKey(name)) ?? null;
    return {
      name: group?.formatName ?? name,
      group,
      members: group ? [...group.members] : partnerMembers(partner, lexicons),
    };
  }
  return null;
}

/** A partner and the region as the two sides of a format (`regions.json`): "Japan–Central Asia", "C5+Korea". */
const partnerPattern = compileOnce((lexicon: RegionLexicon) => {
  const r = regionShape(lexicon);
  return new RegExp(
    String.raw`\b((?:[A-Z][A-Za-z]+\s+){0,3}[A-Z][A-Za-z]+|[A-Z]{2,6})\)?\s*(?:[-–—+]|\band\s+(?:the\s+)?` +
      String.raw`(?:${r.count}\s+)?)\s*(?:${r.shorthand}\b|${r.adjective}\s+${r.nouns}\b|${r.name}\b)` +
      String.raw`|\b(?:${r.name}|${r.shorthand})\s*(?:[-–—+]|\band\s+)\s*(?:the\s+)?([A-Z][A-Za-z]+|[A-Z]{2,6})\b`,
    'g',
  );
});

/** The partner's states (a country, or an organisation's members) plus the Central Asian states. */
function partnerMembers(partner: string, lexicons: Lexicons): string[] {
  const { iso, org } = partnerOf(partner, lexicons);
  const side = iso ? [iso] : org ? [...org.members] : [];
  if (!side.length) return [];
  return [...new Set([...side, ...(lexicons.actors.regions[CENTRAL_ASIA] ?? [])])].sort();
}

/**
 * A country adjective or alias becomes the country's short name ("Chinese" → "China"), an organisation its acronym
 * ("GCC").
 */
function shortName(partner: string, lexicons: Lexicons): string {
  const { iso, org } = partnerOf(partner, lexicons);
  if (iso) return lexicons.kb.countries.find((c) => c.iso2 === iso)?.name ?? partner;
  return (org && (org.names.find((n) => /^[A-Z]{2,6}$/.test(n)) ?? org.name)) || partner;
}

/** The country (by name or adjective) a partner's words name, else the organisation they name whole. */
function partnerOf(partner: string, lexicons: Lexicons): { iso?: string; org?: KbGroup } {
  const m = kbMatchers(lexicons.kb);
  const iso = m.countries.find(partner)[0]?.value ?? m.adjectives.find(partner)[0]?.value;
  return iso ? { iso } : { org: m.groups.find(partner).find((h) => h.end - h.start === partner.length)?.value };
}

const levelCache = new WeakMap<object, { level: MeetingLevel; re: RegExp }[]>();

export function findLevel(regions: { text: string }[], lexicons: Lexicons): MeetingLevel | null {
  let levels = levelCache.get(lexicons.meetingLevels);
  if (!levels) {
    levels = lexicons.meetingLevels.levels.map((l) => ({
      level: l.level,
      re: new RegExp(`\\b(?:${l.patterns.join('|')})`, 'i'),
    }));
    levelCache.set(lexicons.meetingLevels, levels);
  }
  return firstOf(regions, (r) => levels!.find((l) => l.re.test(r.text))?.level ?? null);
}

/**
 * The level of the first named body of a format in the regions ("Korea–Central Asia Cooperation Forum" → foreign
 * ministers).
 */
export function bodyLevel(regions: { text: string }[], lexicons: Lexicons): MeetingLevel | null {
  const m = kbMatchers(lexicons.kb);
  return firstOf(regions, (r) => m.bodies.find(r.text)[0]?.value ?? null);
}

/**
 * The level shown by who signs: a signature block of presidents ("President of the Kyrgyz Republic")
 * is a heads-of-state document, of foreign ministers a foreign ministers' one. Only the closing lines count.
 */
export function signatoryLevel(text: string): MeetingLevel | null {
  const tail = text.slice(-1500);
  const lines = [
    ...tail.matchAll(
      new RegExp(
        String.raw`^[ \t]*(?:the\s+)?(President|Prime\s+Minister|Chairman|King|Emir|Sultan` +
          String.raw`|Minister\s+of\s+Foreign\s+Affairs|Foreign\s+Minister)\b(?:\s+of\b[^\n]{0,80})?[ \t]*$`,
        'gim',
      ),
    ),
  ].map((m) => m[1].toLowerCase());
  if (!lines.length) return null;
  return lines.every((l) => /foreign/.test(l))
    ? 'foreign-ministers'
    : lines.some((l) => !/minister/.test(l) || /prime/.test(l))
      ? 'heads-of-state'
      : null;
}

export function firstOf<R, T>(regions: R[], pick: (r: R) => T | null): T | null {
  for (const r of regions) {
    const v = pick(r);
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

export function yearOf(s?: string): number | null {
  const y = s ? Number(s.slice(0, 4)) : NaN;
  return Number.isFinite(y) && y > 1900 ? y : null;
}
