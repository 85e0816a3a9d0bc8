/**
 * @module tracked-commitment
 * What the tracker follows: each commitment, and each endorsement of something still to happen
 * ("welcome the holding of …"), with what identifies its object in a later text: the named
 * events, institutions and initiatives it refers to (anchors) and its word pairs (topics).
 * A statement that names nothing and points back ("committed to close coordination for a
 * successful summit", "in this area") borrows from the statement before it in the same clause.
 */
import type { MeetingValue, ReferenceValue, Sector, StatementKind, StatementValue } from '../model/layers.ts';
import { commitmentKey } from '../model/link.ts';
import { endOfPeriod, isAfter } from './dates.ts';
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import { isPartyReference } from './partner-reference.ts';
import { promisedActs } from './promised-acts.ts';
import { sourceName } from './source-name.ts';
import { withoutThemes } from './text-topics.ts';
import {
  type Anchor,
  acronymOf,
  anchorOf,
  createdBodies,
  isIdentifying,
  objectHeads,
  topicsOf,
} from './object-terms.ts';

export interface TrackedCommitment {
  readonly key: string;
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly clause: string;
  readonly kind: StatementKind;
  readonly actors: readonly string[];
  readonly sectors: readonly Sector[];
  /** When it is due, as the last ISO day of the period the text fixes; null when open-ended. */
  readonly due: string | null;
  /** ISO date it was made (the meeting's, else the document's). */
  readonly madeOn: string | null;
  readonly format: string | null;
  readonly meetingId: string | null;
  readonly anchors: readonly Anchor[];
  /** Word pairs ("poverty reduction"), as sorted `a b` keys. */
  readonly topics: readonly string[];
  /** Bodies it creates named by generic nouns only ("working group"), as pair keys, also among its topics. */
  readonly bodies?: readonly string[];
  /** Heads of what the promised act is done to ("exercise" for "hold trilateral exercises"). */
  readonly objects?: readonly string[];
  /** Its acts as `verb object` forms ("acceler exchange"), found again in a report of the act done. */
  readonly acts?: readonly string[];
  /** The name later texts call its source text by ("los angeles declaration"), if its title gives one. */
  readonly sourceName?: string | null;
  /** A promise to meet again, and the level of the meeting that made it. */
  readonly meetsAgain?: boolean;
  readonly level?: string | null;
}

/** A stored statement with its text. */
export interface StatementInput {
  readonly start: number;
  readonly end: number;
  readonly value: StatementValue;
}

export interface CommitmentSource {
  readonly documentId: string;
  readonly text: string;
  /** The meeting the document comes from, if the analysis found one. */
  readonly meeting: (MeetingValue & { meetingId?: string }) | null;
  /** ISO date of the document (publication). */
  readonly published: string | null;
  /** The document's title, if known. */
  readonly title?: string | null;
  readonly statements: readonly StatementInput[];
}

/**
 * The statements of a document that can be followed, in document order.
 * @example trackedCommitments(source, implementationLexicon()).map((c) => c.clause)
 */
export function trackedCommitments(source: CommitmentSource, lex: ImplementationLexicon): TrackedCommitment[] {
  const madeOn = source.meeting?.date ?? source.published;
  const formatWords = new Set(wordsOfFormat(source.meeting?.format ?? null));
  const statements = [...source.statements].sort((a, b) => a.start - b.start);
  const out: TrackedCommitment[] = [];
  const name = sourceName(source.title, lex);
  statements.forEach((s, i) => {
    const text = source.text.slice(s.start, s.end);
    if (!isTracked(s.value, text, madeOn, lex)) return;
    const sameClause = [...statements.slice(0, i)].reverse().filter((p) => p.value.clause === s.value.clause);
    const before = sameClause[0];
    const named = sameClause.find((p) => p.value.references.length);
    const pointsBack = before && new RegExp(lex.anaphora.source, 'iu').test(text);
    // Only a statement that points back borrows what an earlier one names: "we are resolved to
    // maintain peace" beside a sentence naming an exercise is not a promise about the exercise.
    const borrowed = pointsBack ? (named?.value.references ?? []) : [];
    const references = s.value.references.length ? s.value.references : borrowed;
    const context = pointsBack ? `${source.text.slice(before.start, before.end)} ${text}` : text;
    // A promise made "to this end" serves the aim of the initiative named before: its object, as an aim.
    const serves = !s.value.references.length && borrowed.length > 0 && text.search(lex.purposeAnaphora) >= 0;
    // An institution or programme the promise does not create is its setting or partner, not its
    // object; nor is one of the parties making it.
    const frameworks = references.filter(
      (r) =>
        isFramework(r, source.text, lex.framework) ||
        (r.type === 'event' && isEventSetting(r, source.text, lex)) ||
        isPartyReference(r, formatWords, s.value.actors, lex.fillerWords) ||
        (r.type !== 'event' && !serves && !isCreated(r, source.text, lex)),
    );
    const anchors = references
      .filter((r) => !frameworks.includes(r))
      .map((r) => anchorOf(r, formatWords, lex, acronymOf(r, source.text)))
      .filter((a) => isIdentifying(a, lex))
      .map((a) => (serves && a.type !== 'event' ? { ...a, aim: true } : a));
    // The words of a framework's name are not the promise's topic either.
    const topicText = frameworks.reduce((t, r) => t.split(r.name).join(' '), context);
    const bodies = createdBodies(text, lex);
    out.push({
      key: commitmentKey({ documentId: source.documentId, start: s.start, end: s.end }),
      documentId: source.documentId,
      start: s.start,
      end: s.end,
      clause: s.value.clause,
      kind: s.value.kind,
      actors: s.value.actors,
      sectors: s.value.sectors,
      due: dueDate(s.value.deadline, references, latest(madeOn, source.published)),
      madeOn,
      format: source.meeting?.format ?? null,
      meetingId: source.meeting?.meetingId ?? null,
      anchors,
      topics: [...new Set([...topicsOf(topicText, formatWords, lex), ...bodies])],
      bodies,
      objects: [...new Set([...objectHeads(text, formatWords, lex), ...reportedUnits(text, lex)])],
      acts: promisedActs(text, formatWords, lex),
      sourceName: name,
      meetsAgain: text.search(lex.meetAgain) >= 0,
      level: source.meeting?.level ?? null,
    });
  });
  return withoutThemes(out);
}

