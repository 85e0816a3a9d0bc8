/**
 * @module load-lexicons
 * Loads the lexicons of the document-kind, meeting, parties and statements steps from
 * `data/lexicons/*.json`, with the knowledge-base view the caller built (see `load-context`),
 * into `context.lexicons`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeetingLevel, Sector, StatementKind } from '../../model/layers.ts';
import type { DocumentKind } from '../../model/document.ts';
import type { KbView } from './kb-view.ts';
import { createDateFinder, type DateFinder, type MonthLexicon } from './find-dates.ts';
import type { RegionLexicon } from './region-shapes.ts';
import { mergeLexicon } from './language-lexicons.ts';
import type { LocalNames } from './kb-view.ts';
import type * as Shapes from './lexicon-shapes.ts';

export interface ModalityCue {
  id: string;
  pattern: string;
  kind: StatementKind;
  confidence: number;
  /** Decides only where no other main-clause cue does. */
  weak?: boolean;
}
export interface KindCue {
  id: string;
  kind: DocumentKind;
  where: 'title' | 'head' | 'text' | 'publisher';
  pattern: string;
  weight: number;
  max?: number;
  case?: boolean;
}
export interface ActorGroup {
  pattern: string;
  means: string;
}

/** Everything the four steps read besides the document. */
export interface Lexicons {
  readonly modality: {
    cues: ModalityCue[];
    framing: string;
    aims?: {
      why: string;
      cues: string[];
      /** Words between a promise and its object ("continue to", "work together with partners to"). */
      prefixes?: string[];
      after: string[];
      /** Support whose object is a goal, not a named thing, is a position. */
      supportedGoals?: { why: string; cues: string[]; after: string[] };
    };
    /** Words that mark clauses whose cues are not the main verb (find-cues). */
    clauses: {
      why: string;
      relative: string[];
      subordinators: string[];
      leading: string[];
      /** Verbs of wishing before "to" that keep an infinitive endorsement the main verb ("would like to thank"). */
      wishing: { why: string; words: string[] };
      /** Subjects after a framing verb's "that" that hand the clause's kind over; verbs that hand it over always. */
      framedSubjects: { why: string; subjects: string[]; agreeing: string; adverbs?: string[] };
      /** Auxiliaries of a list's stem ("We are:"): each item is read with the stem before it. */
      listStem: { why: string; auxiliaries: string[] };
    };
    /** Cues whose verb states no act of the speakers when its subject is a thing (thing-subject). */
    thingSubjects?: { why: string; cues: string[]; prepositions: string[]; actors: string[] };
    /** A chair's narrative of the meeting: its subjects and the irregular past tenses (chair-narrative). */
    chairNarrative: { why: string; subjects: string[]; irregularPasts: string[]; notPasts: string[] };
  };
  /** What a promise promises: verbs of discrete acts and of aims, abstract and concrete objects (promise-object). */
  readonly promiseObjects: Shapes.PromiseObjectLexicon;
  readonly sectors: {
    threshold: number;
    default: Sector;
    /** "ASEAN-led": the endings of a hyphenated compound that stop a term from counting. */
    compoundModifiers?: Shapes.WordList;
    /** "the ASEAN Power Grid": terms opening a name before a capitalised word (bar `except`) do not count. */
    nameOpeners?: { why: string; terms: string[]; except: string[] };
    /** Where a side of a partnership format is the partner, not a multilateral body: patterns after and before it. */
    formatSides?: { why: string; after: string[]; before: string[] };
    /** Phrases that point back to the statement before ("in this regard"): a sectorless statement takes its topic. */
    carriedTopic?: { why: string; terms: string[] };
    /** "consistent with the UN Charter": frames of reference whose words name no topic (matched, counted for none). */
    frames?: { why: string; terms: string[] };
    sectors: Record<Sector, [string, number][]>;
    /** Theatres of conflict: their sector only beside another of its terms, or when no sector but the default is. */
    theatres?: { sector: Sector; terms: [string, number][] };
    /**
     * Terms of `sector` that stop counting once `by` is reached (war aims: sovereignty, peace, under security), or any
     * other sector for `by: "other"` (a partnership is the frame of the topic it is about).
     */
    absorbed?: { why: string; sector: Sector; by: Sector | 'other'; terms: string[] }[];
  };
  readonly documentKinds: { prior: { weight: number }; fallback: DocumentKind; cues: KindCue[] };
  readonly meetingLevels: Shapes.MeetingLevelLexicon;
  readonly ordinals: {
    words: Record<string, number>;
    nouns: { words: readonly string[] };
    occasions: { subjects: readonly string[]; intervals?: readonly string[] };
    /** Ordinal meetings still to come: words after the noun, and words ending right before the ordinal. */
    future?: { after: readonly string[]; before: readonly string[] };
  };
  readonly actors: {
    groups: ActorGroup[];
    regions: Record<string, string[]>;
    listHeads?: Shapes.WordList;
    /** Nouns of an instrument "between" its signatories. */
    instrumentNouns: Shapes.WordList;
    /** Phrases opening a parenthetical on who leads the subject ("under the leadership of", "represented by"). */
    ledBy: Shapes.WordList;
    /** Nouns of a joint text's title before the list of who issues it ("Joint Statement of the Leaders of …"). */
    titleNouns: Shapes.WordList;
    /** Geographic feature nouns after a state's name ("South China Sea"): a place, no actor. */
    placeNouns: Shapes.WordList;
    /** Prepositions that make a state after them an object ("the elections in Syria"), no subject. */
    objectPrepositions: Shapes.WordList;
    /** The articles, conjunctions and "of" of a list of parties, each with its white space (party-list). */
    listWords: { why: string; articles: string[]; and: string[]; of: string[] };
    /** "We, the …": the pronoun that opens the list of parties (detect-parties). */
    openingWe: Shapes.WordList;
    /** "(hereinafter referred to as the Parties)": the lead, article and term that define the parties. */
    partiesDefined: { why: string; leads: string[]; articles: string[]; nouns: string[] };
    /** "ASEAN Member States", "and its Member States": an organisation's members named after it (party-list). */
    memberNouns: { why: string; nouns: string[]; possessives: string[]; own: string[] };
    /** "we", "our", "us": the speakers' pronouns; a subject in the first person is the parties' (resolve-actors). */
    firstPerson?: Shapes.WordList;
    /** "States Parties to the …": the lead before a treaty's name that names its parties (actor-hits). */
    treatyParties?: { why: string; leads: string[] };
  };
  readonly referenceHeads: {
    heads: Record<'event' | 'organization' | 'initiative' | 'project', string[]>;
    generic: string[];
    connectors: string[];
    /** "ASEAN-led": hyphenated endings that make an organisation's name a modifier, no reference. */
    modifierSuffixes?: Shapes.WordList;
    /** "the UN Charter": founding texts that name their organisation without referring to it as a body. */
    foundingTexts?: Shapes.WordList;
    /** "At the Summit, …": prepositions capitalised at a sentence's start, never the first word of a name. */
    leadingPrepositions?: Shapes.WordList;
    /** "the Energy for Growth in Africa initiative": lower-case head nouns after a capitalised name, by type. */
    lowerCaseHeads?: { why: string } & Partial<Record<'event' | 'organization' | 'initiative' | 'project', string[]>>;
    /** "UN Security Council resolution 2231": the nouns of a numbered resolution and the words before its number. */
    numberedResolutions?: { why: string; nouns: string[]; numberPrefix: string };
    /** "the Blue Pacific", "the Indo-Pacific": a region's names, places rather than references. */
    regionNames?: Shapes.WordList;
    /** "the Pacific Islands Forum Leaders": nouns for people that end a name of people, not of a body or event. */
    peopleNouns?: Shapes.WordList;
    /** "ASEAN-U.S. Dialogue Relations": nouns for a relationship that end a name of ties, not of a thing. */
    relationNouns?: Shapes.WordList;
    /** "this Declaration": demonstratives that make a text the document itself. */
    ownText?: Shapes.WordList;
    /** "ASEAN's efforts" in an ASEAN–US text: the words after a side's name that keep it a body (party-sides). */
    partySides?: Shapes.WordList;
    /** "Bangkok Goals on the …": words after a listed name that open a complement of a longer name. */
    complementStarts?: Shapes.WordList;
    /** "its AI strategy": possessive determiners before a thing described with a lower-case head, not named. */
    possessiveDeterminers?: Shapes.WordList;
  };
  /** Word lists that find the sentence naming the meeting (`meeting-sentence.json`). */
  readonly meetingSentence: {
    meetingNouns: Shapes.WordList;
    meetingVerbs: Shapes.WordList;
    /** Stems of inflected languages (Russian), matched with any ending. */
    meetingNounStems: Shapes.WordList;
    meetingVerbStems: Shapes.WordList;
    weekdays: Shapes.WordList;
    recalled: { why: string; counts: string[]; earlier: string[]; nouns: string[] };
  };
  /** What is not a statement: boilerplate, closing formulas, signature lines (`statement-boilerplate.json`). */
  readonly statementBoilerplate: {
    attendance: Shapes.WordList;
    adoption: { why: string; verbs: string[]; determiners: string[]; documents: string[] };
    aboutText: { why: string; words: string[]; notes: string[] };
    closing: { why: string; verbs: string[]; finalClauses: string[]; copies: string[]; places: string[] };
    /** What opens a signature line before the state's name ("For the Republic of …"). */
    signatoryLeads: Shapes.WordList;
    signatoryTitles: Shapes.WordList;
    actorWords: { why: string; determiners: string[]; nouns: string[] };
    /** Conjunctions before a second verb that starts a statement of its own ("and", "while"). */
    splitConjunctions: Shapes.WordList;
    splitAdverbs: Shapes.WordList;
    metadataLabels: Shapes.WordList;
  };
  /** Dates read with the month lexicon (`months.json`, every language the corpora use). */
  readonly dates: DateFinder;
  /** Verbs and nouns that tie a place, a date or a sentence to a meeting (`meeting-verbs.json`). */
  readonly meetingVerbs: Shapes.MeetingVerbs;
  /** The weights of the meeting detector's confidence (`meeting-confidence.json`). */
  readonly meetingConfidence: {
    readonly base: number;
    readonly perField: number;
    readonly record: number;
    readonly brokenDate: number;
    readonly max: number;
  };
  /** How texts name a region as a side of a format (`regions.json`). */
  readonly regions: RegionLexicon;
  /** Words around dates that make them deadlines or an event's time (`date-phrases.json`). */
  readonly datePhrases: Shapes.DatePhrases;
  readonly kb: KbView;
}

