/**
 * @module statements-query
 * The commitments view: statements across all documents, each with its document's meeting,
 * filtered by format, meeting, kind, actor, sector, deadline window and text, with counts
 * per sector and per state over the filtered set.
 */
import { stampedMemo } from './stamped-memo.ts';
import type { MeetingValue, StatementValue } from '../model/layers.ts';
import type { ReviewMark } from '../review/queue/field-reviews.ts';
import { applyMeetingReviews } from '../review/queue/meeting-reviews.ts';
import { REVIEW_MEETING, REVIEW_STATEMENT } from '../review/queue/queue-decisions.ts';
import { applyStatementReviews } from '../review/queue/statement-reviews.ts';
import type { StatementRowQuery } from '../store/queries/statement-rows.ts';
import type { StoredStatement } from '../store/statement-types.ts';
import type { Store } from '../store/store.ts';

export interface StatementRow extends StatementValue {
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly fileName: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: string;
  readonly confidence: number;
  readonly meeting: MeetingValue | null;
  /** Who reviewed the statement's kind, actors or sectors, and when; absent while it is the machine's. */
  readonly review?: ReviewMark;
}

export interface StatementFilter {
  readonly format?: string;
  /** Matches the meeting's format, edition or city, e.g. "China–Central Asia 6" or "Almaty". */
  readonly meeting?: string;
  readonly kind?: string;
  readonly actor?: string;
  readonly sector?: string;
  /** Inclusive bounds on the deadline, compared as ISO prefixes ("2026" ≤ "2026-05" ≤ "2026-12-31"). */
  readonly deadlineFrom?: string;
  readonly deadlineTo?: string;
  readonly q?: string;
}

export interface StatementResult {
  readonly rows: readonly StatementRow[];
  readonly total: number;
  readonly bySector: Readonly<Record<string, number>>;
  readonly byActor: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
}

/**
 * The statements with their meeting and text, as reviewers left them (corrected kind, actors,
 * sectors and meeting fields; rejected statements left out); the store filters by document and
 * kind in SQL unless a reviewer changed some statement's kind.
 */
export async function loadStatements(store: Store, query: StatementRowQuery = {}): Promise<StatementRow[]> {
  const [statementReviews, meetingReviews] = await Promise.all([
    store.listDecisions({ action: REVIEW_STATEMENT }),
    store.listDecisions({ action: REVIEW_MEETING }),
  ]);
  const kindChanged = statementReviews.some((d) => d.payload.field === 'kind');
  const stored = await store.statements(
    kindChanged ? { documentId: query.documentId, withText: query.withText } : query,
  );
  const rows = stored.map((s) => ({
    ...toRow(s),
    meeting: meetingReviews.length
      ? applyMeetingReviews(s.documentId, s.meeting, [], meetingReviews).meeting
      : s.meeting,
  }));
  const reviewed = applyStatementReviews(rows, statementReviews);
  return query.kind ? reviewed.filter((r) => r.kind === query.kind) : reviewed;
}

/**
 * One page of the statements listing, as reviewers left them. Kind, actor, sector and deadline
 * filters, the order, the count, the paging and the counts per kind, sector and actor are the
 * database's (`store.statementPage`); documents whose statements or meeting reviewers changed
 * are read and reviewed here and merged in order. Text, format and meeting filters fold case,
 * accents and dashes, which SQL cannot do alike in both databases: those read every statement
 * (`loadStatements` + `queryStatements`). Rows come without their texts unless `q` is given
 * (see `withTexts`).
 */
export function listStatements(
  store: Store,
  f: StatementFilter,
  page: { limit: number; offset: number },
): Promise<StatementResult> {
  return stampedMemo(store, JSON.stringify(['statements', f, page]), () => listStatementsNow(store, f, page));
}

/**
 * The listing with every row's text (read from its documents, 50 rows: tens of milliseconds),
 * kept per state of the store like the listing itself. With `q` the rows carry their texts already.
 */
export function listStatementsWithTexts(
  store: Store,
  f: StatementFilter,
  page: { limit: number; offset: number },
): Promise<StatementResult> {
  return stampedMemo(store, JSON.stringify(['statements-with-texts', f, page]), async () => {
    const result = await listStatements(store, f, page);
    return f.q ? result : { ...result, rows: await withTexts(store, result.rows) };
  });
}

