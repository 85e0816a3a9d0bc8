/**
 * @module figure
 * A number the text states with what it counts: money, a percentage, a count or an area, with
 * its currency or unit, the period it covers and the approximation word the writer used.
 * Layer `figures` holds one annotation per figure; its span is the figure as written.
 */

export const FIGURE_KINDS = ['money', 'percent', 'count', 'area'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How the writer qualified the number: "nearly", "over", "about", "up to", or not at all. */
export const APPROXIMATIONS = ['about', 'nearly', 'over', 'under', 'up-to'] as const;
export type Approximation = (typeof APPROXIMATIONS)[number];

/** Layer `figures`: one annotation per figure. */
export interface FigureValue {
  kind: FigureKind;
  /** The number as written times its scale word ("1.5 billion" → 1_500_000_000). */
  value: number;
  /** ISO 4217 code for money ("USD", "CNY"); null otherwise. */
  currency: string | null;
  /** What is counted or measured ("km2", "hectares", "projects"); null for money and percentages. */
  unit: string | null;
  /** The period the figure covers as the text gives it ("year", "2024"), or null. */
  period: string | null;
  approximation: Approximation | null;
  /** Money in US dollars at the dated rate of `data/lexicons/exchange-rates.json`; null without a rate. */
  usd: number | null;
  /** The date of the rate used for `usd` (for USD itself, null). */
  rateDate: string | null;
}
