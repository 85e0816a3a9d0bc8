/**
 * @module lexicon-shapes
 * The shapes of the meeting, deadline and promise-object lexicons (`meeting-levels.json`, `meeting-verbs.json`,
 * `date-phrases.json`, `promise-objects.json`) and of a plain word list, as `load-lexicons` reads them.
 */
import type { MeetingLevel } from '../../model/layers.ts';

/** The level cues of `meeting-levels.json`, and the words that tie an ordinal reference to a format's meeting. */
export interface MeetingLevelLexicon {
  readonly levels: readonly { level: MeetingLevel; patterns: string[] }[];
  readonly references: {
    readonly why: string;
    readonly levels: readonly { level: MeetingLevel; words: readonly string[] }[];
    readonly bare: readonly string[];
    readonly otherSeries: readonly string[];
    readonly nameWords: readonly string[];
  };
}

/** `meeting-verbs.json`: one list per rule, each with the reason the rule reads it. */
export interface MeetingVerbs {
  /** "met in Astana", "réunis à Dakar": the verbs and the prepositions before the place. */
  readonly gatheredIn: WordList & { readonly prepositions: readonly string[] };
  /** "took place in Apulia, Italy, on …": the verbs, prepositions and the words that close the place's name. */
  readonly venue: WordList & { readonly prepositions: readonly string[]; readonly followers: readonly string[] };
  readonly venueCountry: WordList;
  readonly beforeDate: WordList;
  readonly namedOn: WordList;
  readonly upcoming: WordList;
  readonly ahead: {
    why: string;
    intents: readonly string[];
    acts: readonly string[];
    toBe: { why: string; participles: readonly string[] };
    nextNouns: readonly string[];
  };
  readonly back: { why: string; heads: readonly string[]; nouns: readonly string[] };
  readonly reported: {
    why: string;
    auxiliaries: readonly string[];
    verbs: readonly string[];
    nouns: readonly string[];
  };
  /** A meeting held by video link or online (meeting-place). */
  readonly online: {
    why: string;
    channels: readonly string[];
    videoKinds: readonly string[];
    modes: readonly string[];
    nouns: readonly string[];
    held: readonly string[];
  };
  /** How a speaker addresses the audience (case-sensitive fragments). */
  readonly speechAddress: WordList;
  /** Verbs that say an outcome document was adopted (meeting-place's fallback venue). */
  readonly outcomeAdopted: WordList;
  /** Stems of verbs that make a city the subject of a decision, not its venue. */
  readonly designation: { why: string; stems: readonly string[] };
}

/** Phrases around dates (`date-phrases.json`): each list with the reason the rules read it. */
export interface DatePhrases {
  readonly monthDue: { why: string; before: readonly string[]; periods: readonly string[] };
  readonly yearDue: { why: string; before: readonly string[]; periods: readonly string[] };
  readonly eventMonths: { why: string; before: readonly string[] };
  readonly monthJoiners: WordList;
  readonly relativeYears: { why: string; same: readonly string[]; next: readonly string[] };
  readonly publicationKeys: WordList;
  readonly approximateBounds: WordList;
  /** "Paris, le 10 juin 2026": words a place-and-date stamp puts before its date (head-stamp). */
  readonly stampArticles: WordList;
  readonly relativeDays: {
    why: string;
    today: readonly string[];
    yesterday: readonly string[];
    weekdayBefore: readonly string[];
  };
}

/** `promise-objects.json`: what makes a promise's object a discrete action or an abstract aim. */
export interface PromiseObjectLexicon {
  readonly lead: WordList;
  readonly joints: WordList;
  readonly clauseEnds: WordList;
  readonly actionVerbs: WordList;
  readonly aimVerbs: WordList;
  readonly otherVerbs: WordList;
  /** Cues of an attitude ("committed to") that promise only a discrete action. */
  readonly stanceCues: WordList;
  /** Cues of an effort ("seek to") that promise only an action verb, not a concrete object of an aim verb. */
  readonly effortCues?: WordList;
  /** Words of a cue before its own verb ("we are stepping up"). */
  readonly auxiliaries: WordList;
  /** Last words of a cue that its object follows ("committed to", "will", "s'engagent à"). */
  readonly objectAfter?: WordList;
  /** First words of a bare noun phrase object. */
  readonly nounOpeners: WordList;
  readonly abstractNouns: WordList;
  readonly concreteNouns: WordList;
  readonly namedHeads: WordList;
  readonly concreteMarks: { readonly why: string; readonly patterns: readonly string[] };
  readonly actionNouns: WordList;
}

/** A word list with the reason the rules read it. */
export interface WordList {
  readonly why: string;
  readonly words: readonly string[];
}

/** The repository's `data/` folder. */
