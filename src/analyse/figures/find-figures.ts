/**
 * @module find-figures
 * Finds the figures of a text: money, percentages, areas and counts, each with its currency or
 * unit, the approximation word before it and the period after it. Pure; spans are exact.
 */
import type { Approximation, FigureValue } from '../../model/figure.ts';
import type { Span } from '../../model/span.ts';
import type { FigureLexicon } from '../shared/figure-lexicon.ts';
import { buildFigurePatterns, type FigurePattern } from './figure-patterns.ts';
import { toUsd } from './to-usd.ts';

export interface FoundFigure extends Span {
  value: FigureValue;
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const compiled = new WeakMap<
  FigureLexicon,
  { patterns: FigurePattern[]; stop: RegExp; periods: { re: RegExp; means: string }[] }
>();

/**
 * The figures of `text`, in order, without overlaps (the longest at a place wins). `year` picks
 * the exchange rate for money in other currencies.
 * @example findFigures('trade of nearly $100 billion', lexicon, '2025')[0].value.approximation === 'nearly'
 */
export function findFigures(text: string, lex: FigureLexicon, year: string | null): FoundFigure[] {
  const { patterns, stop, periods } = compiledFor(lex);
  const found: FoundFigure[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern.re)) {
      const g = m.groups ?? {};
      const amount = g.num !== undefined ? Number(g.num.replaceAll(',', '')) : lex.numberWords[g.word.toLowerCase()];
      if (!Number.isFinite(amount)) continue;
      const value = amount * scaleOf(g.scale, lex);
      let end = m.index + m[0].length;
      let unit: string | null = null;
      if (pattern.kind === 'count') {
        const words = countUnit(g.unit, stop);
        if (!words || looksLikeDate(text, m.index, g) || (g.word && !/s\b/i.test(words))) continue;
        end = m.index + m[0].length - g.unit.length + words.length;
        unit = words.toLowerCase();
      } else if (pattern.kind === 'area') unit = lex.areaUnits.find((u) => whole(u.pattern).test(g.unit))!.unit;
      const currency = pattern.kind === 'money' ? currencyOf(g.cur, pattern.form!, lex) : null;
      const period = periodAfter(text.slice(end, end + 40), periods);
      const rate = currency
        ? toUsd(value, currency, period && /^\d{4}$/.test(period) ? period : year, lex.perUsd)
        : null;
      found.push({
        start: m.index,
        end,
        value: {
          kind: pattern.kind,
          value,
          currency,
          unit,
          period,
          approximation: approximationOf(g.approx, lex),
          usd: rate ? Math.round(rate.usd) : null,
          rateDate: rate?.rateDate ?? null,
        },
      });
    }
  }
  return withoutOverlaps(found);
}

function compiledFor(lex: FigureLexicon) {
  let c = compiled.get(lex);
  if (!c) {
    c = {
      patterns: buildFigurePatterns(lex),
      stop: new RegExp(`^(?:${lex.countStopwords.join('|')})$`, 'i'),
      periods: lex.periods.map((p) => ({
        re: new RegExp(`^[\\s,]*(?:${p.pattern})(?![\\p{L}])`, 'iu'),
        means: p.means,
      })),
    };
    compiled.set(lex, c);
  }
  return c;
}

function scaleOf(scale: string | undefined, lex: FigureLexicon): number {
  if (!scale) return 1;
  return lex.scales.find((s) => whole(s.pattern).test(scale))?.factor ?? 1;
}

function currencyOf(written: string, form: 'prefix' | 'name', lex: FigureLexicon): string | null {
  for (const c of lex.currencies) {
    const forms = form === 'prefix' ? c.prefixes : c.names;
    if (forms.some((f) => whole(f).test(written))) return c.code;
  }
  return null;
}

function approximationOf(written: string | undefined, lex: FigureLexicon): Approximation | null {
  if (!written) return null;
  return lex.approximations.find((a) => whole(a.pattern).test(written))?.means ?? null;
}

/** The period phrase right after a figure ("a year", "in 2024"), as the lexicon names it. */
function periodAfter(after: string, periods: readonly { re: RegExp; means: string }[]): string | null {
  for (const { re, means } of periods) {
    const m = re.exec(after);
    if (m) return means.replace('$1', m[1] ?? '');
  }
  return null;
}

/** The counted noun: up to three words, ending at the first plural; none when it is a stop word. */
function countUnit(words: string, stop: RegExp): string | null {
  const parts = words.split(/\s+/);
  if (stop.test(parts[0]) || MONTH.test(parts[0])) return null;
  const plural = parts.findIndex((w) => /s$/i.test(w) && !stop.test(w));
  const taken = plural >= 0 ? parts.slice(0, plural + 1) : parts.slice(0, 1);
  if (taken.some((w) => stop.test(w))) return parts[0];
  return taken.join(' ');
}

/** A bare year (2025) or a day of a month ("26 April", "April 26") is a date, not a count. */
function looksLikeDate(text: string, at: number, g: Record<string, string | undefined>): boolean {
  if (g.num && !g.scale && /^(1[89]|20)\d\d$/.test(g.num)) return true;
  return (
    MONTH.test(g.unit ?? '') ||
    /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/i.test(text.slice(Math.max(0, at - 12), at))
  );
}

const wholeCache = new Map<string, RegExp>();

/** A lexicon pattern that must match a whole word, case-insensitively; compiled once per pattern. */
function whole(pattern: string): RegExp {
  let re = wholeCache.get(pattern);
  if (!re) wholeCache.set(pattern, (re = new RegExp(`^(?:${pattern})$`, 'i')));
  return re;
}

function withoutOverlaps(found: FoundFigure[]): FoundFigure[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundFigure[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) continue;
    out.push(f);
  }
  return out;
}
