/**
 * @module reference-candidates
 * Finding the names a statement may refer to, read from the text itself: runs of capitalised
 * words typed by their head noun ("… Climate Forum" → event, "… Secretariat" → organisation),
 * quoted titles, "the next meeting of …" phrases and bare ordinal meetings. `find-references`
 * decides among them and the entity mentions.
 */
import type { ReferenceValue } from '../../model/layers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { isOnlyPlaces, isPlaceName, stripPlaces } from './reference-place-names.ts';
import { namesPeople, namesRelation, peoplePrefix } from './reference-people.ts';
import { splitRuns, typeOf } from './reference-runs.ts';

import type { ReferenceFact } from './reference-names.ts';

export type { ReferenceFact } from './reference-names.ts';
export type RefType = ReferenceValue['type'];
/** A candidate: offsets within the statement. */
export interface Found {
  start: number;
  end: number;
  ref: ReferenceFact;
  generic?: boolean;
  known?: boolean;
  /** A body named as the owner of the name after it ("the SCO’s …"). */
  owner?: boolean;
}

const cache = new WeakMap<
  object,
  {
    run: RegExp;
    heads: [RegExp, RefType][];
    connector: RegExp;
    generic: RegExp;
    bare: RegExp;
    lead: RegExp;
    lowerHead: RegExp | null;
    resolution: RegExp | null;
  }
>();

