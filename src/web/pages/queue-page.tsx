/**
 * @module queue-page
 * `/queue`: the review queue. Every machine suggestion, most urgent first, filtered by kind,
 * format or document, a page at a time; each can be confirmed, corrected or rejected, several
 * at once with the bulk form. Keyboard shortcuts come from /assets/review-queue.js; without
 * script every form still posts. `POST /queue/decisions` records what the forms say, as the
 * session's user, and sends the reviewer back to the same page.
 */
import type { Context } from 'hono';
import { actorName, allow } from '../../services/permissions.ts';
import { ProblemError } from '../../services/problem.ts';
import { formValue, MAX_BULK_DECISIONS, queueDecisionSchema, queueQuerySchema } from '../../services/queue-schemas.ts';
import { decideQueueItem, decideQueueItems, listQueue } from '../../services/review-queue.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { kindOfItem, QUEUE_KINDS } from '../../review/queue/queue-item.ts';
import { Layout } from '../components/layout.tsx';
import { Pager } from '../components/pager.tsx';
import { QueueItemCard } from '../components/queue-item-card.tsx';
import { parsePageQuery } from '../page-query.ts';
import { renderHtml } from '../render-html.ts';
import type { PageModule } from './page-module.ts';

const BULK_FORM = 'bulk';
const KEY_E = (
  <>
    <kbd>e</kbd> correct (edit the value, then Enter)
  </>
);

/** `GET /queue`, `POST /queue/decisions`. */
export const queuePage: PageModule = {
  name: 'queue',
  register(app, { store }) {
    app.get('/queue', allow('viewer'), async (c) => {
      const q = parsePageQuery(c, queueQuerySchema);
      const page = await listQueue(store, q, { wait: false });
      const params = (over: Record<string, string | number | undefined>) => {
        const all = { kind: q.kind, format: q.format, document: q.document, offset: q.offset, ...over };
        const s = new URLSearchParams();
        for (const [k, v] of Object.entries(all)) if (v !== undefined && v !== '' && v !== 0) s.set(k, String(v));
        const text = s.toString();
        return text ? `/queue?${text}` : '/queue';
      };
      const back = params({});
      const done = c.req.query('done');
      return renderHtml(
        c,
        <Layout title="Review queue" active="queue">
          <h1>Review queue</h1>
          <p class="meta">
            {page.total} open suggestion{page.total === 1 ? '' : 's'}
            {q.kind ? ` of kind ${q.kind}` : ''}; deadlines as of {page.asOf}. Low confidence, contradicted claims and
            commitments near their deadline come first.
          </p>
          {page.stale ? (
            <p class="q-flash">New documents are being added to the queue; reload in a moment to see them.</p>
          ) : null}
          {done ? <p class="q-flash">{done}</p> : null}
          <p class="filters q-kinds">
            <a href={params({ kind: undefined, offset: 0 })} aria-current={q.kind ? undefined : 'page'}>
              all
            </a>
            {QUEUE_KINDS.filter((k) => page.byKind[k]).map((k) => (
              <a href={params({ kind: k, offset: 0 })} aria-current={q.kind === k ? 'page' : undefined}>
                {k} <span class="n">{page.byKind[k]}</span>
              </a>
            ))}
          </p>
          <form class="filters" method="get" action="/queue">
            {q.kind ? <input type="hidden" name="kind" value={q.kind} /> : null}
            <label>
              Format <input type="text" name="format" value={q.format ?? ''} />
            </label>
            <label>
              Document <input type="text" name="document" value={q.document ?? ''} placeholder="d_…" />
            </label>
            <button type="submit">Filter</button>
          </form>
          <p class="q-keys meta" id="q-keys">
            Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>c</kbd> confirm · <kbd>r</kbd> reject ·{KEY_E} ·{' '}
            <kbd>x</kbd> select · <kbd>C</kbd>/<kbd>R</kbd> confirm/reject the selected
          </p>
          <form class="q-bulk" method="post" action="/queue/decisions" id={BULK_FORM}>
            <input type="hidden" name="back" value={back} />
            <span class="q-selected meta">Selected items:</span>
            <button type="submit" name="action" value="confirm">
              Confirm selected
            </button>
            <button type="submit" name="action" value="reject" class="secondary">
              Reject selected
            </button>
            <input type="text" name="note" placeholder="why (optional)" maxlength={2000} />
          </form>
          {page.items.length ? (
            <ol class="q-list">
              {page.items.map((item) => (
                <QueueItemCard item={item} back={back} bulkForm={BULK_FORM} />
              ))}
            </ol>
          ) : (
            <p class="empty">Nothing to review{q.kind ? ` of kind ${q.kind}` : ''}.</p>
          )}
          <Pager total={page.total} limit={q.limit} offset={q.offset} hrefFor={(o) => params({ offset: o })} />
          <script src="/assets/review-queue.js" defer></script>
        </Layout>,
      );
    });

    app.post('/queue/decisions', allow('reviewer'), async (c) => {
      const form = await readForm(c);
      const items = form.item ?? [];
      const action = form.action?.[0];
      const note = form.note?.find((n) => n.trim());
      const back = safeBack(form.back?.[0]);
      const by = actorName(c);
      if (items.length === 1) {
        const id = items[0];
        const kind = kindOfItem(id);
        const value = action === 'correct' && kind ? formValue(kind, form.value?.[0] ?? '') : undefined;
        const input = parseOrThrow(queueDecisionSchema, { item: id, action, value, note }, 'form');
        await decideQueueItem(store, input, by);
        return c.redirect(withDone(back, `${action}ed 1 item.`), 303);
      }
      if (!items.length) return c.redirect(withDone(back, 'Nothing selected.'), 303);
      if (items.length > MAX_BULK_DECISIONS)
        throw new ProblemError(400, 'invalid-form', `At most ${MAX_BULK_DECISIONS} items at once.`);
      const inputs = items.map((item) => parseOrThrow(queueDecisionSchema, { item, action, note }, 'form'));
      const results = await decideQueueItems(store, inputs, by);
      const failed = results.filter((r) => !r.ok).length;
      const message = `${action}ed ${results.length - failed} item(s)${failed ? `; ${failed} could not be` : ''}.`;
      return c.redirect(withDone(back, message), 303);
    });
  },
};

/** Form fields as lists of strings (a bulk form repeats `item`). */
async function readForm(c: Context): Promise<Record<string, string[]>> {
  const body = await c.req.parseBody({ all: true }).catch(() => {
    throw new ProblemError(400, 'invalid-form', 'The form could not be read.');
  });
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(body)) out[k] = [v].flat().filter((x): x is string => typeof x === 'string');
  return out;
}

/** Only back to the queue itself: a form cannot send the reviewer anywhere else. */
function safeBack(back: string | undefined): string {
  return back && /^\/queue(?:\?[^#\\]*)?$/.test(back) && !back.startsWith('//') ? back : '/queue';
}

function withDone(back: string, message: string): string {
  const url = new URL(back, 'http://x');
  url.searchParams.set('done', message);
  return `${url.pathname}${url.search}`;
}
