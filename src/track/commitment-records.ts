/**
 * @module commitment-records
 * The tracker's read model: every followed promise with its text, its document, its evidence
 * (reviewers' verdicts applied, each with its passage) and its status over time, as of the
 * latest date the store knows. Filters: format, meeting, state, sector, status, due window.
 */
import type { CommitmentStatus } from '../model/commitment-status.ts';
import type { Link } from '../model/link.ts';
import type { Store } from '../store/store.ts';
import { deriveStatus } from './derive-status.ts';
import { loadReviews, reviewed } from './reviews.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import { TrackingRepository, trackingDb } from './tracking-repository.ts';

export interface DocumentRef {
  readonly id: string;
  readonly title: string | null;
  readonly fileName: string | null;
  readonly date: string | null;
}

export interface Evidence extends Link {
  readonly text: string;
  readonly document: DocumentRef;
}

export interface CommitmentRecord {
  readonly commitment: TrackedCommitment;
  readonly text: string;
  readonly document: DocumentRef;
  readonly status: CommitmentStatus;
  /** Oldest first. */
  readonly evidence: readonly Evidence[];
}

export interface CommitmentFilter {
  readonly format?: string;
  /** A meeting id (`event:cca-fm6-2025`) or words of the format, city or date. */
  readonly meeting?: string;
  readonly state?: string;
  readonly sector?: string;
  readonly status?: string;
  /** Inclusive bounds on the due day. */
  readonly dueBefore?: string;
  readonly dueAfter?: string;
  readonly documentId?: string;
}

export interface Tracking {
  readonly asOf: string;
  readonly records: readonly CommitmentRecord[];
}

/** Loads every followed promise with status and evidence (those a reviewer rejected left out), then filters. */
export async function loadTracking(store: Store, filter: CommitmentFilter = {}, asOfDay?: string): Promise<Tracking> {
  const repo = new TrackingRepository(trackingDb(store));
  const all = await repo.commitments(filter.documentId ? { documentId: filter.documentId } : {});
  const commitments = all.filter((c) => matches(c, filter));
  const [links, reviews, asOf] = await Promise.all([
    repo.links({ commitmentKeys: commitments.map((c) => c.key) }),
    loadReviews(store),
    asOfDay ? Promise.resolve(asOfDay) : latestDate(store),
  ]);
  const docs = new Map<string, { ref: DocumentRef; text: string }>();
  const doc = async (id: string) => {
    let hit = docs.get(id);
    if (!hit) {
      const d = await store.getDocument(id);
      const ref = {
        id,
        title: d?.title ?? d?.meta.title ?? null,
        fileName: d?.meta.fileName ?? null,
        date: d?.meta.published ?? null,
      };
      docs.set(id, (hit = { ref, text: d?.document.text ?? '' }));
    }
    return hit;
  };
  const byCommitment = new Map<string, Evidence[]>();
  for (const l of links) {
    const d = await doc(l.evidence.documentId);
    const e: Evidence = {
      ...reviewed(l, reviews),
      text: d.text.slice(l.evidence.start, l.evidence.end),
      document: d.ref,
    };
    byCommitment.set(l.commitmentKey, [...(byCommitment.get(l.commitmentKey) ?? []), e]);
  }
  const superseding = await supersedingLinks(repo, links, commitments);
  const records: CommitmentRecord[] = [];
  for (const c of commitments) {
    if (reviews.rejected.has(c.key)) continue;
    const d = await doc(c.documentId);
    const evidence = byCommitment.get(c.key) ?? [];
    const status = deriveStatus({
      madeOn: c.madeOn,
      due: c.due,
      links: evidence,
      superseding,
      override: reviews.statuses.get(c.key),
      asOf,
    });
    if (filter.status && status.current !== filter.status) continue;
    records.push({ commitment: c, text: d.text.slice(c.start, c.end), document: d.ref, status, evidence });
  }
  return { asOf, records };
}

/** The latest ISO day among stored documents' publication dates (today when there is none). */
export async function latestDate(store: Store): Promise<string> {
  const row = await trackingDb(store)
    .selectFrom('documents')
    .select((eb) => eb.fn.max('published').as('latest'))
    .where('published', 'like', '____-__-__%')
    .executeTakeFirst();
  return (row?.latest as string | null)?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
}

function matches(c: TrackedCommitment, f: CommitmentFilter): boolean {
  const fold = (s: string | null | undefined) =>
    (s ?? '')
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[‐-―-]/g, '-');
  if (f.format && !fold(c.format).includes(fold(f.format))) return false;
  if (f.meeting && c.meetingId !== f.meeting && !fold(`${c.format} ${c.madeOn}`).includes(fold(f.meeting)))
    return false;
  if (f.state && !c.actors.includes(f.state.toUpperCase())) return false;
  if (f.sector && !c.sectors.includes(f.sector as never)) return false;
  if (f.dueBefore && (!c.due || c.due > f.dueBefore)) return false;
  if (f.dueAfter && (!c.due || c.due < f.dueAfter)) return false;
  return true;
}

/** Repeat links whose passage is itself a promise of the later document, due later: it replaces the earlier one. */
async function supersedingLinks(
  repo: TrackingRepository,
  links: readonly {
    key: string;
    kind: string;
    commitmentKey: string;
    evidence: { documentId: string; start: number; end: number };
  }[],
  commitments: readonly TrackedCommitment[],
): Promise<Set<string>> {
  const due = new Map(commitments.map((c) => [c.key, c.due]));
  const out = new Set<string>();
  for (const l of links.filter((x) => x.kind === 'repeat')) {
    const later = await repo.commitments({ documentId: l.evidence.documentId });
    const own = due.get(l.commitmentKey);
    const replacing = later.find((c) => c.start < l.evidence.end && c.end > l.evidence.start);
    if (own && replacing?.due && replacing.due > own) out.add(l.key);
  }
  return out;
}
