/**
 * @module tracking-repository
 * Reads and writes the tracker's tables (migrations 050, 080, 130). Machine links are replaced
 * per evidence document on every reading of it; reviewers' verdicts are decisions keyed by the link's stable key, so
 * they outlive any number of re-runs.
 */
import type { Kysely } from 'kysely';
import type { LinkKind } from '../model/link.ts';
import type { Store } from '../store/store.ts';
import type { TermGroup } from './term-groups.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';

/** A machine link as stored (reviews are applied on read, see `link-reviews.ts`). */
export interface StoredLink {
  readonly key: string;
  readonly commitmentKey: string;
  readonly from: { documentId: string; start: number; end: number; clause: string };
  readonly evidence: { documentId: string; start: number; end: number };
  readonly evidenceDate: string | null;
  readonly kind: LinkKind;
  readonly rule: string;
  readonly confidence: number;
}

const CHUNK = 400;
/** The row of `commitment_term_counts` that counts the promises themselves. */
const PROMISES = '*';
/** Terms in one lookup: a document's words and pairs, well under both databases' parameter limits. */
const TERMS_PER_QUERY = 5000;

/** The Kysely handle of a store built on Kysely (both adapters are). */
export function trackingDb(store: Store): Kysely<any> {
  const db = (store as unknown as { db?: Kysely<any> }).db;
  if (!db) throw new Error('The tracker needs a Kysely-backed store');
  return db;
}

export class TrackingRepository {
  constructor(readonly db: Kysely<any>) {}

