/**
 * @module status-badge
 * A commitment's status as a coloured badge (classes in app.css), with the day it began.
 */
import type { CommitmentStatus } from '../../model/commitment-status.ts';

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const since = status.history.at(-1);
  return (
    <span class={`status status-${status.current}`} title={since?.reason}>
      {status.current.replace('-', ' ')}
      {since ? <span class="since"> since {since.since}</span> : null}
      {since?.by === 'reviewer' ? <span class="since"> (reviewer)</span> : null}
    </span>
  );
}
