/**
 * @module review-page
 * `/review?format=…[&meeting=…]`: the review of implementation a format's next meeting needs:
 * every promise of its previous meeting with status and evidence, as a page that prints cleanly
 * (print rules in app.css) and as a DOCX download (`/review.docx`).
 */
import { z } from 'zod';
import { reviewDocx } from '../../export/review-docx.ts';
import { ProblemError } from '../../services/problem.ts';
import { implementationReview } from '../../services/tracking.ts';
import { readerLinks } from '../../services/tracking-views.ts';
import { countryName } from '../../services/shared-knowledge-base.ts';
import { EvidenceList } from '../components/evidence-list.tsx';
import { Layout } from '../components/layout.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

const querySchema = z.object({
  format: z.string().trim().min(1).max(200),
  meeting: z.string().trim().max(200).optional(),
});

export const reviewPage: PageModule = {
  name: 'review',
  register(app, { store }) {
    app.get('/review', allow('viewer'), async (c) => {
      const { format, meeting } = parsePageQuery(c, querySchema);
      const review = await implementationReview(store, format, meeting);
      const hrefs = await readerLinks(store, review.records);
      const label = meetingLabel(review.records[0]?.document.title ?? null, review.meeting?.madeOn ?? null);
      const meetingParam = meeting ? `&meeting=${encodeURIComponent(meeting)}` : '';
      const docx = `/review.docx?format=${encodeURIComponent(format)}${meetingParam}`;
      return renderHtml(
        c,
        <Layout title={`Review of implementation: ${format}`} active="formats">
          <article class="review">
            <h1>Review of implementation: {format}</h1>
            <p>
              Commitments of {label}, with their status as of {review.asOf} and the evidence in later documents.
            </p>
            <p class="no-print">
              <a href={docx}>Download as DOCX</a> · print this page for a paper copy
            </p>
            <OtherMeetings format={format} current={review.meeting?.id ?? null} meetings={review.meetings} />
            {review.records.length ? null : <p class="muted">No promises of this format are followed yet.</p>}
            {review.records.map((r) => (
              <section class="review-item">
                <h2>
                  Clause {r.commitment.clause} <StatusBadge status={r.status} />
                </h2>
                <blockquote class="promise">{r.text}</blockquote>
                <p class="muted">
                  {`Due ${r.commitment.due ?? 'without a deadline'} · ` +
                    `${r.commitment.actors.map(countryName).join(', ')} · ${r.commitment.sectors.join(', ')}`}
                </p>
                <EvidenceList evidence={r.evidence} hrefs={hrefs} />
              </section>
            ))}
          </article>
        </Layout>,
      );
    });

    app.get('/review.docx', allow('viewer'), async (c) => {
      const { format, meeting } = parsePageQuery(c, querySchema);
      const review = await implementationReview(store, format, meeting);
      if (!review.records.length) throw new ProblemError(404, 'not-found', 'No promises of this format are followed.');
      const bytes = await reviewDocx({
        format,
        meetingLabel: meetingLabel(review.records[0].document.title, review.meeting?.madeOn ?? null),
        asOf: review.asOf,
        records: review.records,
      });
      return new Response(Buffer.from(bytes), {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'Content-Disposition': 'attachment; filename="review-of-implementation.docx"',
        },
      });
    });
  },
};

function meetingLabel(title: string | null, madeOn: string | null): string {
  return `${title ?? 'the previous meeting'}${madeOn ? ` (${madeOn})` : ''}`;
}

/** Links to the reviews of the format's other meetings (texts issued between meetings have no review of their own). */
function OtherMeetings(props: {
  format: string;
  current: string | null;
  meetings: readonly { id: string | null; madeOn: string | null; title: string }[];
}) {
  const others = props.meetings.filter((m) => m.id && m.id !== props.current);
  if (!others.length) return null;
  return (
    <details class="no-print other-meetings">
      <summary>Review another meeting ({others.length})</summary>
      <ul>
        {others.map((m) => (
          <li>
            <a href={`/review?format=${encodeURIComponent(props.format)}&meeting=${encodeURIComponent(m.id!)}`}>
              {meetingLabel(m.title, m.madeOn)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
