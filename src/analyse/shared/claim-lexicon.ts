/**
 * @module claim-lexicon
 * The cue words of claim detection, read once from `data/lexicons/claim-cues.json` (with its
 * sources) and compiled to regular expressions that match at word starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimAspect } from '../../model/claim.ts';
import { DATA_DIR, readMonthLexicon } from './load-lexicons.ts';
import { createDateFinder, type DateFinder } from './find-dates.ts';

export interface ClaimLexicon {
  /** `meetingSubject`: the cue makes a claim only with the meeting or its documents as the subject. */
  readonly aspects: readonly { id: string; aspect: ClaimAspect; re: RegExp; meetingSubject?: boolean }[];
  readonly meeting: RegExp;
  readonly documents: RegExp;
  readonly collective: RegExp;
  readonly speech: RegExp;
  readonly skip: RegExp;
  readonly background: RegExp;
  /** The meeting's rank or timing ("It was the 50th session", "the first summit since …"): a claim about it. */
  readonly meetingRank: RegExp;
  /** A year an act is dated by ("in 2022", "in March 2021"); group 1 is the year. */
  readonly datedYear: RegExp;
  readonly negation: RegExp;
  /** Participles after a comma that open a second claim. */
  readonly continuations: RegExp;
  /** A sentence that opens with a quote, or a closing quote followed by a speech verb. */
  readonly quoted: RegExp;
  /** A sentence that opens with a pronoun for one participant ("He …"). */
  readonly pronounOpening: RegExp;
  /** A subject that opens with one speaker's pronoun (after an optional name and comma). */
  readonly singleSpeaker: RegExp;
  /** A sentence that goes on about the subject of the one before ("It is ready to …"). */
  readonly carriesSubject: RegExp;
  /** What ends right before an act verb in the future or infinitive passive ("will be", "to be"): a forecast. */
  readonly forecast: RegExp;
  /** Verbs of hope, fear or expectation: one actor's attitude, not an act. */
  readonly attitude: RegExp;
  /** Inside a quotation, a sentence that goes on with the subject of the quoted sentence before. */
  readonly quoteRunsOn: RegExp;
  /** "In his address, …": one speaker's own words. */
  readonly ownSpeech: RegExp;
  /** "we will …", "I propose …": a speaker's own commitment or proposal in quoted words. */
  readonly ownCommitment: RegExp;
  /** "according to the …", "said in a …": attribution to a text. */
  readonly documentAttribution: RegExp;
  /** A document quoted word for word: "The declaration reads: “", "…,” the statement said". */
  readonly documentQuote: RegExp;
  /** "Prior to this gathering, …": the sentence's event came before the meeting. */
  readonly precedingEvent: RegExp;
  /** A subject that is the meeting itself or its sides, after an optional determiner. */
  readonly meetingSubject: RegExp;
  /** An opening phrase that sets the scene before the subject ("At the summit, ", "During the talks, "). */
  readonly sceneOpening: RegExp;
  /** The gap between two names listed together ("ASEAN and the US"), from the list conjunctions. */
  readonly listGap: RegExp;
  /** An attribution that closes a sentence ("…, said a press release", "…, as per the statement"). */
  readonly attributionTail: RegExp;
  /** Leading determiners of a subject ("the", "this"). */
  readonly determiner: RegExp;
  /** A verb of being inside a subject. */
  readonly copula: RegExp;
  readonly minWords: number;
  /** Dates read with the month list every step reads (`months.json`), for datelines. */
  readonly dates: DateFinder;
}

