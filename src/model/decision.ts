/**
 * @module decision
 * What a reviewer said. Decisions are append-only and applied on top of machine output, so
 * re-analysis never loses them.
 */
export interface Decision {
  readonly id?: number;
  /** What it is about: `entity:<id>`, `mention:<docId>:<start>:<end>`, `statement:<docId>:<start>:<end>`, … */
  readonly target: string;
  /** `merge`, `split`, `rename`, `add-alias`, `reject-mention`, `set-kind`, … */
  readonly action: string;
  readonly payload: Record<string, unknown>;
  readonly by: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly note?: string;
}
