/**
 * @module claim-subject
 * Who a report sentence says acted: the words before its main reporting verb. A subject that
 * names the meeting's parties jointly ("the ministers", "all sides", two or more states, "the
 * meeting") makes a joint claim; one that names one person, a pronoun ("He") or one state
 * alone ("China supports …") makes a participant's own claim.
 */
import type { ClaimLexicon } from '../shared/claim-lexicon.ts';
import type { SentenceMention } from './sentence-mention.ts';
import { datelineLength } from './dateline.ts';
import { compileOnce } from '../shared/compile-once.ts';
import { memoByText } from '../shared/memo-by-text.ts';

export type SubjectKind = 'joint' | 'single' | 'unknown';

const QUOTE_START = /^\s*["“«„]/;

/**
 * Where the subject lies: after any dateline and any opening scene ("At the summit, …"), up to
 * the first reporting or action verb.
 * @example subjectSpan('ASTANA – The leaders signed it.', lex) // the span of 'The leaders '
 */
export function subjectSpan(text: string, lex: ClaimLexicon): { readonly start: number; readonly end: number } {
  return rememberedSpan(text, lex);
}

// Asked up to three times per sentence (its kind, its acting states, the subject carried to the next sentence).
const rememberedSpan = memoByText((text: string, lex: ClaimLexicon) => {
  const dateline = datelineLength(text, lex.dates);
  const end = Math.max(dateline, subjectEnd(text.slice(dateline), lex) + dateline);
  // "At the foreign ministers' meeting, Minister X proposed …": the scene before the comma is not who acted.
  const scene = lex.sceneOpening.exec(text.slice(dateline, end));
  const start = scene ? dateline + scene[0].length : dateline;
  return Object.freeze({ start, end: Math.max(start, end) });
});

/** Where the subject ends: the first reporting or action verb of the sentence. */
export function subjectEnd(text: string, lex: ClaimLexicon): number {
  let end = text.length;
  for (const at of aspectIndexes(text, lex)) if (at >= 0 && at < end) end = at;
  const m = lex.speech.exec(text);
  if (m && m.index < end) end = m.index;
  return end;
}

/**
 * Where each aspect's verb first occurs in a sentence (-1: nowhere), in the lexicon's order: the claim's cue (the
 * first aspect found) and the subject's end read the same scans. Shared between callers: never mutate.
 */
export const aspectIndexes: (text: string, lex: ClaimLexicon) => readonly number[] = memoByText((text, lex) =>
  lex.aspects.map((a) => a.re.exec(text)?.index ?? -1),
);

/**
 * The kind of subject of a sentence, from the text before its verb and the mentions in it
 * (offsets relative to the sentence).
 * @example subjectKind('The ministers agreed to meet.', [], lex) === 'joint'
 */
export function subjectKind(text: string, mentions: readonly SentenceMention[], lex: ClaimLexicon): SubjectKind {
  const { start, end } = subjectSpan(text, lex);
  const subject = text.slice(start, end);
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const states = new Set(inside.filter((m) => m.type === 'country').map((m) => m.country));
  const meetingWords = meetingAtStart(lex);
  // A sentence that opens with a quotation gives the speaker's words, whoever the quoted words name.
  if (QUOTE_START.test(subject)) return 'single';
  if (
    lex.collective.test(subject) ||
    states.size >= 2 ||
    namesListed(text, inside, lex) ||
    startsWithMeeting(subject, meetingWords, lex)
  )
    return 'joint';
  if (inside.some((m) => m.type === 'person') || lex.singleSpeaker.test(subject)) return 'single';
  if (lex.ownSpeech.test(text)) return 'single';
  if (states.size === 1) return 'single';
  return 'unknown';
}

const meetingAtStart = compileOnce((lex: ClaimLexicon) => new RegExp(`^(?:${lex.meeting.source})`, lex.meeting.flags));

/** Two named actors (states, blocs, people) listed together: "ASEAN and the US call for …". */
function namesListed(text: string, inside: readonly SentenceMention[], lex: ClaimLexicon): boolean {
  const named = inside.filter((m) => m.type === 'country' || m.type === 'organization' || m.type === 'person');
  const sorted = [...named].sort((a, b) => a.start - b.start);
  return sorted.some((m, i) => i > 0 && lex.listGap.test(text.slice(sorted[i - 1].end, m.start)));
}

/** "The summit …", "The talks …", "During the meeting, …": the meeting itself as subject. */
function startsWithMeeting(subject: string, meetingWords: RegExp, lex: ClaimLexicon): boolean {
  const words = subject.replace(lex.determiner, '');
  return meetingWords.test(words) || lex.meetingSubject.test(words);
}

/**
 * The states a sentence names as acting: those in its subject, unless the subject is itself a
 * clause with a verb of being ("The Taiwan–China issue is a conflict focused on …").
 */
export function actingStates(text: string, mentions: readonly SentenceMention[], lex: ClaimLexicon): string[] {
  const { start, end } = subjectSpan(text, lex);
  if (lex.copula.test(text.slice(start, end))) return [];
  const states = mentions.filter((m) => m.type === 'country' && m.country && m.start >= start && m.end <= end);
  return [...new Set(states.map((m) => m.country!))].sort();
}
