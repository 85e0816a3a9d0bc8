/**
 * @module queue-item-card
 * One suggestion in the review queue: what kind it is and why it ranks where it does, the
 * passage, what the machine said (value, confidence, rule), and a form that confirms, corrects
 * or rejects it. The form is a plain same-origin POST, so the queue works without script; the
 * select box joins the bulk form by its `form` attribute.
 */
import { VERDICTS } from '../../model/claim.ts';
import { COMMITMENT_STATUSES } from '../../model/commitment-status.ts';
import { SECTORS, STATEMENT_KINDS } from '../../model/layers.ts';
import { LINK_KINDS } from '../../model/link.ts';
import { needsReason } from '../../review/queue/queue-decisions.ts';
import type { QueueKind } from '../../review/queue/queue-item.ts';
import type { RankedItem } from '../../review/queue/rank-items.ts';

/** The closed lists a correction picks from; other kinds take typed text. */
const CHOICES: Partial<Record<QueueKind, readonly string[]>> = {
  'statement-kind': STATEMENT_KINDS,
  'claim-verdict': VERDICTS,
  'implementation-link': LINK_KINDS,
  'commitment-status': COMMITMENT_STATUSES,
};

/** What a text correction looks like, per kind. */
const HINTS: Partial<Record<QueueKind, string>> = {
  'statement-actors': 'ISO codes: KZ, UZ',
  'statement-sectors': SECTORS.slice(0, 3).join(', '),
  'meeting-parties': 'ISO codes: KZ, UZ',
  'meeting-date': 'YYYY-MM-DD',
  'entity-link': 'entity id (country:KZ)',
  'entity-merge': 'entity id to merge into',
};

export interface QueueItemCardProps {
  readonly item: RankedItem;
  /** Where the forms send the reviewer back to (this page with its filters). */
  readonly back: string;
  readonly bulkForm: string;
}

/** @example <QueueItemCard item={item} back="/queue?kind=claim-verdict" bulkForm="bulk" /> */
export function QueueItemCard({ item, back, bulkForm }: QueueItemCardProps) {
  const shown = showValue(item.machine.value);
  const formId = `f-${hash(item.id)}`;
  return (
    <li class={`q-item q-${item.kind}`} data-item={item.id} tabindex={-1}>
      <div class="q-head">
        <label class="q-select">
          <input type="checkbox" name="item" value={item.id} form={bulkForm} aria-label="Select" />
        </label>
        <span class={`badge q-kind`}>{item.kind.replace('-', ' ')}</span>
        <span class="q-why">{item.why.join(' · ')}</span>
        <a class="q-doc" href={`/documents/${encodeURIComponent(item.documentId)}`}>
          {item.title ?? item.documentId}
        </a>
        {item.format ? <span class="muted"> · {item.format}</span> : null}
      </div>
      {item.text ? <blockquote class="q-text">{item.text}</blockquote> : null}
      {item.detail ? <p class="meta q-detail">{item.detail}</p> : null}
      <p class="q-machine">
        Machine: <strong class="q-value">{shown || '—'}</strong>{' '}
        <span class="muted">
          (confidence {item.machine.confidence.toFixed(2)}, {item.machine.rule})
        </span>
      </p>
      <form class="q-form" method="post" action="/queue/decisions" id={formId}>
        <input type="hidden" name="item" value={item.id} />
        <input type="hidden" name="back" value={back} />
        <span class="q-correct">
          <CorrectField item={item} shown={shown} />
          <button type="submit" name="action" value="correct" class="secondary">
            Correct
          </button>
        </span>
        <button type="submit" name="action" value="confirm" class="q-confirm">
          Confirm
        </button>
        {item.actions.includes('reject') ? (
          <button type="submit" name="action" value="reject" class="q-reject secondary">
            Reject
          </button>
        ) : null}
        <input
          type="text"
          name="note"
          class="q-note"
          placeholder={needsReason(item.kind, 'correct') ? 'why (needed to correct or reject)' : 'why (optional)'}
          maxlength={2000}
        />
      </form>
    </li>
  );
}

function CorrectField({ item, shown }: { item: RankedItem; shown: string }) {
  const choices = CHOICES[item.kind];
  if (choices)
    return (
      <select name="value" class="q-value-input" aria-label="Corrected value">
        {choices.map((c) => (
          <option value={c} selected={c === item.machine.value}>
            {c}
          </option>
        ))}
      </select>
    );
  return (
    <input
      type="text"
      name="value"
      class="q-value-input"
      value={shown}
      placeholder={HINTS[item.kind] ?? ''}
      aria-label="Corrected value"
      maxlength={300}
    />
  );
}

/** A machine value as text: lists joined by commas. */
export function showValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === null || value === undefined ? '' : String(value);
}

/** A short stable id for an item's form (item ids hold characters an id attribute should not). */
function hash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
