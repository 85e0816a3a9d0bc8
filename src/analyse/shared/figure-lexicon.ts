/**
 * @module figure-lexicon
 * The words that make a number a figure and the dated exchange rates, read once from
 * `data/lexicons/figures.json` and `data/lexicons/exchange-rates.json` (each lists its sources).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Approximation } from '../../model/figure.ts';
import { DATA_DIR } from './load-lexicons.ts';

export interface FigureLexicon {
  readonly currencies: readonly { code: string; prefixes: string[]; names: string[] }[];
  readonly scales: readonly { pattern: string; factor: number }[];
  readonly numberWords: Readonly<Record<string, number>>;
  readonly percent: readonly string[];
  readonly areaUnits: readonly { pattern: string; unit: string }[];
  readonly approximations: readonly { pattern: string; means: Approximation }[];
  readonly periods: readonly { pattern: string; means: string }[];
  readonly countStopwords: readonly string[];
  /** Year → currency code → units per US dollar. */
  readonly perUsd: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Reads the figure lexicon from a data folder. @example loadFigureLexicon().currencies[0].code === 'USD' */
export function loadFigureLexicon(dataDir: string = DATA_DIR): FigureLexicon {
  const read = (name: string) => JSON.parse(readFileSync(join(dataDir, 'lexicons', name), 'utf8'));
  const figures = read('figures.json');
  const rates = read('exchange-rates.json');
  return Object.freeze({ ...figures, perUsd: rates.perUsd });
}

let shared: FigureLexicon | undefined;

/** The repository's figure lexicon, read once per process (it is read-only). */
export function sharedFigureLexicon(): FigureLexicon {
  return (shared ??= loadFigureLexicon());
}
