/**
 * @module tracking-repository
 * Reads and writes the tracker's tables (migration 050). Machine links are replaced per
 * document on every run; reviewers' verdicts are decisions keyed by the link's stable key, so
 * they outlive any number of re-runs.
 */
import type { Kysely } from 'kysely';
import type { LinkKind } from '../model/link.ts';
import type { Store } from '../store/store.ts';
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

/** A term group: the terms of one anchor (enough of which must co-occur) or one topic pair. */
export interface TermGroup {
  readonly terms: readonly string[];
  readonly required: number;
}

const CHUNK = 400;
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
   * Promises made before `before` with a term group fully present among `terms` (an indexed
   * lookup), the `limit` with most groups present first: a bound, so a common word in a large
   * store cannot make one document's linking read every promise. The postings are counted here:
   * a database's GROUP BY over long keys cost ten times the index lookup that finds them.
   */
  async commitmentsWithTerms(terms: readonly string[], before: string, limit = 200): Promise<TrackedCommitment[]> {
    const hits = new Map<string, { count: number; required: number }>();
    for (let i = 0; i < terms.length; i += TERMS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('commitment_terms')
        .select(['commitment_key', 'grp', 'required'])
        .where('term', 'in', terms.slice(i, i + TERMS_PER_QUERY))
        .execute();
      for (const r of rows) {
        const key = `${r.grp} ${r.commitment_key}`;
        const seen = hits.get(key);
        if (seen) seen.count++;
        else hits.set(key, { count: 1, required: Number(r.required) });
      }
    }
    const groups = new Map<string, number>();
    for (const [key, { count, required }] of hits)
      if (count >= required) {
        const commitment = key.slice(key.indexOf(' ') + 1);
        groups.set(commitment, (groups.get(commitment) ?? 0) + 1);
      }
    if (!groups.size) return [];
    const dated: { key: string; made_on: string }[] = [];
    for (const keys of chunks([...groups.keys()]))
      dated.push(
        ...(await this.db
          .selectFrom('tracked_commitments')
          .select(['key', 'made_on'])
          .where('key', 'in', keys)
          .execute()),
      );
    // Dates compared here: a condition on made_on in the query led SQLite to scan its index instead.
    const earlier = dated.filter((r) => r.made_on !== null && String(r.made_on) < before);
    const ranked = earlier
      .sort((a, b) => groups.get(b.key)! - groups.get(a.key)! || String(b.made_on).localeCompare(String(a.made_on)))
      .slice(0, limit);
    return this.commitments({ keys: ranked.map((r) => r.key) });
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
   * How many promises hold each term, and how many promises there are: a word pair many
   * promises share ("supply chain", "best practice") does not tell one promise from another.
   */
  async termFrequencies(
    terms: readonly string[],
    total?: number,
  ): Promise<{ counts: Map<string, number>; total: number }> {
    const counts = new Map<string, number>();
    for (const chunk of chunks([...new Set(terms)])) {
      const rows = await this.db
        .selectFrom('commitment_terms')
        .select('term')
        .select((eb) => eb.fn.count<number>('commitment_key').distinct().as('n'))
        .where('term', 'in', chunk)
        .groupBy('term')
        .execute();
      for (const r of rows) counts.set(r.term, Number(r.n));
    }
    if (total !== undefined) return { counts, total };
    const all = await this.db
      .selectFrom('tracked_commitments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return { counts, total: Number(all?.n ?? 0) };
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

  /** Removes the machine links that start or end in a document. */
  async deleteLinksOf(documentId: string): Promise<void> {
    await this.db
      .deleteFrom('links')
      .where((eb) => eb.or([eb('from_document_id', '=', documentId), eb('evidence_document_id', '=', documentId)]))
      .execute();
  }

  async insertLinks(links: readonly StoredLink[]): Promise<void> {
    const rows = links.map(linkRow);
    for (let i = 0; i < rows.length; i += 200)
      await this.db
        .insertInto('links')
        .values(rows.slice(i, i + 200))
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
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
