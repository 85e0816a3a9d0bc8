/**
 * @module bar-list
 * Counts as a small list of labelled bars (`<meter>`: no inline style, which the CSP forbids),
 * each label optionally a link that filters by it.
 */

export interface BarListProps {
  readonly title: string;
  readonly counts: Readonly<Record<string, number>>;
  /** Shown text of a key (a country name for an ISO code). */
  readonly label?: (key: string) => string;
  /** Link of a key, e.g. the same page filtered by it. */
  readonly hrefFor?: (key: string) => string;
  /** The key currently filtered on, marked as current. */
  readonly current?: string;
  /** Most bars shown (largest first). */
  readonly max?: number;
}

/** The bar list; nothing when there are no counts. @example <BarList title="Sectors" counts={{ energy: 3 }} /> */
export function BarList({ title, counts, label = (k) => k, hrefFor, current, max = 12 }: BarListProps) {
  const entries = Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max);
  if (!entries.length) return null;
  const top = entries[0][1];
  return (
    <section class="bars">
      <h2>{title}</h2>
      <ol>
        {entries.map(([key, n]) => (
          <li aria-current={key === current ? 'true' : undefined}>
            <span class="bar-label">{hrefFor ? <a href={hrefFor(key)}>{label(key)}</a> : label(key)}</span>
            <meter min={0} max={top} value={n} aria-label={`${label(key)}: ${n}`}></meter>
            <span class="bar-count">{n}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
