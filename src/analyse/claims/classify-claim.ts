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
import { actingStates, aspectIndexes, type SubjectKind, subjectKind } from './claim-subject.ts';
import { quotedSpeech, quotesADocument, reportsAnAct } from './quoted-speech.ts';
import { reportsJointAct } from './reported-act.ts';

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
  } = {},
): ClaimValue | null {
  const words = text.trim().split(/\s+/).length;
  if (words < lex.minWords || lex.skip.test(text)) return null;
  if (!options.part && !ENDS_LIKE_SENTENCE.test(text) && words < 12) return null;
  // A document quoted word for word is a claim about the documents, whatever its words do.
  const ofDocument = (options.insideDocumentQuote ?? false) || lex.documentQuote.test(text);
  const quoted = ofDocument || lex.quoted.test(text);
  const found = aspectIndexes(text, lex);
  const first = found.findIndex((at) => at >= 0);
  const cue = first >= 0 ? lex.aspects[first] : undefined;
  if (!cue && !quoted) return null;
  const people = unique(mentions.filter((m) => m.type === 'person').map((m) => m.entityId));
  const states = unique(mentions.filter((m) => m.type === 'country' && m.country).map((m) => m.country!));
  const meetingWord = ofDocument || lex.meeting.test(text) || lex.documents.test(text);
  const collective = lex.collective.test(text);
  const aboutMeeting = meetingWord || collective || people.length > 0 || states.length > 0 || quoted;
  if (!aboutMeeting && !lex.pronounOpening.test(text)) return null;
  if (lex.background.test(text)) return null; // history before the meeting, whatever it names
  const own = subjectKind(text, mentions, lex);
  const subject = own === 'unknown' ? (options.inherited ?? 'unknown') : own;
  const insideQuote = options.insideQuote ?? false;
  const speaker = subject === 'single' || (subject === 'unknown' && quoted);
  // A participant's quoted view is opinion, not a claim; quoted words that report an act are.
  const speech = speaker ? quotedSpeech(text, insideQuote, lex) : null;
  if (speech && !ofDocument && !quotesADocument(speech, lex) && !reportsAnAct(speech, mentions, lex)) return null;
  // A speaker who reports what the parties did reports the meeting.
  const attributedTo = speaker && !reportsJointAct(text, mentions, lex, insideQuote) ? 'participant' : 'meeting';
  const before = cue ? text.slice(Math.max(0, found[first] - 24), found[first]) : '';
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

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
