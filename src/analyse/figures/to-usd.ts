/**
 * @module to-usd
 * Money in US dollars at a dated annual rate, so that "¥1.5 bn" and "$208 m" can be compared.
 */

/** Units per US dollar by year and currency. */
export type RateTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * The amount in US dollars and the year of the rate used: the given year's rate, else the
 * nearest year listed for that currency; null when the currency has no rate.
 * @example toUsd(1.5e9, 'CNY', '2025', rates) // { usd: 208_333_333, rateDate: '2025' }
 */
export function toUsd(
  amount: number,
  currency: string,
  year: string | null,
  rates: RateTable,
): { usd: number; rateDate: string | null } | null {
  if (currency === 'USD') return { usd: amount, rateDate: null };
  const years = Object.keys(rates).filter((y) => rates[y][currency] !== undefined);
  if (!years.length) return null;
  const wanted = Number(year ?? years[years.length - 1]);
  const nearest = years.reduce((best, y) =>
    Math.abs(Number(y) - wanted) < Math.abs(Number(best) - wanted) ? y : best,
  );
  return { usd: amount / rates[nearest][currency], rateDate: nearest };
}