/** A case-insensitive pattern that matches a fragment at a word start (or at a quote mark). */
export function wordPattern(fragment: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${fragment})(?![\\p{L}])`, 'iu');
}

/** Reads and compiles the claim cues of a data folder. @example loadClaimLexicon().aspects[0].aspect */
export function loadClaimLexicon(dataDir: string = DATA_DIR): ClaimLexicon {
  const raw = JSON.parse(readFileSync(join(dataDir, 'lexicons', 'claim-cues.json'), 'utf8'));
  return Object.freeze({
    aspects: raw.aspects.map((a: { id: string; aspect: ClaimAspect; pattern: string; meetingSubject?: boolean }) => ({
      id: a.id,
      aspect: a.aspect,
      re: wordPattern(a.pattern),
      meetingSubject: a.meetingSubject ?? false,
    })),
    meeting: wordPattern(raw.meeting),
    documents: wordPattern(raw.documents),
    collective: wordPattern(raw.collective),
    speech: wordPattern(raw.speech),
    skip: wordPattern(raw.skip),
    background: wordPattern(raw.background),
    meetingRank: wordPattern(raw.meetingRank.replace('{ordinal}', ordinalPattern(dataDir))),
    datedYear: new RegExp(
      `(?<![\\p{L}])(?:${raw.yearPrepositions})\\s+(?:\\p{L}+\\s+)?((?:19|20)\\d{2})(?!\\d)`,
      'giu',
    ),
    negation: wordPattern(raw.negation),
    continuations: new RegExp(`,\\s+(?=(?:${raw.continuations})(?:\\s+that\\b|:))`, 'gi'),
    quoted: new RegExp(`^\\s*["“«„]|["”»]\\s*,?\\s*(?:\\p{L}+\\s){0,4}(?:${raw.quoteVerbs})(?![\\p{L}])`, 'u'),
    pronounOpening: new RegExp(`^\\s*(?:${raw.pronounOpening})(?![\\p{L}])`, 'iu'),
    singleSpeaker: new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}’'-]*,\\s*)?(?:${raw.singleSpeaker})(?![\\p{L}])`, 'iu'),
    carriesSubject: new RegExp(`^\\s*(?:${raw.carriesSubject})\\s`, 'iu'),
    forecast: new RegExp(`(?<![\\p{L}])(?:${raw.forecast})\\s+$`, 'iu'),
    attitude: wordPattern(raw.attitude),
    quoteRunsOn: new RegExp(`^\\s*(?:${raw.quoteRunsOn})\\s`, 'iu'),
    ownSpeech: wordPattern(raw.ownSpeech),
    ownCommitment: wordPattern(raw.ownCommitment),
    documentAttribution: wordPattern(raw.documentAttribution),
    documentQuote: documentQuote(raw.documents, raw.documentQuoteVerbs, raw.determiners),
    precedingEvent: new RegExp(`^\\s*(?:${raw.precedingEvent})(?![\\p{L}])`, 'iu'),
    meetingSubject: new RegExp(`^\\s*(?:(?:${raw.determiners})\\s+)?(?:${raw.meetingSubjects})(?![\\p{L}])`, 'iu'),
    sceneOpening: new RegExp(`^\\s*(?:${raw.sceneOpenings})(?![\\p{L}])[^,]*,\\s*`, 'iu'),
    // The comma may sit inside a closing quote ("…,” said the minister").
    attributionTail: new RegExp(`(?:,\\s*["”»]?|["”»]\\s*,?)\\s*(?:${raw.attributionTails})(?![\\p{L}])`, 'iu'),
    listGap: listGap(dataDir, raw.determiners),
    determiner: new RegExp(`^\\s*(?:${raw.determiners})\\s+`, 'iu'),
    copula: wordPattern(raw.copulas),
    minWords: raw.minWords,
    dates: createDateFinder(readMonthLexicon(dataDir)),
  });
}

/** The ordinal words of ordinals.json (longest first) and numerals with suffixes ("50th"). */
function ordinalPattern(dataDir: string): string {
  const words = Object.keys(JSON.parse(readFileSync(join(dataDir, 'lexicons', 'ordinals.json'), 'utf8')).words);
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return ['\\d{1,3}(?:st|nd|rd|th)', ...escaped].join('|');
}

/** A document word as the one who speaks a quotation, before or after it. */
function documentQuote(documents: string, verbs: string, determiners: string): RegExp {
  const named = `(?:(?:${determiners})\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${documents})`;
  const open = `\\s*[:,]?\\s*["“«„]`;
  return new RegExp(
    [
      `(?<![\\p{L}])(?:${documents})\\s+(?:${verbs})${open}`,
      `(?<![\\p{L}])according to\\s+${named}\\s*,${open}`,
      `["”»]\\s*,?\\s*${named}\\s+(?:${verbs})(?![\\p{L}])`,
    ].join('|'),
    'iu',
  );
}

/** "and the", ", as well as", "и": a list conjunction (data/lexicons/list-conjunctions.json) and a determiner. */
function listGap(dataDir: string, determiners: string): RegExp {
  const words: string[] = JSON.parse(readFileSync(join(dataDir, 'lexicons', 'list-conjunctions.json'), 'utf8')).words;
  const joined = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`^\\s*,?\\s*(?:${joined})\\s+(?:(?:${determiners})\\s+)?$`, 'iu');
}

let shared: ClaimLexicon | undefined;

/** The repository's claim cues, read once per process (they are read-only). */
export function sharedClaimLexicon(): ClaimLexicon {
  return (shared ??= loadClaimLexicon());
}
