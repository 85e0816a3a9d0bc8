import { ENTITY_TYPES } from '../../model/layers.ts';
import type { EntitySummary } from '../../services/entity-summaries.ts';
import { countEntitiesByType, listEntities } from '../../services/entity-catalogue.ts';
import { loadReviewedOverlay } from '../../services/reviewed-entity-overlay.ts';
import { listEntitiesQuerySchema } from '../../services/entity-query-schemas.ts';
import { wholeNumber } from '../../services/query-schemas.ts';
import { Layout } from '../components/layout.tsx';
import { Pager, withQuery } from '../components/pager.tsx';
import { entityHref } from '../entity-href.ts';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

const pageQuerySchema = listEntitiesQuerySchema.extend({ limit: wholeNumber(1, 200).default(50) });

/** `GET /entities`. */
export const entitiesPage: PageModule = {
  name: 'entities',
  register(app, { store }) {
    app.get('/entities', allow('viewer'), async (c) => {
      const q = parsePageQuery(c, pageQuerySchema);
      const reviewed = await loadReviewedOverlay(store);
      const [counts, shown] = await Promise.all([
        countEntitiesByType(store, q.q, reviewed),
        listEntities(store, { type: q.type, q: q.q, limit: q.limit, offset: q.offset }, reviewed),
      ]);
      const href = (params: { type?: string; offset?: number }) =>
        withQuery('/entities', {
          q: q.q,
          type: params.type,
          limit: q.limit === 50 ? undefined : q.limit,
          offset: params.offset || undefined,
        });
      return renderHtml(
        c,
        <Layout title="Entities" active="entities">
          <h1>Entities</h1>
          <form class="searchbox" action="/entities" method="get" role="search">
            <input
              type="search"
              name="q"
              value={q.q ?? ''}
              placeholder="Name or spelling…"
              aria-label="Search entities"
            />
            {q.type ? <input type="hidden" name="type" value={q.type} /> : null}
            <button type="submit">Find</button>
          </form>
          <nav class="chips" aria-label="Entity types">
            <a href={href({})} aria-current={q.type ? undefined : 'page'}>
              all <span class="n">{counts.all}</span>
            </a>
            {ENTITY_TYPES.map((t) => (
              <a href={href({ type: t })} aria-current={q.type === t ? 'page' : undefined}>
                {t} <span class="n">{counts.byType.get(t) ?? 0}</span>
              </a>
            ))}
          </nav>
          <p class="muted">
            {shown.total} {shown.total === 1 ? 'entity' : 'entities'}
            {q.q ? <> matching “{q.q}”</> : null}
          </p>
          {shown.items.length ? <EntityTable entities={shown.items} /> : <p class="empty">No entity matches.</p>}
          <Pager
            total={shown.total}
            limit={q.limit}
            offset={q.offset}
            hrefFor={(offset) => href({ type: q.type, offset })}
          />
        </Layout>,
      );
    });
  },
};

function EntityTable({ entities }: { entities: readonly EntitySummary[] }) {
  return (
    <table class="data entities">
      <thead>
        <tr>
          <th>Name</th>
          <th>Type</th>
          <th>Spellings</th>
          <th class="num">Mentions</th>
          <th class="num">Documents</th>
        </tr>
      </thead>
      <tbody>
        {entities.map((e) => (
          <tr>
            <td>
              <a href={entityHref(e.id)}>{e.name}</a>
              {e.known ? null : <span class="badge unreviewed">new</span>}
            </td>
            <td>
              <span class={`type type-${e.type}`}>{e.type}</span>
            </td>
            <td class="spellings">{otherSpellings(e)}</td>
            <td class="num">{e.mentionCount}</td>
            <td class="num">{e.documentCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Up to four spellings besides the name, "…" when there are more. */
function otherSpellings(e: EntitySummary): string {
  const other = e.spellings.filter((s) => s !== e.name);
  return other.slice(0, 4).join(' · ') + (other.length > 4 ? ' …' : '');
}