export type * from './lexicon-shapes.ts';

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data');

/**
 * The one month list every step and stage reads (`months.json`: every language the corpora use).
 * @example createDateFinder(readMonthLexicon()).monthNumber('июня') === 6
 */
export function readMonthLexicon(dataDir: string = DATA_DIR): MonthLexicon {
  return JSON.parse(readFileSync(join(dataDir, 'lexicons', 'months.json'), 'utf8')) as MonthLexicon;
}

/**
 * Reads the lexicons from a data folder, with a view of the analysis' knowledge base.
 * @example loadLexicons(buildKbView(kb.records())).modality.cues.length
 */
export function loadLexicons(kb: KbView, dataDir: string = DATA_DIR): Lexicons {
  // The files are checked by their tests; here they are trusted to have the documented shape. Each carries the cues
  // of every drafting language (`languages.json`): a document's language needs no switch, as no French or Spanish
  // cue is an English word.
  const read = (name: string): never => readWithLanguages(name, dataDir) as never;
  return Object.freeze({
    modality: read('modality.json'),
    promiseObjects: read('promise-objects.json'),
    sectors: read('sectors.json'),
    documentKinds: read('document-kinds.json'),
    meetingLevels: read('meeting-levels.json'),
    ordinals: read('ordinals.json'),
    actors: read('actors.json'),
    referenceHeads: read('reference-heads.json'),
    meetingSentence: read('meeting-sentence.json'),
    statementBoilerplate: read('statement-boilerplate.json'),
    dates: createDateFinder(readMonthLexicon(dataDir)),
    datePhrases: read('date-phrases.json'),
    regions: read('regions.json'),
    meetingVerbs: read('meeting-verbs.json'),
    meetingConfidence: read('meeting-confidence.json'),
    kb,
  });
}

