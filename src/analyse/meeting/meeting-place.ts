/**
 * @module meeting-place
 * Finding place candidates for the meeting: the venue a region names, a declaration's "done at"
 * venue, place-and-date stamps, and the host country of a speech.
 */
import type { DocumentMeta } from '../../model/document.ts';
import type { Lexicons, MeetingVerbs } from '../shared/load-lexicons.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { HEAD } from './meeting-sentence.ts';
import type { DateHit } from './meeting-date.ts';
import { firstOf } from './meeting-format.ts';
import { stampArticle } from './head-stamp.ts';

/** A meeting held by video link or online has no venue (`meeting-verbs.json` online). */
export const virtualCue = compileOnce((v: MeetingVerbs): RegExp => {
  const o = v.online;
  return new RegExp(
    String.raw`\b(?:${anyOf(o.channels)})\s+(?:a\s+)?video(?:[\s-]*(?:${anyOf(o.videoKinds)}))?\b` +
      String.raw`|\bvideo[\s-]*conferenc\w*|\b(?:${anyOf(o.modes)})\s+(?:${anyOf(o.nouns)})\b` +
      String.raw`|\bheld\s+(?:${anyOf(o.held)})\b`,
    'i',
  );
});

export function findPlace(
  regions: { text: string }[],
  lexicons: Lexicons,
  country: string | null = null,
): { city: string; country: string } | null {
  const m = kbMatchers(lexicons.kb);
  return firstOf(regions, (r) => {
    // A city name that opens a longer proper name ("Shanghai Cooperation Organisation", "Astana Declaration") is no
    // venue.
    const cities = m.cities.find(r.text).filter((h) => !country || h.value.country === country);
    // The states' names are read only where a city could lie inside one (most regions name no city).
    const states = cities.length ? m.countries.find(r.text) : [];
    const hit = cities
      .filter((h) => !insideLongerName(h, states))
      .find(
        (h) =>
          !nameGoesOn(lexicons).test(r.text.slice(h.end, h.end + 20)) &&
          !decidedOn(lexicons.meetingVerbs).test(r.text.slice(Math.max(0, h.start - 40), h.start)),
      );
    const capital = capitalNamed(r.text, lexicons);
    if (capital && (!hit || capital.at < hit.start) && (!country || capital.city.country === country))
      return capital.city;
    return hit ? { city: hit.value.name, country: hit.value.country } : null;
  });
}

/**
 * "Salvador" in "the Republic of El Salvador", "Guatemala" in "the Republic of Guatemala": a city whose name lies
 * inside a longer state name is the state, not a venue (a city-state's own name, "Singapore", is as long and stays).
 */
function insideLongerName(
  h: { start: number; end: number },
  names: readonly { start: number; end: number }[],
): boolean {
  return names.some((n) => n.start <= h.start && n.end >= h.end && n.end - n.start > h.end - h.start);
}

/**
 * A city that a decision is about ("declaring the city of Qingdao … cultural capital") is not where the decision was
 * taken.
 */
const decidedOn = compileOnce(
  (v: MeetingVerbs) =>
    new RegExp(String.raw`\b(?:${anyOf(v.designation.stems)})\w*\s+(?:the\s+(?:city|town)\s+of\s+)?$`, 'i'),
);

const declarationAdopted = compileOnce((v: MeetingVerbs) => {
  const name = String.raw`([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)`;
  return new RegExp(String.raw`\b(?:${anyOf(v.outcomeAdopted.words)})\s+(?:the\s+)?${name}\s+Declaration\b`, 'g');
});

/** "signed the Astana Declaration": an outcome document named after a city was adopted there (the fallback venue). */
export function declarationVenue(text: string, lexicons: Lexicons): { city: string; country: string } | null {
  const m = kbMatchers(lexicons.kb);
  for (const d of text.matchAll(declarationAdopted(lexicons.meetingVerbs))) {
    const hit = m.cities.find(d[1]).find((h) => h.start === 0 && h.end === d[1].length);
    if (hit) return { city: hit.value.name, country: hit.value.country };
  }
  return null;
}

const goesOnCache = new WeakMap<object, RegExp>();

/** A capitalised word after a city that is not a month (the lexicon's): the city is part of a longer name. */
function nameGoesOn(lexicons: Lexicons): RegExp {
  let re = goesOnCache.get(lexicons.dates);
  if (!re) {
    re = new RegExp(String.raw`^[ \t]+(?!${lexicons.dates.monthPattern}(?!\p{L}))\p{Lu}\p{Ll}`, 'u');
    goesOnCache.set(lexicons.dates, re);
  }
  return re;
}

/** How a speaker addresses the audience (`meeting-verbs.json` speechAddress). */
const addressCue = compileOnce(
  (v: MeetingVerbs): RegExp => new RegExp(String.raw`\b(?:${anyOf(v.speechAddress.words)})\b`),
);

