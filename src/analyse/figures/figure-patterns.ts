/**
 * @module figure-patterns
 * The regular expressions that find figures, built once from the figure lexicon. Every
 * pattern has the named groups `approx`, `num`, `scale` and, by kind, `cur` or `unit`.
 */
import type { FigureKind } from '../../model/figure.ts';
import type { FigureLexicon } from '../shared/figure-lexicon.ts';

export interface FigurePattern {
  kind: FigureKind;
  /** `prefix` (currency before the number) or `name` (currency after it), for money. */
  form?: 'prefix' | 'name';
  re: RegExp;
}

/** A number as written: 1,500 · 1.5 · 43.8 (comma groups of three only, so "2023 150" stays two). */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** The counted noun after a number: up to three words. */
const COUNTED = String.raw`\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*){0,2}`;

const alternation = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');

/** Builds the patterns of one lexicon. @example buildFigurePatterns(lexicon).map((p) => p.kind) */
export function buildFigurePatterns(lex: FigureLexicon): FigurePattern[] {
  const approxWords = alternation(lex.approximations.map((a) => a.pattern));
  const approx = String.raw`(?:(?<![\p{L}\p{N}])(?<approx>${approxWords})\s+)?`;
  const scale = String.raw`(?:\s?(?<scale>${alternation(lex.scales.map((s) => s.pattern))})(?![\p{L}\p{N}]))?`;
  const num = `(?<![\\p{L}\\p{N}.,])(?<num>${NUMBER})`;
  const words = alternation(Object.keys(lex.numberWords));
  const prefixes = alternation(lex.currencies.flatMap((c) => c.prefixes));
  const names = alternation(lex.currencies.flatMap((c) => c.names));
  const percent = alternation(lex.percent.map((p) => p.replace(/[%]/g, '%')));
  const area = alternation(lex.areaUnits.map((u) => u.pattern));
  const flags = 'giu';
  return [
    { kind: 'money', form: 'prefix', re: new RegExp(`${approx}(?<cur>${prefixes})\\s?${num}${scale}`, flags) },
    {
      kind: 'money',
      form: 'name',
      re: new RegExp(`${approx}${num}${scale}\\s+(?<cur>${names})(?![\\p{L}])`, flags),
    },
    { kind: 'percent', re: new RegExp(`${approx}${num}\\s?(?:${percent})(?![\\p{L}])`, flags) },
    { kind: 'area', re: new RegExp(`${approx}${num}${scale}\\s?(?<unit>${area})(?![\\p{L}])`, flags) },
    {
      kind: 'count',
      re: new RegExp(`${approx}(?:${num}|(?<![\\p{L}])(?<word>${words}))${scale}\\s+(?<unit>${COUNTED})`, flags),
    },
  ];
}
