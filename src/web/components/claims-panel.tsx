/**
 * @module claims-panel
 * A report's checked claims beside the record: each claim with its verdict, and next to it the
 * primary clause that decides it, the claim's words the clause lacks marked, what differs, the
 * note, and the rule with its confidence. Texts are JSX string children, so always escaped.
 */
import { anchorId, readerHref } from '../../services/anchor-id.ts';
import type { ReviewedClaimRow } from '../../services/claims.ts';
import { terms } from '../../link/retrieval/terms.ts';

const LABEL = { supported: 'supported', contradicted: 'contradicted', 'not-in-source': 'not in source' } as const;

/** The claims of one report, side by side with their evidence. */
export function ClaimsPanel({ claims }: { claims: readonly ReviewedClaimRow[] }) {
  if (!claims.length) return null;
  const count = (v: string) => claims.filter((c) => c.verdict === v).length;
  const meetingId = claims[0].claim.meetingId;
  return (
    <section class="claims" id="claims">
      <h2>Claims checked against the record</h2>
      <p class="meta">
        {count('supported')} supported · {count('contradicted')} contradicted · {count('not-in-source')} not in source
        {meetingId ? (
          <>
            {' '}
            · <a href={`/meetings/${encodeURIComponent(meetingId)}`}>every report on this meeting</a>
          </>
        ) : null}
      </p>
      <ol class="claim-list">
        {claims.map((c) => (
          <li class={`claim cl-${c.verdict}`} id={`claim-${c.claim.start}`}>
            <div class="claim-text">
              <span class={`badge cl-${c.verdict}`}>{LABEL[c.verdict]}</span> <DiffText claim={c} />
              <p class="meta">
                {c.note}
                {c.differences.map((d) => (
                  <>
                    {' '}
                    · <strong>{d.field}</strong>: {d.claimed} vs {d.recorded}
                  </>
                ))}{' '}
                · {c.rule} ({c.confidence.toFixed(2)}){c.review ? ` · reviewed by ${c.review.by}` : ''}
              </p>
            </div>
            <div class="claim-evidence">
              {c.evidenceTexts.length ? (
                c.evidenceTexts.map((e) => (
                  <blockquote>
                    <a
                      href={readerHref(
                        e.documentId,
                        anchorId(/^p\d+$/.test(e.clause) ? 'paragraph' : 'clause', e.clause),
                      )}
                    >
                      {e.document}, {e.clause}
                    </a>
                    <p>{e.text}</p>
                  </blockquote>
                ))
              ) : (
                <p class="meta">No primary clause says it or its opposite.</p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The claim's text with the words no evidence clause holds marked (for supported or contradicted claims). */
function DiffText({ claim }: { claim: ReviewedClaimRow }) {
  if (!claim.evidenceTexts.length) return <q>{claim.text}</q>;
  const held = new Set(claim.evidenceTexts.flatMap((e) => terms(e.text)));
  const parts = claim.text.split(/(\s+)/);
  return (
    <q>
      {parts.map((p) => {
        const t = terms(p);
        return t.length && t.every((x) => !held.has(x)) ? <mark class="diff">{p}</mark> : p;
      })}
    </q>
  );
}