async function listStatementsNow(
  store: Store,
  f: StatementFilter,
  page: { limit: number; offset: number },
): Promise<StatementResult> {
  if (f.q || f.format || f.meeting)
    return queryStatements(await loadStatements(store, { kind: f.kind, withText: Boolean(f.q) }), f, page);
  const reviews = await store.listDecisions();
  const reviewed = new Set(
    reviews.flatMap((d) => {
      const m = /^statement:(.+):\d+:\d+$/.exec(d.target) ?? /^meeting:(.+)$/.exec(d.target);
      return m && (d.action === REVIEW_STATEMENT || d.action === REVIEW_MEETING) ? [m[1]] : [];
    }),
  );
  const touched: StatementRow[] = [];
  for (const documentId of [...reviewed].sort())
    touched.push(...(await loadStatements(store, { documentId, withText: false })));
  const extra = queryStatements(touched, f, { limit: touched.length });
  const base = {
    kind: f.kind,
    actor: f.actor,
    sector: f.sector,
    deadlineFrom: f.deadlineFrom,
    deadlineTo: f.deadlineTo,
  };
  const excludeDocuments = [...reviewed];
  if (!extra.total) {
    const result = await store.statementPage({ ...base, excludeDocuments, ...page });
    return { ...result, rows: result.rows.map(toRow) };
  }
  // The database's rows up to the page's end, merged in store order with the reviewed ones.
  const head = await store.statementPage({ ...base, excludeDocuments, limit: page.offset + page.limit, offset: 0 });
  const merged = [...head.rows.map(toRow), ...extra.rows].sort(
    (a, b) => byText(a.documentId, b.documentId) || a.start - b.start || a.end - b.end,
  );
  const add = (x: Readonly<Record<string, number>>, y: Readonly<Record<string, number>>) => {
    const out: Record<string, number> = { ...x };
    for (const [k, n] of Object.entries(y)) out[k] = (out[k] ?? 0) + n;
    return out;
  };
  return {
    rows: merged.slice(page.offset, page.offset + page.limit),
    total: head.total + extra.total,
    byKind: add(head.byKind, extra.byKind),
    bySector: add(head.bySector, extra.bySector),
    byActor: add(head.byActor, extra.byActor),
  };
}

function toRow(s: StoredStatement): StatementRow {
  return {
    ...s.value,
    documentId: s.documentId,
    documentTitle: s.title,
    fileName: s.fileName,
    start: s.start,
    end: s.end,
    text: s.text,
    source: s.source,
    confidence: s.confidence,
    meeting: s.meeting,
  };
}

/**
 * What the commitments filter form offers: the meeting formats and the states of every
 * statement, and whether there is any statement at all.
 */
export function statementChoices(store: Store): Promise<{ formats: string[]; actors: string[]; any: boolean }> {
  return stampedMemo(store, 'statement-choices', () => statementChoicesNow(store));
}

async function statementChoicesNow(store: Store): Promise<{ formats: string[]; actors: string[]; any: boolean }> {
  const all = await store.statementPage({ withFormats: true, limit: 0, offset: 0 });
  const reviewedMeetings = (await store.listDecisions({ action: REVIEW_MEETING })).length;
  // A reviewer may have given a meeting another format: those documents' meetings are read here.
  const formats = new Set(all.formats ?? []);
  if (reviewedMeetings)
    for (const r of await loadStatements(store, { withText: false }))
      if (r.meeting?.format) formats.add(r.meeting.format);
  return { formats: [...formats].sort(), actors: Object.keys(all.byActor).sort(), any: all.total > 0 };
}

/** Code-unit order, the database's order of document ids. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rows with their texts, for rows loaded with `withText: false` (one page of a listing):
 * reads the statements of just the documents involved.
 */
export async function withTexts(store: Store, rows: readonly StatementRow[]): Promise<StatementRow[]> {
  const texts = new Map<string, string>();
  for (const documentId of new Set(rows.map((r) => r.documentId))) {
    for (const s of await store.statements({ documentId })) texts.set(`${documentId}:${s.start}:${s.end}`, s.text);
  }
  return rows.map((r) => ({ ...r, text: texts.get(`${r.documentId}:${r.start}:${r.end}`) ?? r.text }));
}

/** Filters rows and counts them per sector, actor and kind. Pure. */
export function queryStatements(
  rows: readonly StatementRow[],
  f: StatementFilter,
  page: { limit?: number; offset?: number } = {},
): StatementResult {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[‐‑‒–—―-]/g, '-');
  const q = f.q ? fold(f.q) : undefined;
  const format = f.format ? fold(f.format) : undefined;
  const meeting = f.meeting ? fold(f.meeting).split(/\s+/) : undefined;
  const hits = rows.filter((r) => {
    if (f.kind && r.kind !== f.kind) return false;
    if (f.actor && !r.actors.includes(f.actor.toUpperCase())) return false;
    if (f.sector && !r.sectors.includes(f.sector as never)) return false;
    if (format && !fold(r.meeting?.format ?? '').includes(format)) return false;
    if (meeting) {
      const m = r.meeting;
      const hay = m ? fold([m.format, m.level, m.edition, m.city, m.date].filter(Boolean).join(' ')) : '';
      if (!meeting.every((w) => hay.includes(w))) return false;
    }
    if (f.deadlineFrom && (!r.deadline || r.deadline.localeCompare(f.deadlineFrom.slice(0, r.deadline.length)) < 0))
      return false;
    if (f.deadlineTo && (!r.deadline || r.deadline.slice(0, f.deadlineTo.length).localeCompare(f.deadlineTo) > 0))
      return false;
    if (q && !fold(r.text).includes(q)) return false;
    return true;
  });
  const count = (pick: (r: StatementRow) => readonly string[]) => {
    const out: Record<string, number> = {};
    for (const r of hits) for (const k of pick(r)) out[k] = (out[k] ?? 0) + 1;
    return out;
  };
  const offset = page.offset ?? 0;
  return {
    rows: hits.slice(offset, offset + (page.limit ?? 100)),
    total: hits.length,
    bySector: count((r) => r.sectors),
    byActor: count((r) => r.actors),
    byKind: count((r) => [r.kind]),
  };
}
