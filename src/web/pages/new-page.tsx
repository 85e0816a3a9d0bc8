/**
 * @module new-page
 * `/new?since=…`: the documents watched sources brought in since a time, those with
 * contradicted claims first, each with its verdict counts and the contradicted claims quoted
 * with what the record says instead.
 */
import { allow } from '../../services/permissions.ts';
import { type NewItemView, newSince, newSinceQuerySchema } from '../../services/new-since.ts';
import { Layout } from '../components/layout.tsx';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

/** `GET /new`. */
export const newPage: PageModule = {
  name: 'new',
  register(app, { store }) {
    app.get('/new', allow('viewer'), async (c) => {
      const q = parsePageQuery(c, newSinceQuerySchema);
      const { since, items } = await newSince(store, q);
      return renderHtml(
        c,
        <Layout title="New" active="new">
          <h1>New since {since.replace('T', ' ').slice(0, 16)}</h1>
          <form class="filters" action="/new" method="get">
            <label>
              Since
              <input type="text" name="since" value={q.since ?? since.slice(0, 10)} />
            </label>
            <button type="submit">Show</button>
            <a href="/sources">Watched sources</a>
          </form>
          {items.length ? (
            <ol class="doc-list new-items">
              {items.map((item) => (
                <NewItem item={item} />
              ))}
            </ol>
          ) : (
            <p class="empty">Nothing new from the watched sources since then.</p>
          )}
        </Layout>,
      );
    });
  },
};

function NewItem({ item }: { item: NewItemView }) {
  const { claims } = item;
  return (
    <li class={claims.contradicted ? 'has-contradicted' : undefined}>
      <a class="doc-title" href={`/documents/${encodeURIComponent(item.documentId)}`}>
        {item.title}
      </a>
      <p class="meta">
        <time datetime={item.arrivedAt}>{item.arrivedAt.replace('T', ' ').slice(0, 16)}</time> ·{' '}
        <a href={item.url} rel="noreferrer nofollow">
          {item.url}
        </a>
        {item.sources.some((s) => s.format) ? ` · ${item.sources.find((s) => s.format)?.format}` : ''}
      </p>
      <p class="meta verdicts">
        {claims.contradicted ? <span class="badge cl-contradicted">{claims.contradicted} contradicted</span> : null}
        {claims.supported ? <span class="badge cl-supported">{claims.supported} supported</span> : null}
        {claims.notInSource ? <span class="badge cl-not-in-source">{claims.notInSource} not in source</span> : null}
        {claims.contradicted + claims.supported + claims.notInSource === 0 ? 'no checked claims' : null}
      </p>
      {item.contradicted.length ? (
        <ul class="contradicted">
          {item.contradicted.map((c) => (
            <li>
              <span class="cl-contradicted">{c.text}</span>
              {c.differences.length ? (
                <span class="meta">
                  {' '}
                  — {c.differences.map((d) => `${d.field}: "${d.claimed}", the record says "${d.recorded}"`).join('; ')}
                </span>
              ) : c.note ? (
                <span class="meta"> — {c.note}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
