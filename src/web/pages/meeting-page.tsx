/**
 * @module meeting-page
 * `/meetings/:id`: the reports about one meeting, each with its counts of supported,
 * contradicted and not-in-source claims (which outlets got it right), and the figures two
 * reports give differently.
 */
import { readerHref } from '../../services/anchor-id.ts';
import { meetingReports } from '../../services/meeting-reports.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

/** `GET /meetings/:id`. */
export const meetingPage: PageModule = {
  name: 'meeting',
  register(app, { store }) {
    app.get('/meetings/:id', allow('viewer'), async (c) => {
      const { meetingId, reports, differingFigures } = await meetingReports(store, c.req.param('id'));
      return renderHtml(
        c,
        <Layout title={`Reports on ${meetingId}`}>
          <article class="meeting">
            <h1>Reports on {meetingId}</h1>
            {reports.length ? (
              <table class="report-table">
                <thead>
                  <tr>
                    <th>Report</th>
                    <th>Outlet</th>
                    <th>Supported</th>
                    <th>Contradicted</th>
                    <th>Not in source</th>
                    <th>Reviewed</th>
                  </tr>
                </thead>
                <tbody>
                  {reports.map((r) => (
                    <tr>
                      <td>
                        <a href={`${readerHref(r.documentId)}#claims`}>{r.title ?? r.documentId}</a>
                      </td>
                      <td>{r.outlet ?? '—'}</td>
                      <td class="cl-supported">{r.supported}</td>
                      <td class="cl-contradicted">{r.contradicted}</td>
                      <td class="cl-not-in-source">{r.notInSource}</td>
                      <td class="cl-reviewed">
                        {r.lastReview ? (
                          <span class="badge reviewed" title={`latest by ${r.lastReview.by}, ${r.lastReview.at}`}>
                            {r.reviewed} reviewed · {r.lastReview.by} · {r.lastReview.at.slice(0, 10)}
                          </span>
                        ) : (
                          <span class="muted">machine</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p class="meta">No report about this meeting has been checked.</p>
            )}
            <h2>Figures reported differently</h2>
            {differingFigures.length ? (
              <ul class="figure-diffs">
                {differingFigures.map(([a, b]) => (
                  <li>
                    <strong>{a.written}</strong> ({a.outlet ?? a.documentId}) vs <strong>{b.written}</strong> (
                    {b.outlet ?? b.documentId})<p class="meta">{a.context}</p>
                    <p class="meta">{b.context}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="meta">No two reports give different figures for the same thing.</p>
            )}
          </article>
        </Layout>,
      );
    });
  },
};