/** A speech: declared so, or addressing its audience ("Your Excellency", "Ladies and gentlemen", "Dear colleagues"). */
export function isSpeech(text: string, meta: DocumentMeta, lexicons: Lexicons): boolean {
  if (meta.kind) return meta.kind === 'speech';
  return addressCue(lexicons.meetingVerbs).test(text.slice(0, HEAD));
}

/**
 * A speech's place-and-date line, "Astana, June 17, 2025", at its start or end: where and when it was
 * delivered. The first such pair (a known city, a comma, a full date with its year) in the head or the tail.
 */
export function placeDateStamp(
  text: string,
  lexicons: Lexicons,
): { date: DateHit; place: { city: string; country: string } } | null {
  const m = kbMatchers(lexicons.kb);
  const tailAt = Math.max(HEAD, text.length - 600);
  for (const [from, part] of [
    [0, text.slice(0, HEAD)],
    [tailAt, text.slice(tailAt)],
  ] as const) {
    for (const c of m.cities.find(part)) {
      const after = /^,[ \t]+/.exec(part.slice(c.end, c.end + 3));
      // "view of Almaty, March 3, 2024" (a caption), "in Astana, June 17": a place inside a phrase, not a line of its
      // own.
      if (!after || /\b(?:of|in|at|near|from|to|for|the)\s+$/i.test(part.slice(Math.max(0, c.start - 12), c.start)))
        continue;
      const article = stampArticle(lexicons.datePhrases).exec(part.slice(c.end + after[0].length));
      const at = c.end + after[0].length + (article?.[0].length ?? 0);
      const d = lexicons.dates.find(part.slice(at, at + 30))[0];
      if (d?.start !== 0 || d.broken || !d.hasYear || d.date?.length !== 10) continue;
      return {
        date: { ...d, start: from + at, end: from + at + d.end, tied: true },
        place: { city: c.value.name, country: c.value.country },
      };
    }
  }
  return null;
}

/**
 * The country a meeting sentence places the meeting in ("held in Luxembourg", "met in the Republic of Korea"), or null.
 */
export function venueCountry(sentence: string, lexicons: Lexicons): string | null {
  const m = kbMatchers(lexicons.kb);
  for (const v of sentence.matchAll(venueCues(lexicons.meetingVerbs).country)) {
    const at = v.index + v[0].length;
    const hit = m.countries.find(sentence.slice(at, at + 60))[0];
    if (hit && /^(?:the\s+)?$/i.test(sentence.slice(at, at + hit.start))) return hit.value;
  }
  return null;
}

/** "in the Kyrgyz capital", "the capital of Kazakhstan": news names the venue by its country. */
function capitalNamed(
  text: string,
  lexicons: Lexicons,
): { at: number; city: { city: string; country: string } } | null {
  const m = kbMatchers(lexicons.kb);
  for (const c of text.matchAll(
    /\b(?:in|at)\s+the\s+(?:([A-Z][a-z]+)\s+capital|capital\s+of\s+((?:the\s+)?[A-Z][\w' ]{2,40}))\b/g,
  )) {
    const words = c[1] ?? c[2];
    const iso = m.adjectives.find(words)[0]?.value ?? m.countries.find(words)[0]?.value;
    const city = iso ? lexicons.kb.cities.find((x) => x.country === iso && x.capital) : undefined;
    if (city) return { at: c.index, city: { city: city.name, country: city.country } };
  }
  return null;
}

/**
 * A venue the knowledge base does not list, named where the meeting sentence says it took place: "gathered in
 * Apulia", "met in Borgo Egnazia, Italy, on …". The name is taken as printed; its country from the words after it
 * when they name one. Not a country, a month or a weekday.
 */
export function namedVenue(sentence: string, lexicons: Lexicons): { city: string; country: string | null } | null {
  const m = kbMatchers(lexicons.kb);
  for (const v of sentence.matchAll(venueCues(lexicons.meetingVerbs).place)) {
    const name = v[1];
    const whole = (hits: readonly { start: number; end: number }[]) =>
      hits.some((h) => h.start === 0 && h.end === name.length);
    if (whole(m.countries.find(name)) || whole(m.groups.find(name))) continue;
    if (lexicons.dates.monthNumber(name) || lexicons.meetingSentence.weekdays.words.includes(name.toLowerCase()))
      continue;
    const country = v[2] ? (m.countries.find(v[2]).find((h) => h.start === 0)?.value ?? null) : null;
    return { city: name, country };
  }
  return null;
}

/** "held in Luxembourg"; "met in Borgo Egnazia, Italy, on …" (`meeting-verbs.json`). */
const venueCues = compileOnce((v: MeetingVerbs) => ({
  country: new RegExp(String.raw`\b(?:${anyOfPhrases(v.venueCountry.words)})\b[^.;]{0,60}?\bin\s+`, 'gi'),
  place: new RegExp(
    String.raw`\b(?:${anyOfPhrases(v.venue.words)})\b[^.;]{0,40}?(?<!\p{L})(?:${anyOf(v.venue.prepositions)})\s+` +
      String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2}))?` +
      String.raw`(?=\s*[,.;]|\s+(?:${anyOf(v.venue.followers)})\b)`,
    'gu',
  ),
}));