/** Names typed by their head noun, quoted titles and "next meeting of …" phrases. */
export function textNames(s: string, lexicons: Lexicons): Found[] {
  const c = compiled(lexicons);
  const out: Found[] = [];
  const countries = kbMatchers(lexicons.kb);
  for (const m of splitRuns(s, c, (n) => isPlaceName(n, countries))) {
    // A sentence's first word is capitalised whatever it is: "At the Summit, we …" names no "At the Summit".
    let name = m[0]
      .replace(c.lead, '')
      .replace(/^(?:the|a|an|The|A|An)\s+/, '')
      // "the Northern Union’s efforts": the possessive is no part of the name.
      .replace(/['’]s$/, '')
      .replace(/[\s,'’]+$/, '');
    name = name.replace(/\s+(?:of|the|and|for|on|in|to|at)$/i, '');
    let startAt = m.index + m[0].indexOf(name);
    // "APEC’s Bangkok Goals …", "the EU’s Solidarity Lanes": the owner's possessive opens no name.
    const owner = /^\S+['’]s\s+(?=[A-Z\d])/.exec(name)?.[0];
    if (owner) {
      // A listed body that owns it is referred to ("the SCO’s Development Strategy").
      const body = owner.replace(/['’]s\s+$/, '');
      const hit = countries.groups.find(body)[0];
      if (hit && hit.start === 0 && hit.end === body.length)
        out.push({
          start: startAt,
          end: startAt + body.length,
          ref: { type: 'organization', name: hit.value.name },
          owner: true,
        });
      name = name.slice(owner.length);
      startAt += owner.length;
    }
    // A head noun right after a quoted title ("“China–Central Asia” Secretariat") names it with the title.
    const quoted = /[“"«]([^”"»]{2,80})[”"»]\s*$/.exec(s.slice(Math.max(0, startAt - 90), startAt));
    if (quoted && !/\s/.test(name)) {
      name = `${quoted[1]} ${name}`;
      startAt -= quoted[0].length;
    }
    // "the Leaders of the Group of Seven", "States Parties to the Rarotonga Treaty": their people; the body is named.
    const people = peoplePrefix(name, lexicons);
    if (people) {
      name = name.slice(people.length);
      startAt += people.length;
    }
    let type = typeOf(name, c.heads);
    if (!type) {
      // "the Energy for Growth in Africa initiative": a lower-case head after the name.
      const head = c.lowerHead?.exec(s.slice(startAt + name.length));
      // "Energy for Growth in Africa initiative": a name with "in" inside is read back to its first capital.
      const back = head
        ? /(?:[A-Z][\p{L}'’.-]*\s+(?:(?:of|the|and|for|on|to|at|de)\s+)*)+in\s+$/u.exec(s.slice(0, startAt))
        : null;
      const from = back && !c.lead.test(`${back[0]}the `) ? back.index : startAt;
      const whole = `${s.slice(from, startAt)}${name}`;
      if (head && isLowerHeadName(whole, s.slice(0, from), lexicons)) {
        startAt = from;
        name = `${whole}${head[0]}`;
        type = lowerHeadType(head[1], lexicons);
      }
    }
    if (!type || (name.split(/\s+/).length < 2 && !/^[A-Z]{3,}$/.test(name))) continue;
    // "the Pacific Islands Forum Leaders": the people of a body, not the body ("the Council of Ministers" is one);
    // "… Dialogue Relations": the ties between the parties.
    if (namesPeople(name, lexicons) || namesRelation(name, lexicons)) continue;
    // A run that is only a country or city name ("Republic of Kazakhstan") is no reference.
    if (/^(mechanism|format|platform)$/i.test(stripPlaces(name, lexicons))) continue;
    const whole = countries.countries.find(name)[0] ?? countries.cities.find(name)[0];
    if (whole && whole.start === 0 && whole.end === name.length) continue;
    out.push({ start: startAt, end: startAt + name.length, ref: { type, name } });
  }
  if (c.resolution)
    for (const m of s.matchAll(c.resolution)) {
      // The body that adopted it, in capitals right before ("UN Security Council resolution 2231").
      const body = /(?:[A-Z][\p{L}.'’-]*\s+)+$/u.exec(s.slice(Math.max(0, m.index - 80), m.index))?.[0] ?? '';
      const words = body.split(/\s+/).filter(Boolean);
      // Not a preposition, article or a recital's participle opening the sentence ("Recalling UNSC resolution 2254").
      while (words.length && (c.lead.test(`${words[0]} the `) || /^(?:The|A|An|[A-Z][a-z]+ing)$/.test(words[0])))
        words.shift();
      const own = words.join(' ');
      const start = own ? m.index - body.length + body.indexOf(own) : m.index;
      out.push({
        start,
        end: m.index + m[0].length,
        ref: { type: 'initiative', name: s.slice(start, m.index + m[0].length) },
      });
    }
  for (const m of s.matchAll(/[“"«]([^”"»]{4,120})[”"»]/g)) {
    // "the theme “Building Together,”": the punctuation the quotes close over is no part of the title.
    const name = m[1].trim().replace(/[\s,;:]+$/, '');
    if (
      !/^[A-Z0-9]/.test(name) ||
      isOnlyPlaces(name, lexicons) ||
      out.some((f) => f.start <= m.index + 1 && f.end >= m.index + m[0].length - 1)
    )
      continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: { type: typeOf(name, c.heads) ?? 'initiative', name },
    });
  }
  for (const m of s.matchAll(c.generic))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: {
        type: 'event',
        name: /^(?:the\s+)?(?:next|following)\b/i.test(m[0]) ? m[1] : m[0].replace(/^the\s+/i, ''),
      },
      generic: true,
    });
  for (const m of s.matchAll(c.bare)) {
    const f = { start: m.index, end: m.index + m[0].length };
    // "its first session": the session of something named before, not of the format.
    if (/\b(?:its|their)\s+$/i.test(s.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (!out.some((g) => overlaps(g, f)))
      out.push({ ...f, ref: { type: 'event', name: seriesMeeting(s.slice(0, m.index), m[0]) ?? m[0] } });
  }
  return out.filter(
    (f, i) => !out.some((g, j) => j !== i && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
}

/**
 * A name before a lower-case head noun: not a sentence's capitalised first word alone ("We plan", "This initiative"),
 * not a month ("the July meeting"), and not only states, groups and region words ("the BRICS summit").
 */
function isLowerHeadName(name: string, before: string, lexicons: Lexicons): boolean {
  const words = name.split(/\s+/);
  // "the Presidency’s initiative": a possessor, not a name; "the EU-facilitated dialogue": a modifier.
  if (/['’]s$/.test(name)) return false;
  const suffixes = lexicons.referenceHeads.modifierSuffixes?.words ?? [];
  if (suffixes.some((w) => name.toLowerCase().endsWith(`-${w}`))) return false;
  if (words.length === 1 && /(?:^|[.!?:;]\s*|^\s*[-—–•*·]\s*)$/.test(before.replace(/\s+$/, ' ').trimEnd()))
    return false;
  // "its AI strategy", "our Bay process": the owner's thing, described; a name takes the article.
  const last = /(\S+)\s*$/.exec(before)?.[1]?.toLowerCase();
  if (last && lexicons.referenceHeads.possessiveDeterminers?.words.includes(last)) return false;
  if (words.every((w) => lexicons.dates.monthNumber(w) > 0)) return false;
  // "the Kazakh initiative": a state's initiative, named by the state.
  const adjectives = kbMatchers(lexicons.kb).adjectives.find(name);
  const rest = adjectives.reduceRight((r, h) => r.slice(0, h.start) + r.slice(h.end), name);
  return !!stripPlaces(rest, lexicons)
    .replace(/\b(?:the|of|and|for|in|on)\b/gi, '')
    .trim();
}

function lowerHeadType(head: string, lexicons: Lexicons): RefType {
  const heads = lexicons.referenceHeads.lowerCaseHeads ?? { why: '' };
  for (const type of ['event', 'organization', 'initiative', 'project'] as const)
    if (heads[type]?.includes(head)) return type;
  return 'initiative';
}

/**
 * "a mechanism for meetings of ministers of education in the X format and the holding of the
 * first meeting": a bare ordinal meeting is the first of the series named before it.
 */
function seriesMeeting(before: string, words: string): string | null {
  if (!/^\S+\s+meeting$/i.test(words.trim())) return null;
  const series = /\bmeetings\s+(of\s+[^,.;()]{3,80}?\bformat)\b/i.exec(before);
  if (!series) return null;
  const ordinal = words.trim().split(/\s+/)[0];
  return `${ordinal[0].toUpperCase()}${ordinal.slice(1)} meeting ${series[1]}`;
}

function compiled(lexicons: Lexicons) {
  const lex = lexicons.referenceHeads;
  let c = cache.get(lex);
  if (!c) {
    const conn = lex.connectors.join('|');
    // Dotted abbreviations ("U.S.", "U.K.") first, so "the U.S.-EU Summit" is read whole; an ordinal may be set in
    // superscript markup ("13<sup>th</sup>").
    // A year opens a name before a capitalised word ("the 2030 Agenda", "the 2050 Strategy"); a group's number is a
    // word ("G20", "C5"), and so is a numbered one ("COVID-19"); a word may end in a plural possessive ("the G20 New
    // Delhi Leaders’ Declaration").
    // A compound may end in a dotted abbreviation, its last dot included ("the ASEAN-U.S. Health Futures initiative").
    const dotted = String.raw`(?<=(?:^|[^\p{L}.])(?:[A-Z]\.)+[A-Z])\.`;
    const word =
      `(?:(?:[A-Z]\\.){2,}|\\d+(?:<sup>)?(?:st|nd|rd|th)(?:</sup>)?|\\d{4}(?=\\s+[A-Z])|[A-Z]\\d{1,2}(?![\\p{L}\\d])` +
      `|[A-Z][A-Z\\d]*-\\d+(?![\\p{L}\\d])` +
      `|[A-Z][\\p{L}'’.-]*(?:[\\p{L}]|(?<=s)['’](?=\\s+[A-Z])|${dotted})|[A-Z]{2,}|[A-Z]|\\+\\d?)`;
    // A name may end in its horizon year ("Agenda 2063", "Vision 2040"), never take a year after a preposition.
    const year = String.raw`(?:\s+\d{4}(?![\p{L}\d]))?`;
    const run = new RegExp(
      `(?:\\b(?:the|The)\\s+)?${word}(?:(?:\\s+|[-–]|\\s*[-–]\\s*)(?:(?:${conn})\\s+)*${word})*${year}`,
      'gu',
    );
    const heads = (Object.entries(lex.heads) as [RefType, string[]][]).map(
      ([type, words]) => [new RegExp(`\\b(?:${words.join('|')})\\b`, 'g'), type] as [RegExp, RefType],
    );
    const generic = new RegExp(
      `\\b(?:the\\s+)?(?:next|following|first|second|third|\\d+(?:st|nd|rd|th))\\s+(` +
        `(?:${lex.generic.join('|')})\\s+of\\s+(?:the\\s+)?[^,.;]{3,80}?\\bformat)`,
      'gi',
    );
    // "the 5th meeting", "the 2nd “China-Central Asia” Heads of State Summit": an ordinal meeting without a full name.
    const bare = new RegExp(
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+` +
        `(?:[“"][^”"]{2,40}[”"]\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,5}(?:${lex.generic.join('|')})\\b(?:\\s+of\\s+` +
        `(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s*){1,5})?`,
      'g',
    );
    // The words are data (reference-heads.json `leadingPrepositions`).
    const lead = new RegExp(`^(?:${lex.leadingPrepositions?.words.join('|') || '$^'})\\s+(?=the\\s)`);
    const lower = lex.lowerCaseHeads;
    const lowerWords = lower
      ? (['event', 'organization', 'initiative', 'project'] as const).flatMap((t) => lower[t] ?? [])
      : [];
    // Right after the name (a plural possessive's apostrophe between: "the EU-Caribbean Leaders’ meeting"), singular.
    const lowerHead = lowerWords.length ? new RegExp(`^['’]?\\s+(${lowerWords.join('|')})\\b(?![-‐])`) : null;
    const nr = lex.numberedResolutions;
    const id = String.raw`(?:[A-Z]{1,3}(?:/[A-Z]{2,4})*[-/])?\d+(?:[-/.]\d+)*(?:\s*\(\d{4}\))?`;
    const resolution = nr
      ? new RegExp(
          String.raw`\b(?:${nr.nouns.join('|')})\s+(?:${nr.numberPrefix}\s*)?${id}(?:(?:\s*,\s*|\s+and\s+)${id})*`,
          'g',
        )
      : null;
    const connector = new RegExp(`^(?:${conn})$`, 'i');
    c = { run, heads, connector, generic, bare, lead, lowerHead, resolution };
    cache.set(lex, c);
  }
  return c;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
