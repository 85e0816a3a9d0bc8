/**
 * @module commitments-page
 * `/commitments`: statements across documents. A filter form (format, meeting, kind, state,
 * sector, deadline window, text), counts per sector and per state as bar lists, a table of
 * statements linking each clause label into the reader, and a CSV of the same filtered set.
 */
import type { z } from 'zod';
import { SECTORS, STATEMENT_KINDS } from '../../model/layers.ts';
import { listStatementsWithTexts, statementChoices, type StatementRow } from '../../services/statements-query.ts';
import { stampedMemo } from '../../services/stamped-memo.ts';
import { statementsQuerySchema } from '../../services/entity-query-schemas.ts';
import { countryName } from '../../services/shared-knowledge-base.ts';
import type { Store } from '../../store/store.ts';
import { readerHref } from '../../services/anchor-id.ts';
import { BarList } from '../components/bar-list.tsx';
import { Layout } from '../components/layout.tsx';
import { Pager, withQuery } from '../components/pager.tsx';
import { entityHref } from '../entity-href.ts';
import { anchorAt, nodeAnchors } from '../../services/node-anchors.ts';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';
import { allow } from '../../services/permissions.ts';

type Filters = Omit<z.output<typeof statementsQuerySchema>, 'limit' | 'offset'>;

/** `GET /commitments`. */
export const commitmentsPage: PageModule = {
  name: 'commitments',
  register(app, { store }) {
    app.get('/commitments', allow('viewer'), async (c) => {
      const { limit, offset, ...filters } = parsePageQuery(c, statementsQuerySchema);
      const [result, choices] = await Promise.all([
        listStatementsWithTexts(store, filters, { limit, offset }),
        statementChoices(store),
      ]);
      // Each row's reader anchor needs its document's tree: read once per state of the store.
      const anchorsKey = JSON.stringify(['statement-anchors', filters, limit, offset]);
      const anchors = await stampedMemo(store, anchorsKey, () => rowAnchors(store, result.rows));
      const href = (change: Partial<Filters> & { offset?: number }) =>
        withQuery('/commitments', {
          ...filters,
          limit: limit === 50 ? undefined : limit,
          ...change,
          offset: change.offset || undefined,
        });
      const filtered = Object.values(filters).some(Boolean);
      return renderHtml(
        c,
        <Layout title="Commitments" active="commitments">
          <h1>Commitments and statements</h1>
          <FilterForm filters={filters} formats={choices.formats} actors={choices.actors} filtered={filtered} />
          <p class="muted">
            {result.total} {result.total === 1 ? 'statement' : 'statements'}
            {Object.entries(result.byKind).map(([k, n]) => (
              <>
                {' '}
                ·{' '}
                <a href={href({ kind: k as Filters['kind'] })} class={`badge st-${k}`}>
                  {k} {n}
                </a>
              </>
            ))}
            {' · '}
            <a href={withQuery('/api/exports/statements.csv', filters)} download="statements.csv">
              Download CSV
            </a>
          </p>
          <div class="counts">
            <BarList
              title="By sector"
              counts={result.bySector}
              current={filters.sector}
              hrefFor={(k) => href({ sector: k as Filters['sector'] })}
            />
            <BarList
              title="By state"
              counts={result.byActor}
              current={filters.actor}
              label={countryName}
              hrefFor={(k) => href({ actor: k })}
            />
          </div>
          {result.rows.length ? (
            <StatementTable rows={result.rows} anchors={anchors} />
          ) : (
            <p class="empty">
              {choices.any
                ? 'No statement matches these filters.'
                : 'No statements yet: import and analyse documents first.'}
            </p>
          )}
          <Pager total={result.total} limit={limit} offset={offset} hrefFor={(o) => href({ offset: o })} />
        </Layout>,
      );
    });
  },
};

function FilterForm({
  filters: f,
  formats,
  actors,
  filtered,
}: {
  filters: Filters;
  formats: string[];
  actors: string[];
  filtered: boolean;
}) {
  return (
    <form class="filters" action="/commitments" method="get">
      <label>
        Format
        <select name="format">
          <option value="">any</option>
          {formats.map((x) => (
            <option value={x} selected={f.format === x}>
              {x}
            </option>
          ))}
        </select>
      </label>
      <label>
        Meeting <input type="text" name="meeting" value={f.meeting ?? ''} placeholder="Astana 2024" size={12} />
      </label>
      <label>
        Kind
        <select name="kind">
          <option value="">any</option>
          {STATEMENT_KINDS.map((k) => (
            <option value={k} selected={f.kind === k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        State
        <select name="actor">
          <option value="">any</option>
          {actors.map((a) => (
            <option value={a} selected={f.actor?.toUpperCase() === a}>
              {countryName(a)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sector
        <select name="sector">
          <option value="">any</option>
          {SECTORS.map((s) => (
            <option value={s} selected={f.sector === s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Deadline from{' '}
        <input
          type="text"
          name="deadlineFrom"
          value={f.deadlineFrom ?? ''}
          placeholder="2025"
          size={10}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </label>
      <label>
        to{' '}
        <input
          type="text"
          name="deadlineTo"
          value={f.deadlineTo ?? ''}
          placeholder="2030-12"
          size={10}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </label>
      <label>
        Text <input type="search" name="q" value={f.q ?? ''} placeholder="water, corridor…" />
      </label>
      <button type="submit">Filter</button>
      {filtered ? <a href="/commitments">Clear</a> : null}
    </form>
  );
}

function StatementTable({
  rows,
  anchors,
}: {
  rows: readonly StatementRow[];
  anchors: Map<string, string | undefined>;
}) {
  return (
    <table class="data statements">
      <thead>
        <tr>
          <th>Kind</th>
          <th>Statement</th>
          <th>States</th>
          <th>Sectors</th>
          <th>Deadline</th>
          <th>Where</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td>
              <span class={`badge st-${r.kind}`}>{r.kind}</span>
            </td>
            <td class="text">{r.text}</td>
            <td>
              {r.actors.map((a, i) => (
                <>
                  {i ? ', ' : ''}
                  <a href={entityHref(`country:${a}`)} title={countryName(a)}>
                    {a}
                  </a>
                </>
              ))}
            </td>
            <td>{r.sectors.join(', ')}</td>
            <td class="nowrap">{r.deadline ?? ''}</td>
            <td>
              <a href={readerHref(r.documentId, anchors.get(rowKey(r)))} class="clause">
                {clauseText(r.clause)}
              </a>
              <div class="meta">
                {r.documentTitle ?? r.fileName ?? r.documentId}
                {[r.meeting?.format, r.meeting?.date]
                  .filter(Boolean)
                  .map((x) => ` · ${x}`)
                  .join('')}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "preamble", "paragraph 3" or "§ 12". */
function clauseText(label: string): string {
  if (label === 'preamble') return 'preamble';
  const p = /^p(\d+)$/.exec(label);
  return p ? `paragraph ${p[1]}` : `§ ${label}`;
}

/** The reader anchor of each shown row, from its document's tree (exact even for repeated labels). */
async function rowAnchors(store: Store, rows: readonly StatementRow[]): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const documentId of new Set(rows.map((r) => r.documentId))) {
    const stored = await store.getDocument(documentId);
    if (!stored) continue;
    const anchors = nodeAnchors(stored.tree);
    for (const r of rows) if (r.documentId === documentId) out.set(rowKey(r), anchorAt(anchors, r.start));
  }
  return out;
}

function rowKey(r: StatementRow): string {
  return `${r.documentId}:${r.start}:${r.end}`;
}
