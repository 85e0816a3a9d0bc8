/**
 * @module implementation-lexicon
 * The cue words of implementation reports (data/lexicons/implementation-cues.json) and the
 * ordinal words (data/lexicons/ordinals.json) and the report verbs per promised act
 * (data/lexicons/report-verbs.json), compiled once into regular expressions and sets.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formOf } from './word-form.ts';

export interface ImplementationLexicon {
  /** Each finds its cues anywhere in a sentence (global, case-insensitive, word-bounded). */
  readonly completion: RegExp;
  readonly forward: RegExp;
  readonly progressSteps: RegExp;
  readonly contradiction: RegExp;
  readonly endorsedFuture: RegExp;
  readonly anaphora: RegExp;
  /** A pointing back to the aim of what was named before ("to this end"). */
  readonly purposeAnaphora: RegExp;
  /** A sentence that promises again ("we reiterate our commitment to"). */
  readonly recommitment: RegExp;
  /** Topics talked about at a meeting ("discussed", "issues such as"). */
  readonly discussion: RegExp;
  /** Introduces the programme a promise is made within, which is not its object. */
  readonly framework: RegExp;
  /** Introduces an event that is a promise's deadline, occasion or source ("by the Summit"), not its object. */
  readonly eventSetting: RegExp;
  /** Meeting at or attending an event ("meet at the summit"): the event is then the promise's object after all. */
  readonly eventAttendance: RegExp;
  /** Bringing an institution, project or initiative into being ("establish", "launch"). */
  readonly creation: RegExp;
  /** A text doing the act it names ("hereby"). */
  readonly performative: RegExp;
  /** A promise to meet again ("will meet regularly", "the next meeting"). */
  readonly meetAgain: RegExp;
  readonly genericWords: ReadonlySet<string>;
  /** Generic for topic pairs only (they head named anchors). */
  readonly headNouns: ReadonlySet<string>;
  /** Generic alone, they name a sector's cooperation beside its field ("cooperation in education"). */
  readonly sectorHeads: ReadonlySet<string>;
  /** Nouns every title of a diplomatic text has ("statement", "declaration"). */
  readonly documentNouns: ReadonlySet<string>;
  readonly fillerWords: ReadonlySet<string>;
  /** The nouns a regional body's name adds to its region ("Pacific Islands Forum", "African Union"). */
  readonly organisationNouns: ReadonlySet<string>;
  /** A future, intention or purpose that makes the rest of its clause still to do ("we will seek to …"). */
  readonly prospectiveClause: RegExp;
  /** The nouns a format's meetings are reported by ("summits"), each with the levels it names (empty: any). */
  readonly meetingNouns: ReadonlyMap<string, readonly string[]>;
  /** A promise phrase → the forms of the nouns its report uses ("diplomatic presence" → embassy). */
  readonly objectReports: readonly { readonly promise: RegExp; readonly report: readonly string[] }[];
  /** Ordinal word → number ("second" → 2). */
  readonly ordinals: ReadonlyMap<string, number>;
  /** A promise's verb (compared form) → the past forms a report of the act done uses ("provid" → disbursed, …). */
  readonly reportVerbs: ReadonlyMap<string, RegExp>;
}

interface CueFile {
  completion: string[];
  forward: string[];
  progressSteps: string[];
  contradiction: string[];
  endorsedFuture: string[];
  anaphora: string[];
  purposeAnaphora: string[];
  recommitment: string[];
  discussion: string[];
  framework: string[];
  eventSetting: string[];
  eventAttendance: string[];
  creation: string[];
  performative: string[];
  meetAgain: string[];
  genericWords: string[];
  headNouns: string[];
  sectorHeads: string[];
  documentNouns: string[];
  fillerWords: string[];
  organisationNouns: string[];
  meetingNouns: Record<string, string[]>;
  prospectiveClause: string[];
  objectReports: { promise: string[]; report: string[] }[];
}

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/lexicons');
let cached: ImplementationLexicon | undefined;

/** Loads the lexicon once per process. */
export function implementationLexicon(): ImplementationLexicon {
  if (cached) return cached;
  const cues = JSON.parse(readFileSync(join(dataDir, 'implementation-cues.json'), 'utf8')) as CueFile;
  const ordinals = JSON.parse(readFileSync(join(dataDir, 'ordinals.json'), 'utf8')) as {
    words: Record<string, number>;
  };
  cached = Object.freeze({
    completion: cueRegExp(cues.completion),
    forward: cueRegExp(cues.forward),
    progressSteps: cueRegExp(cues.progressSteps),
    contradiction: cueRegExp(cues.contradiction),
    endorsedFuture: cueRegExp(cues.endorsedFuture),
    anaphora: cueRegExp(cues.anaphora),
    purposeAnaphora: cueRegExp(cues.purposeAnaphora),
    recommitment: cueRegExp(cues.recommitment),
    discussion: cueRegExp(cues.discussion),
    framework: cueRegExp(cues.framework),
    eventSetting: cueRegExp(cues.eventSetting),
    eventAttendance: cueRegExp(cues.eventAttendance),
    creation: cueRegExp(cues.creation),
    performative: cueRegExp(cues.performative),
    meetAgain: cueRegExp(cues.meetAgain),
    genericWords: wordSet(cues.genericWords),
    headNouns: wordSet(cues.headNouns),
    sectorHeads: wordSet(cues.sectorHeads),
    documentNouns: wordSet(cues.documentNouns),
    fillerWords: wordSet(cues.fillerWords),
    organisationNouns: wordSet(cues.organisationNouns),
    meetingNouns: new Map(Object.entries(cues.meetingNouns).map(([noun, levels]) => [formOf(noun), levels])),
    prospectiveClause: cueRegExp(cues.prospectiveClause),
    objectReports: cues.objectReports.map((r) => ({
      promise: cueRegExp(r.promise),
      report: [...new Set(r.report.map(formOf))],
    })),
    ordinals: new Map(Object.entries(ordinals.words)),
    reportVerbs: reportVerbsOf(JSON.parse(readFileSync(join(dataDir, 'report-verbs.json'), 'utf8')) as ReportVerbFile),
  });
  return cached;
}

interface ReportVerbFile {
  types: Record<string, { promise: string[]; report: string[] }>;
}

/** Each promise verb's form to one alternation of its types' report verbs (a verb may have several types). */
function reportVerbsOf(file: ReportVerbFile): ReadonlyMap<string, RegExp> {
  const reports = new Map<string, Set<string>>();
  for (const { promise, report } of Object.values(file.types))
    for (const verb of promise) {
      const set = reports.get(formOf(verb)) ?? new Set<string>();
      for (const r of report) set.add(r);
      reports.set(formOf(verb), set);
    }
  return new Map([...reports].map(([verb, set]) => [verb, cueRegExp([...set])]));
}

/** The words as written and as compared (see `formOf`): sets are asked for either. */
function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.flatMap((w) => [w, formOf(w)]));
}

/** One alternation of the cues, longest first so "was held" wins over "held". */
function cueRegExp(cues: readonly string[]): RegExp {
  const sorted = [...cues].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${sorted.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu');
}
