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
  readonly aspects: readonly { id: string; aspect: ClaimAspect; re: RegExp }[];
  readonly meeting: RegExp;
  readonly documents: RegExp;
  readonly collective: RegExp;
  readonly speech: RegExp;
  readonly skip: RegExp;
  readonly background: RegExp;
  readonly negation: RegExp;
  /** Participles after a comma that open a second claim. */
  readonly continuations: RegExp;
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
    aspects: raw.aspects.map((a: { id: string; aspect: ClaimAspect; pattern: string }) => ({
      id: a.id,
      aspect: a.aspect,
      re: wordPattern(a.pattern),
    })),
    meeting: wordPattern(raw.meeting),
    documents: wordPattern(raw.documents),
    collective: wordPattern(raw.collective),
    speech: wordPattern(raw.speech),
    skip: wordPattern(raw.skip),
    background: wordPattern(raw.background),
    negation: wordPattern(raw.negation),
    continuations: new RegExp(`,\\s+(?=(?:${raw.continuations})(?:\\s+that\\b|:))`, 'gi'),
    minWords: raw.minWords,
    dates: createDateFinder(readMonthLexicon(dataDir)),
  });
}

let shared: ClaimLexicon | undefined;

/** The repository's claim cues, read once per process (they are read-only). */
export function sharedClaimLexicon(): ClaimLexicon {
  return (shared ??= loadClaimLexicon());
}
