/**
 * @module list-page
 * `/`: the document list with a search box, filters (kind, language, publisher, title) and paging.
 */
import { DOCUMENT_KINDS } from '../../model/document.ts';
import { listDocumentsQuerySchema } from '../../services/query-schemas.ts';
import { listDocumentsPage } from '../../services/document-list.ts';
import { parsePageQuery } from '../page-query.ts';
import type { DocumentSummary } from '../../store/store.ts';
import { readerHref } from '../../services/anchor-id.ts';
import { DocumentMetaLine } from '../components/document-meta-line.tsx';
import { Layout } from '../components/layout.tsx';
import { Pager, withQuery } from '../components/pager.tsx';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

/** `GET /`. */
export const listPage: PageModule = {
  name: 'list',
  register(app, { store }) {
    app.get('/', allow('viewer'), async (c) => {
      const q = parsePageQuery(c, listDocumentsQuerySchema);
      const page = await listDocumentsPage(store, q);
      const filters = { q: q.q, kind: q.kind, language: q.language, publisher: q.publisher, entity: q.entity };
      const filtered = Object.values(filters).some(Boolean);
      return renderHtml(
        c,
        <Layout title="Documents" active="documents">
          <form class="searchbox" action="/search" method="get" role="search">
            <input type="search" name="q" placeholder="Search the text of all documents…" aria-label="Search text" />
            <button type="submit">Search</button>
          </form>
          <form class="filters" action="/" method="get">
            <label>
              Title <input type="text" name="q" value={q.q ?? ''} />
            </label>
            <label>
              Kind
              <select name="kind">
                <option value="">any</option>
                {DOCUMENT_KINDS.map((k) => (
                  <option value={k} selected={q.kind === k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Language <input type="text" name="language" size={4} value={q.language ?? ''} placeholder="en" />
            </label>
            <label>
              Publisher <input type="text" name="publisher" value={q.publisher ?? ''} />
            </label>
            {q.entity ? <input type="hidden" name="entity" value={q.entity} /> : null}
            <button type="submit">Filter</button>
            {filtered ? <a href="/">Clear</a> : null}
          </form>
          {q.entity ? (
            <p class="muted">
              Documents that mention <code>{q.entity}</code>
            </p>
          ) : null}
          <p class="muted">
            {page.total} {page.total === 1 ? 'document' : 'documents'}
          </p>
          {page.items.length ? (
            <ol class="doc-list">
              {page.items.map((d) => (
                <DocumentItem doc={d} />
              ))}
            </ol>
          ) : (
            <EmptyList filtered={filtered} />
          )}
          <Pager
            total={page.total}
            limit={q.limit}
            offset={q.offset}
            hrefFor={(offset) =>
              withQuery('/', { ...filters, limit: q.limit === 20 ? undefined : q.limit, offset: offset || undefined })
            }
          />
        </Layout>,
      );
    });
  },
};

function DocumentItem({ doc }: { doc: DocumentSummary }) {
  return (
    <li>
      <a class="doc-title" href={readerHref(doc.id)}>
        {doc.title}
      </a>
      <DocumentMetaLine doc={doc} />
    </li>
  );
}

function EmptyList({ filtered }: { filtered: boolean }) {
  return filtered ? (
    <p class="empty">No document matches these filters.</p>
  ) : (
    <p class="empty">
      No documents yet. <a href="/import">Import some</a>.
    </p>
  );
}
