/**
 * @module detect-meeting
 * Decides the meeting a document comes from (or reports on) among the candidates its parts find:
 * the sentence that names it (`meeting-sentence`), its format and level (`meeting-format`), date
 * (`meeting-date`) and place (`meeting-place`) from that sentence, the title and the head of the
 * text, and finally confirms or fills the fields from the knowledge base's meeting record when
 * one is identified (`meeting-record`).
 */
import type { MeetingValue } from '../../model/layers.ts';
import { findEdition } from './meeting-edition.ts';
import { HEAD, maskDatelines, maskStamps, meetingSentence } from './meeting-sentence.ts';
import type { MeetingFinding, MeetingInput, MeetingNote } from './meeting-types.ts';
import {
  VIRTUAL,
  declarationVenue,
  namedVenue,
  findPlace,
  isSpeech,
  placeDateStamp,
  venueCountry,
} from './meeting-place.ts';
import { bodyLevel, findFormat, findLevel, formatByDate, signatoryLevel, yearOf } from './meeting-format.ts';
import { type DateHit, findDate, relativeDate, yearFromRecord } from './meeting-date.ts';
import { fillFromRecord, linkMeeting } from './meeting-record.ts';
import { headStamp } from './head-stamp.ts';

export type { MeetingFinding, MeetingInput, MeetingNote } from './meeting-types.ts';

export function detectMeeting(raw: MeetingInput): MeetingFinding {
  // Datelines name where the report was filed, not where the meeting was: blank them (same length).
  const input = { ...raw, text: maskStamps(maskDatelines(raw.text), raw.lexicons.dates, raw.meta.published) };
  const { text, meta, lexicons } = input;
  const notes: MeetingNote[] = [];
  const sentence = meetingSentence(input);
  const title = meta.title && !/^unknown\b/i.test(meta.title) ? meta.title : '';
  const head = text.slice(0, HEAD);
  // Regions in order of trust: the naming sentence, the title, the head of the text.
  const regions: { text: string; offset: number }[] = [
    { text: text.slice(sentence.start, sentence.end), offset: sentence.start },
    { text: title, offset: -1 },
    { text: head, offset: 0 },
  ];
  const format =
    findFormat(regions.slice(0, 1), lexicons) ??
    formatByDate(regions, lexicons, meta.published) ??
    findFormat(regions.slice(1), lexicons);
  const textLevel = findLevel(regions, lexicons);
  // A named body of the format ("Korea–Central Asia Cooperation Forum") says who meets better than the generic noun
  // "forum".
  const level =
    (textLevel === null || textLevel === 'other' ? bodyLevel(regions, lexicons) : null) ??
    textLevel ??
    signatoryLevel(text);
  // Outside the naming sentence an ordinal may count another series ("set the stage for the second Summit").
  const edition = findEdition(regions, {
    lexicons,
    level,
    formatId: format?.group?.id ?? null,
    formatNames: format?.group?.names ?? (format ? [format.name] : []),
    bodies: raw.bodies ?? [],
  });
  const refYear = yearOf(meta.published) ?? yearOf(/\b(20\d\d)\b/.exec(head)?.[1]);
  // A speech's place-and-date line ("Astana, June 17, 2025") dates and places it better than a photo caption in the
  // head.
  // A primary document's opening place and date lines beat a sentence that only mentions some meeting.
  const speech = isSpeech(text, meta);
  const stamp = speech ? placeDateStamp(text, lexicons) : raw.kind !== 'news' ? headStamp(text, lexicons) : null;
  const stampFirst = !speech && !sentence.strong ? stamp : null;
  const found: DateHit | null =
    stampFirst?.date ??
    findDate(regions.slice(0, 1), refYear, notes, lexicons) ??
    relativeDate(regions[0].text, meta.published, notes) ??
    stamp?.date ??
    findDate(regions.slice(1), refYear, notes, lexicons) ??
    relativeDate(text.slice(0, 600), meta.published, notes);
  // Without a publication date the year was guessed from the first year in the text: the format's own meeting on that
  // day and month knows better.
  const date =
    found && !found.hasYear && yearOf(meta.published) === null
      ? yearFromRecord(found, format?.group ?? null, edition, notes)
      : found;
  const inSentence: { city: string | null; country: string | null } | null =
    stampFirst?.place ?? findPlace(regions.slice(0, 1), lexicons);
  // "held in Luxembourg", "met in China": the sentence gives the venue's country; a city read elsewhere must lie in it.
  const venue = inSentence ? null : venueCountry(regions[0].text, lexicons);
  // A venue the knowledge base does not list ("gathered in Apulia"), where the sentence names no known place.
  const unlisted = inSentence || venue ? null : namedVenue(regions[0].text, lexicons);
  const virtual = VIRTUAL.test(regions[0].text) || VIRTUAL.test(title);
  if (virtual)
    notes.push({
      severity: 'info',
      rule: 'virtual-meeting',
      message: 'Meeting held by video link or online: no venue',
    });
  const place: { city: string | null; country: string | null } | null = virtual
    ? null
    : (inSentence ??
      unlisted ??
      (venue
        ? (findPlace(regions.slice(1), lexicons, venue) ?? { city: null, country: venue })
        : (stamp?.place ?? findPlace(regions.slice(1), lexicons) ?? declarationVenue(text, lexicons))));
  const placeInSentence = inSentence !== null || venue !== null || unlisted !== null || virtual;

  let value: MeetingValue = {
    format: format?.name ?? null,
    formatId: format?.group?.id ?? null,
    level,
    edition,
    date: date?.date ?? null,
    end: date?.until ?? null,
    city: place?.city ?? null,
    country: place?.country ?? null,
  };
  let rule = 'text';
  const record = format?.group ? linkMeeting(format.group.meetings, value, meta.published, text) : null;
  if (record) {
    // A place read only from the head (not the naming sentence) may be another meeting's: the record wins.
    if (!placeInSentence && record.meeting.city) value = { ...value, city: null, country: null };
    // The text names the meeting by edition and level but dates something else (talks on its eve, a trip around it):
    // the record's date stands unless a meeting verb ties the text's date to the meeting.
    const otherDate =
      record.how === 'edition' &&
      record.meeting.date &&
      value.date &&
      value.date !== record.meeting.date &&
      !date?.tied;
    if (otherDate)
      notes.push({
        severity: 'info',
        rule: 'kb-date',
        message:
          `Text date ${value.date} is not tied to the meeting; ` +
          `date ${record.meeting.date} taken from the knowledge base meeting record ${record.meeting.id}`,
      });
    value = fillFromRecord(
      otherDate ? { ...value, date: null, end: null } : value,
      record.meeting,
      date?.broken ?? false,
      notes,
    );
    if (virtual) value = { ...value, city: null, country: null };
    rule = `kb-${record.how}`;
  }
  const known = [value.format, value.level, value.date, value.city].filter((x) => x !== null).length;
  const confidence = Math.min(0.95, 0.35 + known * 0.13 + (record ? 0.1 : 0)) - (date?.broken ? 0.2 : 0);
  return {
    start: sentence.start,
    end: sentence.end,
    value,
    confidence: Math.round(confidence * 100) / 100,
    rule,
    notes,
  };
}
