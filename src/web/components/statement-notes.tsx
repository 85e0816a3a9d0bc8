/**
 * @module statement-notes
 * Beside each clause in the reader: its statements, each with its kind, actors, sectors,
 * deadline and references, so an analyst can check the reading against the text.
 */
import type { StatementValue } from '../../model/layers.ts';
import type { ReviewMark } from '../../review/queue/field-reviews.ts';
import { ReviewedBadge } from './reviewed-badge.tsx';

/** A statement with its span, as the reader places it. */
export interface StatementNote extends StatementValue {
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly source: string;
  /** Set when a reviewer corrected or confirmed its kind, actors or sectors. */
  readonly review?: ReviewMark;
}

/** The notes of one block; nothing when it has none. @example <StatementNotes notes={notes} /> */
export function StatementNotes({ notes }: { notes: readonly StatementNote[] }) {
  if (!notes.length) return null;
  return (
    <ul class="st-notes" aria-label="Statements in this passage">
      {notes.map((n) => (
        <li title={`${n.source} · confidence ${n.confidence.toFixed(2)}`}>
          <span class={`badge st-${n.kind}`}>{n.kind}</span>
          {n.actors.length ? <span class="st-actors">{n.actors.join(' ')}</span> : null}
          {n.deadline ? <span class="st-deadline">by {n.deadline}</span> : null}
          {n.sectors.length ? <span class="st-sectors">{n.sectors.join(', ')}</span> : null}
          {n.references.length ? <span class="st-refs">{n.references.map((r) => r.name).join('; ')}</span> : null}
          {n.review ? <ReviewedBadge review={n.review} /> : null}
        </li>
      ))}
    </ul>
  );
}
