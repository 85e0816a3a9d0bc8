/**
 * @module sources-page
 * `/sources`: the watched feeds, sitemaps and pages — last and next poll, the last error,
 * items seen and stored — with a form to add one, and per source a button to poll it now and
 * one to stop watching it.
 */
import type { Context } from 'hono';
import { actorName, allow } from '../../services/permissions.ts';
import { ProblemError } from '../../services/problem.ts';
import { parseOrThrow } from '../../services/validate.ts';
import {
  addWatchedSource,
  listSourceViews,
  newSourceSchema,
  pollSourceNow,
  removeWatchedSource,
  type SourceView,
} from '../../services/watched-sources.ts';
import { Layout } from '../components/layout.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

/** `GET /sources` and its forms. */
export const sourcesPage: PageModule = {
  name: 'sources',
  register(app, { store, jobs }) {
    app.get('/sources', allow('viewer'), async (c) =>
      renderHtml(c, <SourcesView sources={await listSourceViews(store)} canPoll={!!jobs} />),
    );
    app.post('/sources', allow('analyst'), async (c) => {
      const form = await readForm(c);
      const input = parseOrThrow(
        newSourceSchema,
        {
          url: form.url,
          kind: form.kind || undefined,
          format: form.format || undefined,
          intervalMinutes: form.intervalMinutes || undefined,
        },
        'form',
      );
      const { source, created } = await addWatchedSource(store, input, actorName(c));
      // A new source is due at once: polled now where a queue runs, else by the next scheduler tick.
      if (created && jobs) await pollSourceNow(store, jobs, source.id);
      return c.redirect(`/sources#source-${source.id}`, 303);
    });
    app.post('/sources/:id/poll', allow('analyst'), async (c) => {
      await pollSourceNow(store, jobs, c.req.param('id'));
      return c.redirect(`/sources#source-${c.req.param('id')}`, 303);
    });
    app.post('/sources/:id/remove', allow('admin'), async (c) => {
      await removeWatchedSource(store, c.req.param('id'));
      return c.redirect('/sources', 303);
    });
  },
};

async function readForm(c: Context): Promise<Record<string, string>> {
  const form = await c.req.parseBody().catch(() => {
    throw new ProblemError(400, 'invalid-form', 'The form could not be read.');
  });
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
}

function SourcesView({ sources, canPoll }: { sources: readonly SourceView[]; canPoll: boolean }) {
  return (
    <Layout title="Sources" active="sources">
      <h1>Watched sources</h1>
      <p class="muted">
        Feeds, sitemaps and pages polled on their interval; new items are fetched, read, analysed and checked as they
        arrive. <a href="/new">What is new</a>
      </p>
      {sources.length ? (
        <table class="data sources">
          <thead>
            <tr>
              <th>source</th>
              <th>last poll</th>
              <th>next poll</th>
              <th class="num">stored / seen</th>
              <th>last error</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <SourceRow source={s} canPoll={canPoll} />
            ))}
          </tbody>
        </table>
      ) : (
        <p class="empty">No sources watched yet.</p>
      )}
      <form class="card add-source" action="/sources" method="post">
        <h2>Watch a source</h2>
        <label>
          URL
          <input type="text" name="url" required placeholder="https://example.org/feed.xml" />
        </label>
        <label>
          Kind
          <select name="kind">
            <option value="feed">RSS or Atom feed</option>
            <option value="sitemap">sitemap</option>
            <option value="page">page (each new version)</option>
          </select>
        </label>
        <label>
          Format (optional)
          <input type="text" name="format" placeholder="sco" />
        </label>
        <label>
          Every (minutes)
          <input type="text" name="intervalMinutes" inputmode="numeric" value="1440" />
        </label>
        <button type="submit">Watch</button>
      </form>
    </Layout>
  );
}

function SourceRow({ source: s, canPoll }: { source: SourceView; canPoll: boolean }) {
  return (
    <tr id={`source-${s.id}`} class={s.lastError ? 'failed' : undefined}>
      <td class="text">
        <a href={s.url} rel="noreferrer nofollow">
          {s.url}
        </a>
        <div class="meta">
          {s.kind}
          {s.format ? ` · ${s.format}` : ''} · every {interval(s.intervalMinutes)} · added by {s.addedBy}
        </div>
      </td>
      <td class="nowrap">{s.lastPolledAt ? <Time iso={s.lastPolledAt} /> : <span class="muted">never</span>}</td>
      <td class="nowrap">
        <Time iso={s.nextPollAt} />
      </td>
      <td class="num">
        {s.itemsIngested} / {s.itemsSeen}
        {s.itemsFailed ? <div class="reason">{s.itemsFailed} failed</div> : null}
      </td>
      <td class="reason">
        {s.lastError ? `${s.lastError}${s.failures > 1 ? ` (${s.failures} failures in a row)` : ''}` : ''}
      </td>
      <td class="nowrap">
        {canPoll ? (
          <form action={`/sources/${encodeURIComponent(s.id)}/poll`} method="post">
            <button type="submit">Poll now</button>
          </form>
        ) : null}
        <form action={`/sources/${encodeURIComponent(s.id)}/remove`} method="post">
          <button type="submit" class="secondary">
            Remove
          </button>
        </form>
      </td>
    </tr>
  );
}

function Time({ iso }: { iso: string }) {
  return <time datetime={iso}>{iso.replace('T', ' ').slice(0, 16)}</time>;
}

function interval(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? 'day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'hour' : `${minutes / 60} hours`;
  return `${minutes} min`;
}
