/**
 * @module meeting-signature
 * What a document says about the meeting it comes from or reports on, as the grouping of
 * reports with meetings compares it: the analysed meeting (format, level, edition, date,
 * city), the publication date, the events and people it names, and the words of its title.
 */
import type { Annotation, Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import type { EntityMentionValue, ParticipantValue } from '../../model/layers.ts';
import { terms } from '../retrieval/terms.ts';
import { meetingIdOf, meetingOf } from './meeting-of.ts';

/** A day (`YYYY-MM-DD`) or, when only the month is known, a month (`YYYY-MM`). */
export type LooseDate = string;

export interface MeetingSignature {
  readonly documentId: string;
  readonly meetingId: string | null;
  readonly formatId: string | null;
  readonly format: string | null;
  readonly level: string | null;
  readonly edition: number | null;
  /** The meeting's first day as the analysis gives it. */
  readonly date: string | null;
  readonly end: string | null;
  readonly city: string | null;
  readonly published: LooseDate | null;
  /** Knowledge-base ids of the events the document names. */
  readonly events: readonly string[];
  /** Ids of the people it names (participants and person mentions). */
  readonly people: readonly string[];
  /** Index terms of its title. */
  readonly title: readonly string[];
  /** The title, folded, to find a city named in it ("Los Angeles Declaration"). */
  readonly titleText: string;
}

/** The signature of an analysed document. @example signatureOf(doc, layers).published === '2022-05' */
export function signatureOf(document: Document, layers: Layers): MeetingSignature {
  const m = meetingOf(layers) as (ReturnType<typeof meetingOf> & { end?: string | null; city?: string | null }) | null;
  const mentions = ((layers.entities ?? []) as readonly Annotation<EntityMentionValue>[]).map((a) => a.value);
  const participants = ((layers.participants ?? []) as readonly Annotation<ParticipantValue>[]).map((a) => a.value);
  const title = (document.meta.title ?? '').replace(/\([^)]*\)/g, ' ');
  return {
    documentId: document.id,
    meetingId: meetingIdOf(layers),
    formatId: m?.formatId ?? null,
    format: m?.format ?? null,
    level: m?.level ?? null,
    edition: m?.edition ?? null,
    date: m?.date && m.date.length >= 10 ? m.date.slice(0, 10) : null,
    end: m?.end ?? null,
    city: m?.city ?? null,
    // A header may state only the month ("unknown (May 2022)"); the reader keeps that in `extra`.
    published: looseDate(document.meta.published ?? document.meta.extra?.published),
    events: unique(mentions.filter((v) => v.type === 'event' && v.known).map((v) => v.entityId)),
    people: unique([
      ...mentions.filter((v) => v.type === 'person').map((v) => v.entityId),
      ...participants.map((p) => p.entityId ?? `name:${fold(p.name)}`),
    ]),
    title: unique(terms(title)),
    titleText: fold(title),
  };
}

/**
 * The day or month a `published` header gives: `2022-09-29`, or `unknown (May 2022)` → `2022-05`.
 * @example looseDate('unknown (June 2022)') === '2022-06'
 */
export function looseDate(published: string | undefined): LooseDate | null {
  if (!published) return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  if (day) return day[1]!;
  const month = /([A-Za-z]+)\s+(\d{4})/.exec(published);
  if (!month) return null;
  const parsed = Date.parse(`1 ${month[1]} ${month[2]} UTC`);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 7);
}

/** Case and diacritics folded, punctuation as spaces. */
export function fold(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)].sort();
}
