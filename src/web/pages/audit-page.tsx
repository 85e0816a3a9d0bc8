/**
 * @module audit-page
 * `/audit` (admins): the hash-chained audit log, newest first, a page at a time, filtered by
 * actor or action, with the chain's verification on top; `/audit.csv` exports it whole.
 */
import { z } from 'zod';
import { auditToCsv } from '../../export/audit-csv.ts';
import { allow } from '../../services/permissions.ts';
import { Layout } from '../components/layout.tsx';
import { Pager } from '../components/pager.tsx';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

const auditQuerySchema = z.object({
  actor: z.string().trim().max(200).optional(),
  action: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** "decision" finds every `decision:<action>` entry; a full name finds itself. */
function sameAction(action: string, wanted: string): boolean {
  return action === wanted || action.startsWith(`${wanted}:`);
}

/** `GET /audit`, `GET /audit.csv`. */
export const auditPage: PageModule = {
  name: 'audit',
  register(app, { store }) {
    app.get('/audit', allow('admin'), async (c) => {
      const q = parsePageQuery(c, auditQuerySchema);
      const [entries, report] = await Promise.all([store.custody.auditEntries(), store.custody.verify()]);
      const kept = entries
        .filter((e) => (!q.actor || e.actor === q.actor) && (!q.action || sameAction(e.action, q.action)))
        .reverse();
      const shown = kept.slice(q.offset, q.offset + q.limit);
      const href = (offset: number) => {
        const s = new URLSearchParams();
        if (q.actor) s.set('actor', q.actor);
        if (q.action) s.set('action', q.action);
        if (offset) s.set('offset', String(offset));
        return `/audit${s.size ? `?${s}` : ''}`;
      };
      return renderHtml(
        c,
        <Layout title="Audit log" active="audit">
          <h1>Audit log</h1>
          <p class={report.ok ? 'q-flash' : 'problem'}>
            {report.ok
              ? `The chain holds: ${report.entries} entries, each hashed with the one before.`
              : `The chain is broken at ${report.problems.length} entr${report.problems.length === 1 ? 'y' : 'ies'}: ` +
                report.problems
                  .slice(0, 5)
                  .map((p) => `#${p.seq} ${p.problem}`)
                  .join('; ')}
          </p>
          <p class="meta">
            Head hash <code>{report.head || '—'}</code> · Export: <a href="/audit.csv">CSV</a> ·{' '}
            <a href="/api/audit">JSON</a> · <a href="/api/audit/verify">verification</a>
          </p>
          <form class="filters" method="get" action="/audit">
            <label>
              Actor <input type="text" name="actor" value={q.actor ?? ''} />
            </label>
            <label>
              Action <input type="text" name="action" value={q.action ?? ''} placeholder="decision" />
            </label>
            <button type="submit">Filter</button>
          </form>
          {shown.length ? (
            <table class="data audit">
              <thead>
                <tr>
                  <th>#</th>
                  <th>when</th>
                  <th>who</th>
                  <th>action</th>
                  <th>target</th>
                  <th>details</th>
                  <th>hash</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e) => (
                  <tr id={`seq-${e.seq}`}>
                    <td>{e.seq}</td>
                    <td>
                      <time datetime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time>
                    </td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td class="meta">{e.target}</td>
                    <td class="meta audit-details">
                      {e.details.length > 300 ? `${e.details.slice(0, 300)}…` : e.details}
                    </td>
                    <td>
                      <code title={e.hash}>{e.hash.slice(0, 12)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p class="empty">No audit entries{q.actor || q.action ? ' match' : ''}.</p>
          )}
          <Pager total={kept.length} limit={q.limit} offset={q.offset} hrefFor={href} />
        </Layout>,
      );
    });
    app.get('/audit.csv', allow('admin'), async () => {
      const csv = auditToCsv(await store.custody.auditEntries());
      return new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="audit.csv"',
        },
      });
    });
  },
};
