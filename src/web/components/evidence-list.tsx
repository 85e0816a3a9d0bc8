/**
 * @module evidence-list
 * A promise's evidence as a timeline: each later passage with its date, kind, rule, confidence,
 * the reviewer's verdict, and a link to the passage in the reader. Passage text is untrusted
 * and goes in as text (JSX escapes it). Reports of a meeting that another report of the same
 * meeting stands for (the one the analysis export lists) come after, collapsed.
 */
import type { Evidence } from '../../track/commitment-records.ts';

export interface EvidenceListProps {
  readonly evidence: readonly Evidence[];
  readonly hrefs: ReadonlyMap<string, string>;
  /** Review buttons (forms posting to the decision endpoints) beside each link. */
  readonly reviewable?: boolean;
  /** Keys of coverage links another report of the same meeting stands for: shown collapsed. */
  readonly secondary?: ReadonlySet<string>;
}

export function EvidenceList({ evidence, hrefs, reviewable, secondary }: EvidenceListProps) {
  if (!evidence.length) return <p class="muted">No later document reports on it yet.</p>;
  const item = (e: Evidence) => <EvidenceItem e={e} hrefs={hrefs} reviewable={reviewable} />;
  const main = evidence.filter((e) => !secondary?.has(e.key));
  const rest = evidence.filter((e) => secondary?.has(e.key));
  return (
    <>
      <ol class="evidence">{main.map(item)}</ol>
      {rest.length ? (
        <details class="evidence-secondary">
          <summary>
            {rest.length} more {rest.length === 1 ? 'report' : 'reports'} of a meeting already shown above (the analysis
            export lists one report per meeting)
          </summary>
          <ol class="evidence">{rest.map(item)}</ol>
        </details>
      ) : null}
    </>
  );
}

function EvidenceItem({ e, hrefs, reviewable }: { e: Evidence } & Omit<EvidenceListProps, 'evidence'>) {
  return (
    <li class={`evidence-${e.kind}${e.review === 'rejected' ? ' rejected' : ''}`}>
      <div class="evidence-head">
        <time>{e.evidenceDate ?? 'undated'}</time> <span class={`badge link-${e.kind}`}>{e.kind}</span>{' '}
        <a href={hrefs.get(`${e.evidence.documentId}:${e.evidence.start}`)}>
          {e.document.title ?? e.document.fileName ?? e.document.id}
        </a>{' '}
        <span class="muted">
          {e.rule} · {Math.round(e.confidence * 100)}%{e.review ? ` · ${e.review} by a reviewer` : ' · suggestion'}
        </span>
      </div>
      <blockquote>{e.text}</blockquote>
      {reviewable ? (
        <form method="post" action={`/tracking/links/${encodeURIComponent(e.key)}`} class="inline">
          <button name="verdict" value="confirmed" type="submit">
            Confirm
          </button>{' '}
          <button name="verdict" value="rejected" type="submit">
            Reject
          </button>
        </form>
      ) : null}
    </li>
  );
}
