/**
 * @module quoted-speech
 * A participant's words quoted directly ("“…,” the president said"; "He said: “…”"; the later
 * sentences of a quotation that runs on) are a claim about the meeting only when they report
 * an act or a stance: something adopted, agreed, supported or proposed, the meeting's documents
 * or the speakers' own format, a state's position, the speaker's commitment or proposal ("we
 * will …", "we suggest …"). Quoted views, feelings and descriptions ("These are good first
 * steps", "The region is a key player") are the speaker's opinion, which the GUIDE leaves out of
 * claims. Indirect speech ("X said that …") is not judged here: the report's paraphrase is its
 * own claim. Words quoted from several speakers ("…,” the leaders said) speak for the meeting.
 */
import type { ClaimLexicon } from '../shared/claim-lexicon.ts';
import { compileOnce } from '../shared/compile-once.ts';
import { globalOf } from '../shared/global-copy.ts';
import type { SentenceMention } from './sentence-mention.ts';

/** Opening and closing quotation marks (typographic, guillemets, straight). */
const OPENING = /["“«„]/;
const CLOSING = /["”»]/;
/** A speech verb that hands over to a quotation: "said: “…", "added, “…". */
// "said at the press conference, “…": a short phrase may stand between the verb and its comma.
const speechIntoQuote = compileOnce(
  (lex: ClaimLexicon) =>
    new RegExp(`(?:${lex.speech.source})(?:\\s*[:,]?|\\s+[^\\n,:;.!?"“”«»„]{1,40}[:,])\\s*["“«„]`, lex.speech.flags),
);
/** "our format", "our summit": the speakers' own meeting. */
const ourMeeting = compileOnce(
  (lex: ClaimLexicon) => new RegExp(`\\bour\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${lex.meeting.source})`, 'iu'),
);

/** What a directly quoted sentence holds: the quoted words (from `at` in the sentence) and the report's frame. */
export interface QuotedSpeech {
  readonly words: string;
  readonly at: number;
  readonly frame: string;
}

/**
 * The quoted words of a sentence of direct speech, or null when the sentence is not direct
 * speech (no quotation, or a short phrase quoted inside the report's own paraphrase).
 * @example quotedSpeech('“We will meet again,” she said.', false, lex)?.words // 'We will meet again,'
 */
export function quotedSpeech(text: string, insideQuote: boolean, lex: ClaimLexicon): QuotedSpeech | null {
  const lead = text.length - text.trimStart().length;
  if (insideQuote) return split(text, lead);
  if (OPENING.test(text[lead] ?? '')) return split(text, lead + 1);
  const into = speechIntoQuote(lex).exec(text);
  if (!into) return null;
  const rest = split(text, into.index + into[0].length);
  return { ...rest, frame: `${text.slice(0, rest.at - 1)} ${rest.frame}` };
}

/** The words from `from` up to the closing quote, and what follows it. */
function split(text: string, from: number): QuotedSpeech {
  const close = text.slice(from).search(CLOSING);
  if (close < 0) return { words: text.slice(from), at: from, frame: '' };
  return { words: text.slice(from, from + close), at: from, frame: text.slice(from + close + 1) };
}

/**
 * Whether quoted speech is a claim rather than the speaker's view: it reports an act (any aspect
 * but a bare remark, in the quoted words or in the frame around them), names the meeting's
 * documents or the speakers' own format, opens with one state as its subject,
 * gives the speaker's commitment or proposal, or is spoken by several participants at once.
 * @example reportsAnAct(quotedSpeech('“We will open a fund,” he said.', false, lex)!, [], lex) === true
 */
export function reportsAnAct(speech: QuotedSpeech, mentions: readonly SentenceMention[], lex: ClaimLexicon): boolean {
  const done = (words: string) => lex.aspects.some((a) => a.aspect !== 'remark' && actIn(words, a.re, lex));
  const speaker = speech.frame.split(/[,.;]/)[0];
  return (
    done(speech.words) ||
    done(speech.frame) ||
    lex.collective.test(speaker) ||
    lex.documents.test(speech.words) ||
    ourMeeting(lex).test(speech.words) ||
    opensWithOneState(speech, mentions, lex) ||
    lex.ownCommitment.test(speech.words)
  );
}

/** A module constant: the sources' build turns a `\p{…}` regex literal into a `new RegExp(…)` at every call. */
const NON_LETTERS_START = /^\P{L}+/u;
const NEXT_WORD = /^\s*,?\s*\S+\s+/u;
/** A possessive ending right after a name ("India's", "the US’"). */
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/** Whether an act verb of `re` stands in the words other than as a forecast ("cooperation will be reinforced"). */
function actIn(words: string, re: RegExp, lex: ClaimLexicon): boolean {
  for (const m of words.matchAll(globalOf(re))) if (!lex.forecast.test(words.slice(0, m.index))) return true;
  return false;
}

/** "China is our strategic partner …": quoted words whose subject is one state (not a list of states). */
function opensWithOneState(speech: QuotedSpeech, mentions: readonly SentenceMention[], lex: ClaimLexicon): boolean {
  const text = speech.words;
  return mentions.some((m) => {
    if (m.type !== 'country' || m.start < speech.at || m.end > speech.at + text.length) return false;
    const before = text.slice(0, m.start - speech.at).replace(NON_LETTERS_START, '');
    const after = text.slice(m.end - speech.at);
    const alone = !lex.listGap.test(after.match(NEXT_WORD)?.[0] ?? '');
    // "India's ties with the region are …": the state's possession is the subject, not the state.
    return before.replace(lex.determiner, '') === '' && alone && !POSSESSIVE.test(after);
  });
}

/** Whether the frame gives the quotation to a text ("…,” the statement said), not to a speaker. */
export function quotesADocument(speech: QuotedSpeech, lex: ClaimLexicon): boolean {
  return lex.documents.test(speech.frame);
}
