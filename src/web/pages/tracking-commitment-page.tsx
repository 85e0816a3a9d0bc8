/**
 * @module tracking-commitment-page
 * `/tracking/:key`: one commitment: its text and document, actors, sectors, deadline, its status
 * history, and the evidence timeline with links to the later passages; reviewers confirm or
 * reject links and set a status by hand (plain forms, the same services as the API).
 */
import { COMMITMENT_STATUSES } from '../../model/commitment-status.ts';
import { countryName } from '../../services/shared-knowledge-base.ts';
import { getCommitment, reviewLink, setStatus } from '../../services/tracking.ts';
import { readerLinks, secondaryCoverage } from '../../services/tracking-views.ts';
import { ProblemError } from '../../services/problem.ts';
import { EvidenceList } from '../components/evidence-list.tsx';
import { Layout } from '../components/layout.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { actorName, allow } from '../../services/permissions.ts';

export const trackingCommitmentPage: PageModule = {
  name: 'tracking-commitment',
  register(app, { store }) {
    app.get('/tracking/:key', allow('viewer'), async (c) => {
      const key = c.req.param('key');
      const r = await getCommitment(store, key);
      if (!r) throw new ProblemError(404, 'not-found', 'No such commitment.');
      const [hrefs, secondary] = await Promise.all([readerLinks(store, [r]), secondaryCoverage(store, r)]);
      const c0 = r.commitment;
      return renderHtml(
        c,
        <Layout title={`Commitment ${c0.clause}`} active="commitments">
          <p class="muted">
            <a href={`/formats/${encodeURIComponent(c0.format ?? '')}`}>{c0.format ?? 'Unknown format'}</a> · made{' '}
            {c0.madeOn ?? 'on an unknown day'} ·{' '}
            <a href={hrefs.get(`${c0.documentId}:${c0.start}`)}>
              {r.document.title ?? r.document.fileName} (clause {c0.clause})
            </a>
          </p>
          <h1>
            <StatusBadge status={r.status} />
          </h1>
          <blockquote class="promise">{r.text}</blockquote>
          <dl class="facts">
            <dt>Kind</dt>
            <dd>{c0.kind}</dd>
            <dt>Actors</dt>
            <dd>{c0.actors.map(countryName).join(', ') || '—'}</dd>
            <dt>Sectors</dt>
            <dd>{c0.sectors.join(', ') || '—'}</dd>
            <dt>Due</dt>
            <dd>{c0.due ?? 'no deadline'}</dd>
            <dt>Names</dt>
            <dd>{c0.anchors.map((a) => a.name).join('; ') || '—'}</dd>
          </dl>
          <h2>Status history</h2>
          <ol class="history">
            {r.status.history.map((h) => (
              <li>
                <time>{h.since}</time> <span class={`status status-${h.status}`}>{h.status}</span>{' '}
                <span class="muted">
                  {h.reason} ({h.by})
                </span>
              </li>
            ))}
          </ol>
          <h2>Evidence</h2>
          <EvidenceList evidence={r.evidence} hrefs={hrefs} secondary={secondary} reviewable />
          <h2>Set the status by hand</h2>
          <form method="post" action={`/tracking/${encodeURIComponent(key)}/status`} class="status-form">
            <label>
              Status{' '}
              <select name="status">
                {COMMITMENT_STATUSES.map((s) => (
                  <option value={s} selected={s === r.status.current}>
                    {s}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              Since <input type="date" name="since" />
            </label>{' '}
            <label>
              Reason <input name="reason" required maxlength={1000} />
            </label>{' '}
            <button type="submit">Set status</button>
          </form>
        </Layout>,
      );
    });

    app.post('/tracking/:key/status', allow('reviewer'), async (c) => {
      const key = c.req.param('key');
      const form = await c.req.parseBody();
      const status = String(form.status ?? '');
      const reason = String(form.reason ?? '').trim();
      const since = String(form.since ?? '');
      if (!(COMMITMENT_STATUSES as readonly string[]).includes(status) || !reason)
        throw new ProblemError(400, 'invalid-form', 'A status and a reason are needed.');
      if (!(await getCommitment(store, key))) throw new ProblemError(404, 'not-found', 'No such commitment.');
      await setStatus(
        store,
        key,
        {
          status: status as (typeof COMMITMENT_STATUSES)[number],
          reason,
          ...(/^\d{4}-\d{2}-\d{2}$/.test(since) ? { since } : {}),
        },
        actorName(c),
      );
      return c.redirect(`/tracking/${encodeURIComponent(key)}`, 303);
    });

    app.post('/tracking/links/:key', allow('reviewer'), async (c) => {
      const key = c.req.param('key');
      const verdict = String((await c.req.parseBody()).verdict ?? '');
      if (verdict !== 'confirmed' && verdict !== 'rejected')
        throw new ProblemError(400, 'invalid-form', 'Confirm or reject.');
      await reviewLink(store, key, verdict, actorName(c));
      return c.redirect(`/tracking/${encodeURIComponent(key.split('>')[0])}`, 303);
    });
  },
};
