/**
 * @module meeting-sentence
 * Finding the candidate sentences: the sentence of the head of the text that names the meeting
 * the document comes from (not one looked forward or back to), and the datelines and stamps that
 * name where a report was filed rather than where the meeting was.
 */
import type { Span } from '../../model/span.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { partnerFormat } from './meeting-format.ts';
import type { MeetingInput } from './meeting-types.ts';
import type { Lexicons, MeetingVerbs } from '../shared/load-lexicons.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';

export const HEAD = 3000;

/**
 * The rules' matchers from `meeting-verbs.json`: "met in Astana" (the meeting's place), a meeting to come ("will hold",
 * "agreed to convene", "the next summit") and one looked back on ("the results of the meeting").
 */
const verbCues = compileOnce((v: MeetingVerbs) => ({
  gathered: new RegExp(
    String.raw`\b(?:${anyOfPhrases(v.gatheredIn.words)})\s+(?:on\s+[^,.;]{3,30}?\s+)?` +
      String.raw`(?:${anyOf(v.gatheredIn.prepositions)})\s+(?:the\s+city\s+of\s+)?[A-Z\u00C0-\u00DD]`,
  ),
  ahead: new RegExp(
    String.raw`\b(?:${anyOfPhrases(v.ahead.intents)})\s+(?:to\s+)?(?:\w+\s+){0,2}(?:${anyOfPhrases(v.ahead.acts)})\b` +
      String.raw`|\bto\s+be\s+(?:\w+\s+)?(?:${anyOfPhrases(v.ahead.toBe.participles)})\b` +
      String.raw`|\bnext\s+(?:${anyOfPhrases(v.ahead.nextNouns)})\b`,
    'i',
  ),
  back: new RegExp(
    String.raw`\b(?:${anyOfPhrases(v.back.heads)}) of (?:the )?(?:\w+ )?(?:${anyOfPhrases(v.back.nouns)})\b`,
    'i',
  ),
}));

const cues = new WeakMap<object, { noun: RegExp; verb: RegExp; weekday: RegExp; recalled: RegExp }>();

/** The cues of `data/lexicons/meeting-sentence.json` as regular expressions (compiled once per lexicons). */
export function cuesOf(lexicons: Lexicons) {
  const lex = lexicons.meetingSentence;
  let c = cues.get(lex);
  if (!c) {
    const any = (words: readonly string[]) => words.join('|');
    const r = lex.recalled;
    c = {
      // Whole words in any script (\b knows only ASCII letters); stems of inflected languages take any ending.
      noun: wholeWord(`(?:${any(lex.meetingNouns.words)})s?|(?:${any(lex.meetingNounStems.words)})\\p{L}*`),
      verb: wholeWord(`(?:${any(lex.meetingVerbs.words)})|(?:${any(lex.meetingVerbStems.words)})\\p{L}*`),
      weekday: new RegExp(`\\b(on |last )?(${any(lex.weekdays.words)})\\b`, 'i'),
      // A meeting recalled ("our meeting in Xi'an two years ago", "last year's summit", "the previous meeting") is not
      // the one reported.
      recalled: new RegExp(
        `\\b(?:(?:${any(r.counts)})\\s+years?\\s+ago|last\\s+year(?:'s)?|(?:${any(r.earlier)})\\s+(?:\\w+\\s+){0,3}` +
          `(?:${any(r.nouns)})s?)\\b`,
        'i',
      ),
    };
    cues.set(lex, c);
  }
  return c;
}

/** A case-insensitive pattern matched as whole words of any script. */
function wholeWord(alternation: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'iu');
}

/**
 * The first sentence of the head that names a meeting (noun plus a date, format or level), else one with a meeting
 * noun, else an empty span.
 */
export function meetingSentence({ text, sentences, lexicons }: MeetingInput): Span & { strong: boolean } {
  const candidates = sentences.filter((s) => s.start < HEAD);
  const m = kbMatchers(lexicons.kb);
  const { noun: MEETING_NOUN, verb: MEETING_VERB, weekday: WEEKDAY, recalled: RECALLED } = cuesOf(lexicons);
  const { gathered: GATHERED, ahead: LOOKING_AHEAD, back: LOOKING_BACK } = verbCues(lexicons.meetingVerbs);
  const strong = candidates.find((s) => {
    const t = text.slice(s.start, s.end);
    // "The ministers met on 23 September in New York": the verb alone names the meeting.
    const names = MEETING_NOUN.test(t) || GATHERED.test(t) || /\bmet\b/.test(t);
    // A past meeting that the statement looks back on ("welcomed the results of the first meeting … held in …") is not
    // this one.
    // The cue words are tested before the dates and names are read (their readers cost more).
    return (
      names &&
      (MEETING_VERB.test(t) || GATHERED.test(t)) &&
      !LOOKING_BACK.test(t) &&
      !LOOKING_AHEAD.test(t) &&
      !RECALLED.test(t) &&
      (lexicons.dates.find(t, 2000).length > 0 ||
        WEEKDAY.test(t) ||
        m.groups.find(t).length > 0 ||
        partnerFormat(t, lexicons) !== null)
    );
  });
  if (strong) return { start: strong.start, end: strong.end, strong: true };
  const weak = candidates.find(
    (s) => MEETING_NOUN.test(text.slice(s.start, s.end)) && !RECALLED.test(text.slice(s.start, s.end)),
  );
  // No sentence names a meeting: an empty span, so no field is read from an unrelated first line.
  return { start: weak?.start ?? 0, end: weak?.end ?? 0, strong: false };
}

