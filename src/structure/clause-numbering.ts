/**
 * @module clause-numbering
 * Decides whether a clause-looking line really starts a numbered clause. Agreed texts number
 * their clauses in sequence (1, 2, 3 …, restarting at 1 after a heading), so a marker is
 * accepted when it starts or continues its notation's sequence; a stray "5." in news prose,
 * which breaks the sequence, stays a paragraph. Markers that prose never starts with
 * ("Article 5", "一、") need no sequence.
 */
import type { LineMarker, MarkerReading } from './match-marker.ts';

/** How far a sequence may jump (a clause lost by the source, e.g. 5 → 7) and still be believed. */
const MAX_SKIP = 2;

/** The numbering seen so far in one document; `accept` both decides and records. */
export class ClauseNumbering {
  readonly #last = new Map<string, number>();
  #afterGap = false;

  /**
   * The reading under which `marker` starts a clause, or undefined when it does not.
   * @example new ClauseNumbering().accept(marker)?.label
   */
  accept(marker: LineMarker): MarkerReading | undefined {
    const reading = marker.readings.find((r) => marker.unambiguous || this.#fits(r));
    if (!reading) return undefined;
    this.#last.set(sequenceOf(reading), reading.value);
    this.#afterGap = false;
    return reading;
  }

  /** Marks a gap in the source ("[...]"): the next clause may resume at any later number. */
  gap(): void {
    this.#afterGap = true;
  }

  #fits(reading: MarkerReading): boolean {
    // "2.1" belongs under clause 2: it needs clause 2 to be the last decimal clause seen.
    if (reading.parent !== undefined && this.#last.get('decimal') !== reading.parent) return false;
    const last = this.#last.get(sequenceOf(reading)) ?? 0;
    if (reading.value === 1 || reading.value === last + 1) return true;
    if (last > 0 && reading.value > last && (reading.value <= last + MAX_SKIP || this.#afterGap)) return true;
    return false;
  }
}

/** The sequence a reading counts in: its notation, and for "2.1" also its parent clause. */
function sequenceOf(reading: MarkerReading): string {
  return reading.parent === undefined ? reading.notation : `${reading.notation}:${reading.parent}`;
}
