/**
 * @module structure-lexicon
 * The words the structure builder and the web-page reader know (abbreviations, clause words,
 * closing phrases, page-chrome words), loaded once from `data/lexicons/`. Kept as data so other
 * languages and formats need no code change.
 */
import { readFileSync } from 'node:fs';

export interface StructureLexicon {
  /** Words whose final period never ends a sentence ("Mr.", "No.", "e.g."). */
  readonly abbreviations: ReadonlySet<string>;
  /** Words that head a numbered clause ("Article", "Section"). */
  readonly clauseWords: readonly string[];
  /** Openings of the closing lines after the last clause ("Done at", "Adopted in"). */
  readonly closingPhrases: readonly string[];
  /** Names of a document's own sections ("Preamble"): a leading line with one is a heading, not the title. */
  readonly sectionNames: ReadonlySet<string>;
  /** Lower-case alphabets in the order lettered items run ("abc…", Russian "абв…" without "й"). */
  readonly listAlphabets: readonly string[];
  /** Lower-case words of a web page's class or id that name site chrome ("cookie", "sidebar"). */
  readonly pageChromeWords: ReadonlySet<string>;
}

let cached: StructureLexicon | undefined;

/** The lexicon, read on first use. @example structureLexicon().abbreviations.has('Mr.') */
export function structureLexicon(): StructureLexicon {
  if (cached) return cached;
  const abbreviations = readJson('abbreviations.json') as { abbreviations: string[] };
  const structure = readJson('document-structure.json') as {
    clauseWords: string[];
    closingPhrases: string[];
    sectionNames: string[];
    listAlphabets: string[];
    pageChromeWords: string[];
  };
  cached = Object.freeze({
    abbreviations: new Set(abbreviations.abbreviations),
    clauseWords: Object.freeze([...structure.clauseWords]),
    closingPhrases: Object.freeze([...structure.closingPhrases]),
    sectionNames: new Set(structure.sectionNames),
    listAlphabets: Object.freeze([...structure.listAlphabets]),
    pageChromeWords: new Set(structure.pageChromeWords.map((w) => w.toLowerCase())),
  });
  return cached;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/lexicons/${name}`, import.meta.url), 'utf8'));
}
