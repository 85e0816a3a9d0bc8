/**
 * @module search-page
 * `/search?q=`: ranked hits with highlighted snippets, each linking to its clause in the reader.
 */
import { z } from 'zod';
import { searchQuerySchema } from '../../services/query-schemas.ts';
import { parsePageQuery } from '../page-query.ts';
import { type MarkedHit, searchPassages } from '../../services/search.ts';
import { anchorId, readerHref } from '../../services/anchor-id.ts';
import { Layout } from '../components/layout.tsx';
import { Pager, withQuery } from '../components/pager.tsx';
import { Snippet } from '../components/snippet.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

/** Like the API's, but an empty `q` just shows the search box. */
const pageQuerySchema = searchQuerySchema.extend({ q: z.string().trim().max(500).default('') });

/** `GET /search`. */
export const searchPage: PageModule = {
  name: 'search',
  register(app, { store }) {
    app.get('/search', allow('viewer'), async (c) => {
      const q = parsePageQuery(c, pageQuerySchema);
      const page = q.q
        ? await searchPassages(store, {
            query: q.q,
            limit: q.limit,
            offset: q.offset,
            kind: q.kind,
            entityId: q.entity,
            exact: q.exact,
          })
        : undefined;
      return renderHtml(
        c,
        <Layout title={q.q ? `Search: ${q.q}` : 'Search'} active="search">
          <form class="searchbox" action="/search" method="get" role="search">
            <input
              type="search"
              name="q"
              value={q.q}
              placeholder="Search the text of all documents…"
              aria-label="Search text"
              autofocus
            />
            <label>
              <input type="checkbox" name="exact" value="1" checked={q.exact} /> exact words (no other spellings of
              names)
            </label>
            <button type="submit">Search</button>
          </form>
          {page ? (
            <>
              {page.expansions.map((e) => (
                <p class="muted expansion">
                  “{e.term}” is {e.name}: also searched {e.variants.join(', ')}
                </p>
              ))}
              <p class="muted">
                {page.total}
                {page.capped ? '+' : ''} {page.total === 1 ? 'passage' : 'passages'} found
              </p>
              {page.items.length ? (
                <ol class="hits">
                  {page.items.map((h) => (
                    <Hit hit={h} />
                  ))}
                </ol>
              ) : (
                <p class="empty">Nothing found. Try fewer or other words.</p>
              )}
              <Pager
                total={page.total}
                limit={q.limit}
                offset={q.offset}
                hrefFor={(offset) =>
                  withQuery('/search', {
                    q: q.q,
                    kind: q.kind,
                    entity: q.entity,
                    exact: q.exact ? '1' : undefined,
                    offset: offset || undefined,
                  })
                }
              />
            </>
          ) : null}
        </Layout>,
      );
    });
  },
};

function Hit({ hit }: { hit: MarkedHit }) {
  const where = hit.label
    ? hit.nodeKind === 'paragraph'
      ? `paragraph ${hit.label.replace(/^p/, '')}`
      : `${hit.nodeKind} ${hit.label}`
    : hit.nodeKind;
  return (
    <li>
      <a class="hit-title" href={readerHref(hit.documentId, anchorId(hit.nodeKind, hit.label))}>
        {hit.title || hit.fileName || hit.documentId}
        <span class="where">{where}</span>
      </a>
      <p class="snippet">
        <Snippet text={hit.snippet} marks={hit.marks} />
      </p>
    </li>
  );
}
