/**
 * @module bench-report
 * The benchmark's result rows and how they print: one titled table per section.
 */

/** One measured value. */
export interface BenchRow {
  metric: string;
  value: string;
}

/** A section's title and rows. */
export interface BenchSection {
  title: string;
  rows: BenchRow[];
}

/** Formats sections as aligned tables. @example console.log(formatReport([{ title: 'ingest', rows }])) */
export function formatReport(sections: readonly BenchSection[]): string {
  const w = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.metric.length)), 10);
  return sections
    .map((s) => [`== ${s.title}`, ...s.rows.map((r) => `  ${r.metric.padEnd(w)}  ${r.value}`)].join('\n'))
    .join('\n\n');
}

/** Percentile (nearest rank) of sorted numbers. @example percentile([1, 2, 3], 0.5) === 2 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
