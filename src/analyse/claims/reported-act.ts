/**
 * @module reported-act
 * A participant who reports what the meeting did ("Ramaphosa said all five leaders have agreed
 * on …", "“The summit confirmed our commitment to …,” the host said") makes a claim about the
 * meeting, not a remark of their own: the words reported have the parties (as a group, not
 * states the speaker names), the meeting or its documents as their subject and an act of the
 * meeting as their verb. The report is then checked against
 * the meeting's documents like any joint claim.
 */
import type { ClaimLexicon } from '../shared/claim-lexicon.ts';
import { subjectKind, subjectSpan } from './claim-subject.ts';
import { quotedSpeech } from './quoted-speech.ts';
import type { SentenceMention } from './sentence-mention.ts';
import { wordCount } from '../shared/word-count.ts';

/** "said that", "noted:": a speech verb and what joins it to the words reported. */
const JOINER = /^\s*(?:that\s+|[:,]\s*)?/iu;

/**
 * The words a speaker is reported to say and where they start: the quoted words of direct
 * speech, else what follows the first speech verb ("X said (that) …").
 * @example reportedWords('She said the leaders agreed.', false, lex)?.words // 'the leaders agreed.'
 */
export function reportedWords(
  text: string,
  insideQuote: boolean,
  lex: ClaimLexicon,
): { words: string; at: number } | null {
  const quoted = quotedSpeech(text, insideQuote, lex);
  if (quoted) return { words: quoted.words, at: quoted.at };
  const verb = lex.speech.exec(text);
  if (!verb) return null;
  const after = verb.index + verb[0].length;
  const at = after + (JOINER.exec(text.slice(after))?.[0].length ?? 0);
  return { words: text.slice(at), at };
}

/**
 * Whether the speaker reports a joint act of the meeting: the reported words have a joint
 * subject (the parties, two or more states, the meeting) and a verb of an act (any aspect but
 * a bare remark).
 */
export function reportsJointAct(
  text: string,
  mentions: readonly SentenceMention[],
  lex: ClaimLexicon,
  insideQuote: boolean,
): boolean {
  const reported = reportedWords(text, insideQuote, lex);
  if (!reported || wordCount(reported.words) < 3) return false;
  const { words, at } = reported;
  if (!lex.aspects.some((a) => a.aspect !== 'remark' && a.re.test(words))) return false;
  const inside = mentions
    .filter((m) => m.start >= at && m.end <= at + words.length)
    .map((m) => ({ ...m, start: m.start - at, end: m.end - at }));
  // Named states ("China and its neighbours have built …") are the speaker's account of relations;
  // "the leaders", "the three countries", "the summit" are the meeting's parties.
  const { start, end } = subjectSpan(words, lex);
  if (inside.some((m) => m.type === 'country' && m.start >= start && m.end <= end)) return false;
  // "the declaration has now been adopted": the meeting's document as the subject of its act.
  return subjectKind(words, inside, lex) === 'joint' || lex.documents.test(words.slice(start, end));
}
