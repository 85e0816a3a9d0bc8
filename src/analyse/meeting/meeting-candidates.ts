/**
 * @module meeting-candidates
 * Finding what the text says of the meeting it comes from (or reports on), field by field, in the order of trust of
 * the places it reads: the sentence that names it (`meeting-sentence`), its format and level (`meeting-format`), date
 * (`meeting-date`) and place (`meeting-place`) from that sentence, the title and the head of the text. Deciding
 * among them and the knowledge base's record is `decide-meeting`.
 */
import type { Span } from '../../model/span.ts';
import type { MeetingLevel } from '../../model/layers.ts';
import { findEdition } from './meeting-edition.ts';
import {
  HEAD,
  maskDatelines,
  maskMeetingsAhead,
  maskPlaceColons,
  maskStamps,
  meetingSentence,
} from './meeting-sentence.ts';
import type { MeetingInput, MeetingNote } from './meeting-types.ts';
import {
  virtualCue,
  declarationVenue,
  namedVenue,
  findPlace,
  isSpeech,
  placeDateStamp,
  venueCountry,
} from './meeting-place.ts';
import {
  bodyLevel,
  findFormat,
  findLevel,
  formatByDate,
  signatoryLevel,
  yearOf,
  type FormatHit,
} from './meeting-format.ts';
import { hostPartnerFormat } from './host-partner-format.ts';
import { type DateHit, findDate, relativeDate, yearFromRecord } from './meeting-date.ts';
import { headStamp } from './head-stamp.ts';

/** What the text says of the meeting, each field read from the most trusted place that gives it. */
export interface MeetingCandidates {
  /** The input with datelines and stamps blanked. */
  readonly input: MeetingInput;
  /** The sentence that names the meeting (empty when none does). */
  readonly sentence: Span & { strong: boolean };
  readonly format: FormatHit | null;
  readonly level: MeetingLevel | null;
  readonly edition: number | null;
  readonly date: DateHit | null;
  readonly place: { city: string | null; country: string | null } | null;
  /** True when the naming sentence itself places the meeting (or says it was held online). */
  readonly placeInSentence: boolean;
  readonly virtual: boolean;
  /** What the reading noticed (broken dates, years from context, a virtual meeting). */
  readonly notes: MeetingNote[];
}

/** Reads the meeting's fields from the text. @example findMeetingCandidates(input).format?.name */
export function findMeetingCandidates(raw: MeetingInput): MeetingCandidates {
  // Datelines name where the report was filed, not where the meeting was: blank them (same length).
  const datelined = maskPlaceColons(maskDatelines(raw.text), raw.lexicons);
  const input = { ...raw, text: maskStamps(datelined, raw.lexicons, raw.meta.published) };
  const { text, meta, lexicons } = input;
  const notes: MeetingNote[] = [];
  const sentence = meetingSentence(input);
  // Fields must not come from a meeting the text announces for later.
  const ahead = maskMeetingsAhead(text, input.sentences, lexicons);
  const title = meta.title && !/^unknown\b/i.test(meta.title) ? meta.title : '';
  const head = ahead.slice(0, HEAD);
  // Regions in order of trust: the naming sentence, the title, the head of the text.
  const regions: { text: string; offset: number }[] = [
    { text: ahead.slice(sentence.start, sentence.end), offset: sentence.start },
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
  const speech = isSpeech(text, meta, lexicons);
  const stamp = speech ? placeDateStamp(text, lexicons) : raw.kind !== 'news' ? headStamp(text, lexicons) : null;
  const stampFirst = !speech && !sentence.strong ? stamp : null;
  const found: DateHit | null =
    stampFirst?.date ??
    findDate(regions.slice(0, 1), refYear, notes, lexicons) ??
    relativeDate(regions[0].text, meta.published, notes, lexicons) ??
    stamp?.date ??
    findDate(regions.slice(1), refYear, notes, lexicons) ??
    relativeDate(text.slice(0, 600), meta.published, notes, lexicons);
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
  const online = virtualCue(lexicons.meetingVerbs);
  const virtual = online.test(regions[0].text) || online.test(title);
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
  const partner = hostPartnerFormat(format, place?.country ?? null, lexicons.kb);
  if (partner)
    notes.push({
      severity: 'info',
      rule: 'host-partner-format',
      message: `${format?.name} met in a non-member state: the partner format ${partner.name}`,
    });

  return { input, sentence, format: partner ?? format, level, edition, date, place, placeInSentence, virtual, notes };
}
