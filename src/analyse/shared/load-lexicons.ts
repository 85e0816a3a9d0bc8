/**
 * @module load-lexicons
 * Loads the lexicons of the document-kind, meeting, parties and statements steps from
 * `data/lexicons/*.json`, with the knowledge-base view the caller built (see `load-context`),
 * into `context.lexicons`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MeetingLevel, Sector, StatementKind } from '../../model/layers.ts';
import type { DocumentKind } from '../../model/document.ts';
import type { KbView } from './kb-view.ts';
import { createDateFinder, type DateFinder } from './find-dates.ts';

export interface ModalityCue {
  id: string;
  pattern: string;
  kind: StatementKind;
  confidence: number;
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
  readonly modality: { cues: ModalityCue[]; framing: string; aims?: { why: string; cues: string[]; after: string[] } };
  readonly sectors: { threshold: number; default: Sector; sectors: Record<Sector, [string, number][]> };
  readonly documentKinds: { prior: { weight: number }; fallback: DocumentKind; cues: KindCue[] };
  readonly meetingLevels: { levels: { level: MeetingLevel; patterns: string[] }[] };
  readonly ordinals: { words: Record<string, number> };
  readonly actors: { groups: ActorGroup[]; regions: Record<string, string[]>; listHeads?: WordList };
  readonly referenceHeads: {
    heads: Record<'event' | 'organization' | 'initiative' | 'project', string[]>;
    generic: string[];
    connectors: string[];
    /** "ASEAN-led": hyphenated endings that make an organisation's name a modifier, no reference. */
    modifierSuffixes?: WordList;
  };
  /** Word lists that find the sentence naming the meeting (`meeting-sentence.json`). */
  readonly meetingSentence: {
    meetingNouns: WordList;
    meetingVerbs: WordList;
    weekdays: WordList;
    recalled: { why: string; counts: string[]; earlier: string[]; nouns: string[] };
  };
  /** Dates read with the month lexicon (`months.json`, every language the corpora use). */
  readonly dates: DateFinder;
  readonly kb: KbView;
}

/** A word list with the reason the rules read it. */
export interface WordList {
  readonly why: string;
  readonly words: readonly string[];
}

/** The repository's `data/` folder. */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data');

/**
 * Reads the lexicons from a data folder, with a view of the analysis' knowledge base.
 * @example loadLexicons(buildKbView(kb.records())).modality.cues.length
 */
export function loadLexicons(kb: KbView, dataDir: string = DATA_DIR): Lexicons {
  // The files are checked by their tests; here they are trusted to have the documented shape.
  const read = (name: string): never => JSON.parse(readFileSync(join(dataDir, 'lexicons', name), 'utf8')) as never;
  return Object.freeze({
    modality: read('modality.json'),
    sectors: read('sectors.json'),
    documentKinds: read('document-kinds.json'),
    meetingLevels: read('meeting-levels.json'),
    ordinals: read('ordinals.json'),
    actors: read('actors.json'),
    referenceHeads: read('reference-heads.json'),
    meetingSentence: read('meeting-sentence.json'),
    dates: createDateFinder(read('months.json')),
    kb,
  });
}
