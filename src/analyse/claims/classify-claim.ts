/**
 * @module classify-claim
 * Decides whether one sentence of a report is a checkable claim about the meeting, and what
 * kind: the reporting verb gives the aspect (signed, agreed, supported, attended, said), the
 * subject gives who it is attributed to (the parties jointly, one participant, the documents).
 * Opinion polls, analysts' views, headings and history before the meeting are not claims.
 */
import type { ClaimValue } from '../../model/claim.ts';

export type { SentenceMention } from './sentence-mention.ts';
import type { ClaimLexicon } from '../shared/claim-lexicon.ts';
import type { SentenceMention } from './sentence-mention.ts';
import { actingStates, aspectIndexes, type SubjectKind, subjectKind, subjectSpan } from './claim-subject.ts';
import { quotedSpeech, quotesADocument, reportsAnAct } from './quoted-speech.ts';
import { reportsJointAct } from './reported-act.ts';
import { wordCount } from '../shared/word-count.ts';

/** A sentence that ends like one (a heading or caption usually does not). */
const ENDS_LIKE_SENTENCE = /[.!?]["”»’)]?\s*$/;

/**
 * The claim a sentence makes, or null when it makes none about the meeting.
 * @example classifyClaim('The ministers signed a joint communiqué.', [], lexicon)?.aspect === 'adoption'
 */
export function classifyClaim(
  text: string,
  mentions: readonly SentenceMention[],
  lex: ClaimLexicon,
  options: {
    /** The subject of the sentence this part continues ("…, stating that …"). */
    inherited?: SubjectKind;
    /** A part of a split sentence (it need not end like a sentence). */
    part?: boolean;
    /** The sentence goes on with a quotation opened in a sentence before. */
    insideQuote?: boolean;
    /** …and that quotation is of a document ("The declaration reads: “…"). */
    insideDocumentQuote?: boolean;
    /** The year of the meeting the report is about: acts dated in an earlier year are history. */
    meetingYear?: number;
  } = {},
): ClaimValue | null {
  const words = wordCount(text);
  if (words < lex.minWords || lex.skip.test(text)) return null;
  if (!options.part && !ENDS_LIKE_SENTENCE.test(text) && words < 12) return null;
  // A document quoted word for word is a claim about the documents, whatever its words do.
  const ofDocument = (options.insideDocumentQuote ?? false) || lex.documentQuote.test(text);
  const quoted = ofDocument || lex.quoted.test(text);
  const found = aspectIndexes(text, lex);
  const first = found.findIndex((at) => at >= 0);
  // "It was the 50th session of the group": the meeting's rank is a claim about it without an act verb.
  const ranked = lex.meetingRank.test(text);
  const cue = first >= 0 ? lex.aspects[first] : ranked ? RANK : undefined;
  if (!cue && !quoted) return null;
  // "The declaration consists of …", "Key figures at the meeting included …": what the meeting held,
  // not what a body is made of.
  if (cue && 'meetingSubject' in cue && cue.meetingSubject && !meetingAsSubject(text, lex)) return null;
  const people = unique(mentions.filter((m) => m.type === 'person').map((m) => m.entityId));
  const states = unique(mentions.filter((m) => m.type === 'country' && m.country).map((m) => m.country!));
  const meetingWord = ofDocument || lex.meeting.test(text) || lex.documents.test(text);
  const collective = lex.collective.test(text);
  const aboutMeeting =
    meetingWord || collective || people.length > 0 || states.length > 0 || quoted || bodyActs(text, mentions, cue, lex);
  if (!aboutMeeting && !lex.pronounOpening.test(text)) return null;
  // History before the meeting, whatever it names; the meeting's rank is about the meeting whatever history it adds.
  // The main verb: the earliest cue in the sentence.
  const cueAt = Math.min(...found.filter((at) => at >= 0), text.length);
  if (!ranked && (lex.background.test(text) || datedBefore(text, cueAt, options.meetingYear, lex))) return null;
  const own = subjectKind(text, mentions, lex);
  // "The administration hopes the effort will show …": one actor's hope or fear is the report's analysis.
  const subject = subjectSpan(text, lex);
  if (own !== 'joint' && lex.attitude.test(text.slice(subject.start, subject.end))) return null;
  const kind = own === 'unknown' ? (options.inherited ?? 'unknown') : own;
  const insideQuote = options.insideQuote ?? false;
  const speaker = kind === 'single' || (kind === 'unknown' && quoted);
  // A participant's quoted view is opinion, not a claim; quoted words that report an act are.
  const speech = speaker ? quotedSpeech(text, insideQuote, lex) : null;
  if (speech && !ofDocument && !quotesADocument(speech, lex) && !reportsAnAct(speech, mentions, lex)) return null;
  // A speaker who reports what the parties did reports the meeting.
  const attributedTo = speaker && !reportsJointAct(text, mentions, lex, insideQuote) ? 'participant' : 'meeting';
  const before = first >= 0 ? text.slice(Math.max(0, found[first] - 24), found[first]) : '';
  return {
    aspect: cue?.aspect ?? 'remark',
    attributedTo:
      // "…,” they said in a joint statement": quoted words the report attributes to a document are its.
      ofDocument ||
      ((attributedTo === 'meeting' || quoted) && lex.documentAttribution.test(text) && lex.documents.test(text))
        ? 'document'
        : attributedTo,
    cue: cue?.id ?? 'quotation',
    states,
    actors: actingStates(text, mentions, lex),
    people,
    negated: lex.negation.test(before),
  };
}

/** The cue of a sentence that gives only the meeting's rank. */
const RANK = { id: 'rank', aspect: 'remark' } as const;
/**
 * An organisation as the subject of an act: a bloc that is a side of the meeting ("The EU and CELAC reaffirmed …",
 * "The European Union pledged …": summits between blocs name no state as acting), or a body the meeting decided on
 * ("The council was renamed …", "A secretariat will be set up"). A bare remark ("The EU said …") is not an act.
 */
function bodyActs(
  text: string,
  mentions: readonly SentenceMention[],
  cue: { aspect: ClaimValue['aspect'] } | undefined,
  lex: ClaimLexicon,
): boolean {
  if (!cue || cue.aspect === 'remark') return false;
  const { start, end } = subjectSpan(text, lex);
  return mentions.some((m) => m.type === 'organization' && m.start >= start && m.end <= end);
}

/** Whether the subject names the meeting or its documents ("The declaration …", "Key figures at the talks …"). */
function meetingAsSubject(text: string, lex: ClaimLexicon): boolean {
  const { start, end } = subjectSpan(text, lex);
  const subject = text.slice(start, end);
  return lex.meeting.test(subject) || lex.documents.test(subject);
}

/**
 * Whether the sentence dates its act (the cue verb at `cueAt`) in a year before the meeting's: "signed a pact in
 * 2022" in a report of 2023. A year in another clause ("…, first launched in 2023") dates that clause only.
 */
function datedBefore(text: string, cueAt: number, meetingYear: number | undefined, lex: ClaimLexicon): boolean {
  if (!meetingYear) return false;
  return [...text.matchAll(lex.datedYear)].some(
    (m) => Number(m[1]) < meetingYear && m.index > cueAt && !/[,;:(—–]/.test(text.slice(cueAt, m.index)),
  );
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