/** Commitments, and endorsements of an event dated after the meeting or of a holding/opening still to come. */
function isTracked(v: StatementValue, text: string, madeOn: string | null, lex: ImplementationLexicon): boolean {
  if (v.kind === 'commitment') return true;
  if (v.kind !== 'endorsement') return false;
  const dated = v.references.filter((r) => r.type === 'event' && r.date);
  if (dated.some((r) => isAfter(r.date!, madeOn))) return true;
  if (dated.length) return false;
  return new RegExp(lex.endorsedFuture.source, 'iu').test(text);
}

/**
 * The deadline if it lies after the text was written (a date no later than that is a date of
 * the text, not a deadline), else the latest date of a named event.
 */
function dueDate(
  deadline: string | null,
  references: readonly ReferenceValue[],
  written: string | null,
): string | null {
  if (deadline && isAfter(deadline, written)) return endOfPeriod(deadline);
  const dates = references
    .filter((r) => r.type === 'event' && r.date && isAfter(r.date, written))
    .map((r) => endOfPeriod(r.date!));
  return dates.sort().at(-1) ?? null;
}

/** The nouns a report of the promise done names its object by (`objectReports`: "diplomatic presence" → embassy). */
function reportedUnits(text: string, lex: ImplementationLexicon): string[] {
  return lex.objectReports.filter((r) => new RegExp(r.promise.source, 'iu').test(text)).flatMap((r) => r.report);
}

function latest(a: string | null, b: string | null): string | null {
  return !a || (b && b > a) ? b : a;
}

function wordsOfFormat(format: string | null): string[] {
  return format
    ? format
        .normalize('NFKD')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
    : [];
}

/** Whether a creation verb or noun governs the reference ("the establishment of X", "launch X"), or its name is one. */
function isCreated(ref: ReferenceValue, text: string, lex: ImplementationLexicon): boolean {
  if (!Number.isInteger(ref.start)) return false;
  const near = text.slice(Math.max(0, ref.start - 60), ref.start);
  return new RegExp(lex.creation.source, 'iu').test(near) || new RegExp(lex.creation.source, 'iu').test(ref.name);
}

/**
 * Whether an event is named as the deadline, occasion or source of the act ("by the Summit"),
 * not as what is promised: not when the act is meeting at or attending it ("meet at the Summit").
 */
function isEventSetting(ref: ReferenceValue, text: string, lex: ImplementationLexicon): boolean {
  if (!isFramework(ref, text, lex.eventSetting)) return false;
  const before = text.slice(Math.max(0, ref.start - 80), ref.start);
  const attend = new RegExp(
    `(?:${lex.eventAttendance.source})\\s+(?:again\\s+)?(?:${lex.eventSetting.source})\\s+(?:the\\s+|an?\\s+)?\\S*$`,
    'iu',
  );
  return !attend.test(before);
}

/** Whether the text names the reference right after one of the cues ("within the framework of", "under", …). */
function isFramework(ref: ReferenceValue, text: string, cues: RegExp): boolean {
  if (!Number.isInteger(ref.start)) return false;
  // A word joined to the name by a hyphen is part of it ("at UNFCCC-COP28").
  const before = text
    .slice(Math.max(0, ref.start - 40), ref.start)
    .replace(/[\p{L}\p{N}]+[-‐–]$/u, '')
    .replace(/\b(the|a|an)\s*$/i, '')
    .trimEnd();
  return new RegExp(`(?:${cues.source})$`, 'iu').test(before);
}