  /** Replaces the followed promises of a document with their term groups. */
  async replaceCommitments(documentId: string, items: readonly { c: TrackedCommitment; groups: TermGroup[] }[]) {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('tracked_commitments').where('document_id', '=', documentId).execute();
      for (const { c, groups } of items) {
        await trx.insertInto('tracked_commitments').values(commitmentRow(c)).execute();
        const rows = groups.flatMap((g, grp) =>
          [...new Set(g.terms)].map((term) => ({ term, commitment_key: c.key, grp, required: g.required })),
        );
        for (let i = 0; i < rows.length; i += CHUNK)
          await trx
            .insertInto('commitment_terms')
            .values(rows.slice(i, i + CHUNK))
            .execute();
      }
    });
  }

  /**
   * The first `limit` promises (passing `accept`) made before `before` with a term group fully
   * present among `terms` (and passing `keep`, a test of their format and meeting that spares
   * loading promises that cannot match), those holding most groups first, then the latest,
   * then by key. Every posting of the
   * terms is read (the covering index of migration 080 answers from the index alone) and none
   * is left out, so that the promise's side (`laterDocumentsNaming`) finds the same pairs and
   * what comes back depends on the document and these promises, not on what else is stored.
   */
  async commitmentsWithTerms(
    terms: readonly string[],
    before: string,
    {
      keep = () => true,
      accept = () => true,
      limit = Number.POSITIVE_INFINITY,
    }: {
      keep?: (row: { format: string | null; meetingId: string | null }) => boolean;
      accept?: (c: TrackedCommitment) => boolean;
      limit?: number;
    } = {},
  ): Promise<TrackedCommitment[]> {
    const unique = [...new Set(terms)];
    /** Per promise, per group: the terms held and the number needed. */
    const held = new Map<string, Map<number, { n: number; required: number }>>();
    for (let i = 0; i < unique.length; i += TERMS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('commitment_terms')
        .select(['commitment_key', 'grp', 'required'])
        .where('term', 'in', unique.slice(i, i + TERMS_PER_QUERY))
        .execute();
      for (const r of rows) {
        let groups = held.get(r.commitment_key);
        if (!groups) held.set(r.commitment_key, (groups = new Map()));
        const g = groups.get(r.grp) ?? { n: 0, required: Number(r.required) };
        groups.set(r.grp, { ...g, n: g.n + 1 });
      }
    }
    const present = new Map<string, number>();
    for (const [key, groups] of held) {
      const full = [...groups.values()].filter((g) => g.n >= g.required).length;
      if (full) present.set(key, full);
    }
    const madeOn = new Map<string, string>();
    // Dates compared here: a condition on made_on in the query led SQLite to scan its index instead.
    for (const keys of chunks([...present.keys()]))
      for (const r of await this.db
        .selectFrom('tracked_commitments')
        .select(['key', 'made_on', 'format', 'meeting_id'])
        .where('key', 'in', keys)
        .execute())
        if (r.made_on !== null && String(r.made_on) < before && keep({ format: r.format, meetingId: r.meeting_id }))
          madeOn.set(r.key, String(r.made_on));
    const chosen = [...madeOn.keys()].sort(
      (a, b) => present.get(b)! - present.get(a)! || madeOn.get(b)!.localeCompare(madeOn.get(a)!) || a.localeCompare(b),
    );
    // Loaded in that order, a chunk at a time, until `limit` of them pass `accept`.
    const out: TrackedCommitment[] = [];
    for (const keys of chunks(chosen)) {
      const byKey = new Map((await this.commitments({ keys })).map((c) => [c.key, c] as const));
      for (const k of keys) {
        const c = byKey.get(k);
        if (c && accept(c) && out.push(c) >= limit) return out;
      }
    }
    return out;
  }

  /** Postings per term, for the terms that have any. */
  private async postingCounts(terms: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const unique = [...new Set(terms)];
    for (let i = 0; i < unique.length; i += TERMS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('commitment_term_counts')
        .select(['term', 'postings'])
        .where('term', 'in', unique.slice(i, i + TERMS_PER_QUERY))
        .execute();
      for (const r of rows) if (Number(r.postings) > 0 && r.term !== PROMISES) out.set(r.term, Number(r.postings));
    }
    return out;
  }

  async commitments(filter: { keys?: readonly string[]; documentId?: string } = {}): Promise<TrackedCommitment[]> {
    const out: TrackedCommitment[] = [];
    if (filter.keys && !filter.keys.length) return out;
    const keyChunks = filter.keys ? chunks(filter.keys) : [undefined];
    for (const keys of keyChunks) {
      let q = this.db.selectFrom('tracked_commitments').select('value');
      if (keys) q = q.where('key', 'in', keys);
      if (filter.documentId) q = q.where('document_id', '=', filter.documentId);
      for (const r of await q.orderBy('document_id').orderBy('span_start').execute()) out.push(JSON.parse(r.value));
    }
    return out;
  }

  /**
   * How many promises hold each term (postings, kept by migration 130's triggers), and how many
   * promises there are: a word pair many promises share ("supply chain", "best practice") does
   * not tell one promise from another. One indexed row per term, whatever the store's size.
   */
  async termFrequencies(
    terms: readonly string[],
    total?: number,
  ): Promise<{ counts: Map<string, number>; total: number }> {
    const counts = await this.postingCounts(terms);
    if (total !== undefined) return { counts, total };
    const row = await this.db
      .selectFrom('commitment_term_counts')
      .select('postings')
      .where('term', '=', PROMISES)
      .executeTakeFirst();
    return { counts, total: Number(row?.postings ?? 0) };
  }

  /**
   * Whether any stored document may be later than `day` (published after it, or undated): when
   * none is, a promise has nothing to search for. Two index lookups, whatever the store's size.
   */
  async hasDocumentsAfter(day: string): Promise<boolean> {
    const later = await this.db
      .selectFrom('documents')
      .select('id')
      .where('published', '>', day)
      .limit(1)
      .executeTakeFirst();
    if (later) return true;
    const undated = await this.db
      .selectFrom('documents')
      .select('id')
      .where('published', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return undated !== undefined;
  }

  /** Publication dates of documents (absent when unknown), in one query. */
  async documentDates(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const chunk of chunks(ids)) {
      const rows = await this.db.selectFrom('documents').select(['id', 'published']).where('id', 'in', chunk).execute();
      for (const r of rows) if (r.published) out.set(r.id, r.published);
    }
    return out;
  }

  /**
   * Replaces the machine links whose evidence lies in a document: what one reading of it
   * against the promises it may report on found (reviewers' decisions are kept elsewhere).
   */
  async replaceEvidenceLinks(documentId: string, links: readonly StoredLink[]): Promise<void> {
    const rows = links.map(linkRow);
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('links').where('evidence_document_id', '=', documentId).execute();
      for (let i = 0; i < rows.length; i += 200)
        await trx
          .insertInto('links')
          .values(rows.slice(i, i + 200))
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
    });
  }

  async links(filter: { commitmentKeys?: readonly string[]; documentId?: string } = {}): Promise<StoredLink[]> {
    const out: StoredLink[] = [];
    if (filter.commitmentKeys && !filter.commitmentKeys.length) return out;
    for (const keys of filter.commitmentKeys ? chunks(filter.commitmentKeys) : [undefined]) {
      let q = this.db.selectFrom('links').selectAll();
      if (keys) q = q.where('commitment_key', 'in', keys);
      if (filter.documentId) q = q.where('evidence_document_id', '=', filter.documentId);
      out.push(...(await q.orderBy('evidence_date').orderBy('key').execute()).map(toLink));
    }
    return out;
  }
}

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

function commitmentRow(c: TrackedCommitment) {
  return {
    key: c.key,
    document_id: c.documentId,
    span_start: c.start,
    span_end: c.end,
    clause: c.clause,
    made_on: c.madeOn,
    due: c.due,
    format: c.format,
    meeting_id: c.meetingId,
    value: JSON.stringify(c),
  };
}

function linkRow(l: StoredLink) {
  return {
    key: l.key,
    commitment_key: l.commitmentKey,
    from_document_id: l.from.documentId,
    from_start: l.from.start,
    from_end: l.from.end,
    clause: l.from.clause,
    evidence_document_id: l.evidence.documentId,
    evidence_start: l.evidence.start,
    evidence_end: l.evidence.end,
    evidence_date: l.evidenceDate,
    kind: l.kind,
    rule: l.rule,
    confidence: l.confidence,
  };
}

function toLink(r: Record<string, any>): StoredLink {
  return {
    key: r.key,
    commitmentKey: r.commitment_key,
    from: { documentId: r.from_document_id, start: r.from_start, end: r.from_end, clause: r.clause },
    evidence: { documentId: r.evidence_document_id, start: r.evidence_start, end: r.evidence_end },
    evidenceDate: r.evidence_date,
    kind: r.kind,
    rule: r.rule,
    confidence: Number(r.confidence),
  };
}