/**
 * Blanks (keeping offsets) the clause of a sentence that announces a meeting to come ("the conference to be held on
 * January 25-27, 2023"), from the sentence's start to the first comma or semicolon after the cue that is not inside a
 * date: its date and place are not the document's meeting's, while the rest of the sentence may name that meeting
 * ("…, according to the statement released after the May 12-13 Summit in Washington").
 */
export function maskMeetingsAhead(text: string, sentences: readonly Span[], lexicons: Lexicons): string {
  const ahead = verbCues(lexicons.meetingVerbs).ahead;
  const masked: Span[] = [];
  for (const s of sentences) {
    if (s.start >= text.length) break;
    const sentence = text.slice(s.start, Math.min(s.end, text.length));
    const cue = ahead.exec(sentence);
    if (!cue) continue;
    const rest = sentence.slice(cue.index + cue[0].length);
    const stop = rest.search(/[,;](?!\s*\d)/);
    masked.push({ start: s.start, end: s.start + cue.index + cue[0].length + (stop < 0 ? rest.length : stop) });
  }
  return blankSpans(text, masked);
}

/**
 * The text with the non-space characters of the spans blanked, built once: rebuilding the whole text for each span
 * made a long text with many announcements quadratic. Spans may come in any order and overlap.
 */
function blankSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + text.slice(from, end).replace(/\S/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

const DATELINE = new RegExp(
  String.raw`(^|\n)([ \t]*[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,[ \t]+[A-Z][a-z]+)?[ \t]+(?:–|—|--)(?=[ \t])` +
    String.raw`|[ \t]*[A-Z][A-Za-z .'-]{2,30},(?:[ \t]+[A-Z][a-z]+,)?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}` +
    String.raw`|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?[ \t]*(?:\([^)\n]{2,30}\))?[ \t]*(?:--|–|—|-|:)` +
    String.raw`|[ \t]*[A-Z][A-Z .'-]{2,30},(?:[ \t]+[A-Z][a-z]+,)?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}` +
    String.raw`|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?\.(?=[ \t]+[A-Z])` +
    // An agency credit in parentheses before the place: "(MENAFN- Brazil-Arab News Agency (ANBA)) Brasília –".
    String.raw`|[ \t]*\((?:[^()\n]|\([^()\n]*\)){2,80}\)[ \t]+[A-Z][A-Za-zÀ-ÿ .'-]{2,30}[ \t]+(?:–|—|--)(?=[ \t]))`,
  'g',
);

/**
 * Replaces news datelines ("KUALA LUMPUR, June 18 (Bernama) --", "TASHKENT, Uzbekistan, November 14.",
 * "(Agency) Place –") by spaces, keeping offsets.
 */
export function maskDatelines(text: string): string {
  return text.replace(DATELINE, (_m, lead: string, line: string) => lead + ' '.repeat(line.length));
}

/** A paragraph opening "New Delhi: " (South Asian papers' dateline): a known city and a colon. */
const PLACE_COLON = /(^|\n)([ \t]*)(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}):(?=[ \t]+\p{Lu})/gu;

/** Blanks "City:" datelines whose name is a city the knowledge base knows ("Strengthening Ties:" stays). */
export function maskPlaceColons(text: string, lexicons: Lexicons): string {
  const cities = kbMatchers(lexicons.kb).cities;
  return text.replace(PLACE_COLON, (line, lead: string, pad: string, name: string) =>
    cities.find(name).some((h) => h.start === 0 && h.end === name.length)
      ? lead + pad + ' '.repeat(name.length + 1)
      : line,
  );
}

/** A line that is only a date (a byline or timestamp), or such a date closing a line; weekdays from the lexicon. */
const stampLine = compileOnce((lex: Lexicons['meetingSentence']): RegExp => {
  // A weekday as stamps print it: its first three letters, capitalised, optionally in full ("Fri", "Friday,").
  const weekdays = [...new Set(lex.weekdays.words.map((w) => w[0].toUpperCase() + w.slice(1, 3)))].join('|');
  return new RegExp(
    // An optional leading clock time and zone ("13:30 JST, August 22, 2023"), as Asian papers stamp articles.
    String.raw`^[ \t]*(?:\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,4})?,?[ \t]+)?` +
      String.raw`(?:(?:${weekdays})[a-z]*,?[ \t]+)?` +
      String.raw`(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}` +
      String.raw`|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:[ \t,|-]+\d{1,2}:\d{2}` +
      String.raw`(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$`,
    'gm',
  );
});

/**
 * Blanks date-only lines that give the publication date (a byline "December 22, 2025" under the article):
 * they date the report, not the meeting. Same length, so offsets hold.
 */
export function maskStamps(text: string, lexicons: Lexicons, published?: string): string {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return text;
  const dates = lexicons.dates;
  return text.replace(stampLine(lexicons.meetingSentence), (line) =>
    dates.find(line)[0]?.date === published ? ' '.repeat(line.length) : line,
  );
}