/**
 * The lexicon `name` with the additions of every drafting language of `languages.json` (`<language>/<name>.json`).
 * @example readWithLanguages('modality.json').cues.some((c) => c.id === 'fr-s-engager-a')
 */
export function readWithLanguages(name: string, dataDir: string = DATA_DIR): unknown {
  const dir = join(dataDir, 'lexicons');
  let merged: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  for (const language of readLanguages(dataDir).languages) {
    const file = join(dir, language, name);
    if (existsSync(file)) merged = mergeLexicon(merged, JSON.parse(readFileSync(file, 'utf8')), `${language}/${name}`);
  }
  return merged;
}

/**
 * Which local names of states the knowledge-base view adds (`languages.json` countryNames), for `buildKbView`.
 * @example buildKbView(kb.records(), readLocalNames())
 */
export function readLocalNames(dataDir: string = DATA_DIR): LocalNames {
  const { languages, countryNames } = readLanguages(dataDir);
  return {
    languages,
    excluded: countryNames?.excluded ?? [],
    added: countryNames?.added ?? {},
    articles: countryNames?.articles ?? [],
  };
}

function readLanguages(dataDir: string): {
  languages: string[];
  countryNames?: { excluded: string[]; added?: Record<string, string[]>; articles?: string[] };
} {
  const file = join(dataDir, 'lexicons', 'languages.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { languages: [] };
}
