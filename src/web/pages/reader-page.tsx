/**
 * @module reader-page
 * `/documents/:id`: the reader. Title and facts, then the clause tree with labels in the
 * margin and the annotation layers of `marks/` shown as marks over the text.
 */
import type { DocumentMeta } from '../../model/document.ts';
import type { MeetingValue, ParticipantValue, PartiesValue, StatementValue } from '../../model/layers.ts';
import { loadStoredLayers } from '../../store/document-layers.ts';
import type { StoredAnnotation } from '../../store/store.ts';
import { ProblemError } from '../../services/problem.ts';
import { countryName } from '../../services/shared-knowledge-base.ts';
import type { Mark } from '../components/annotated-text.tsx';
import { DocumentMetaLine } from '../components/document-meta-line.tsx';
import { DocumentTree } from '../components/document-tree.tsx';
import { Layout } from '../components/layout.tsx';
import { MeetingHeader } from '../components/meeting-header.tsx';
import { MARK_PROVIDERS } from '../marks/index.ts';
import { claimMarks } from '../marks/claim-marks.ts';
import { ClaimsPanel } from '../components/claims-panel.tsx';
import { listClaims } from '../../services/claims.ts';
import { clauseCitations } from '../../services/clause-citations.ts';
import { CitationsPanel } from '../components/citations-panel.tsx';
import { renderHtml } from '../render-html.ts';
import { applyMeetingReviews } from '../../review/queue/meeting-reviews.ts';
import { REVIEW_MEETING, REVIEW_STATEMENT } from '../../review/queue/queue-decisions.ts';
import { applyStatementReviews } from '../../review/queue/statement-reviews.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

/** `GET /documents/:id`. */
export const readerPage: PageModule = {
  name: 'reader',
  register(app, { store }) {
    app.get('/documents/:id', allow('viewer'), async (c) => {
      const stored = await store.getDocument(c.req.param('id'));
      if (!stored) throw new ProblemError(404, 'document-not-found', `No document with id "${c.req.param('id')}".`);
      const layers = await loadStoredLayers(store, stored.id, [
        ...MARK_PROVIDERS.map((p) => p.layer),
        'meeting',
        'parties',
        'participants',
      ]);
      const claims = await listClaims(store, { documentId: stored.id });
      const citations = await clauseCitations(store, stored.id);
      const [statementReviews, meetingReviews] = await Promise.all([
        store.listDecisions({ action: REVIEW_STATEMENT }),
        store.listDecisions({ action: REVIEW_MEETING }),
      ]);
      const notes = applyStatementReviews(
        (layers.statements ?? []).map((a) => ({
          ...(a.value as StatementValue),
          documentId: stored.id,
          start: a.start,
          end: a.end,
          confidence: a.confidence,
          source: a.source,
        })),
        statementReviews,
      );
      // The highlights show the statements as reviewed, like the notes beside them.
      const shown: Record<string, StoredAnnotation[]> = {
        ...layers,
        statements: notes.map((n) => ({ ...n, layer: 'statements', value: n })),
      };
      const marks: Mark[] = [...claimMarks(claims), ...MARK_PROVIDERS.flatMap((p) => p.toMarks(shown[p.layer] ?? []))];
      const meeting = applyMeetingReviews(
        stored.id,
        (layers.meeting?.[0]?.value as MeetingValue | undefined) ?? null,
        (layers.parties?.[0]?.value as PartiesValue | undefined)?.parties ?? [],
        meetingReviews,
      );
      return renderHtml(
        c,
        <Layout title={stored.title}>
          <article class="reader">
            <header class="doc-head">
              <h1>{stored.title}</h1>
              <DocumentMetaLine doc={stored} />
              <SourceLine id={stored.id} meta={stored.meta} />
              <MeetingHeader
                meeting={meeting.meeting}
                parties={meeting.parties}
                review={meeting.review}
                participants={layers.participants?.map((a) => a.value as ParticipantValue)}
                countryName={countryName}
              />
            </header>
            <ClaimsPanel claims={claims} />
            <CitationsPanel citations={citations} />
            {notes.length ? <StatementLegend /> : null}
            <DocumentTree text={stored.document.text} tree={stored.tree} marks={marks} notes={notes} />
          </article>
        </Layout>,
      );
    });
  },
};

/** What the statement colours mean. */
function StatementLegend() {
  return (
    <p class="st-legend meta">
      Statements: <span class="badge st-commitment">commitment</span>{' '}
      <span class="badge st-endorsement">endorsement</span> <span class="badge st-position">position</span>{' '}
      <span class="badge st-record">record</span>
    </p>
  );
}

function SourceLine({ id, meta }: { id: string; meta: DocumentMeta }) {
  const api = `/api/documents/${encodeURIComponent(id)}`;
  return (
    <p class="meta source">
      {meta.url && isWebUrl(meta.url) ? (
        <>
          <a href={meta.url} rel="noopener noreferrer nofollow">
            Original page
          </a>{' '}
          ·{' '}
        </>
      ) : null}
      {meta.fileName ? (
        <>
          <span>{meta.fileName}</span> ·{' '}
        </>
      ) : null}
      <a href={`${api}/source`}>Source file</a> · <a href={`${api}/analysis`}>Analysis (JSON)</a> · <code>{id}</code>
    </p>
  );
}

/** Only http(s) links: a `javascript:` URL in metadata must not become a link. */
function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
