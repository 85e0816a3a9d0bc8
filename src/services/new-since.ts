/**
 * @module new-since
 * The "new since" view: documents that monitored sources brought in since a time, those with
 * contradicted claims first (most first), then newest first. Each shows its claims' verdicts
 * (with reviewers' decisions applied) and the contradicted claims' texts.
 */
import { z } from 'zod';
import type { Store } from '../store/store.ts';
import { listClaims } from './claims.ts';

/** `GET /api/new` and `/new` query. */
export const newSinceQuerySchema = z.object({
  since: z
    .string()
    .trim()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'Use a date or date-time, e.g. 2026-12-01 or 2026-12-01T08:00:00Z')
    .optional()
    .describe('Items that arrived at or after this time (default: the last 7 days).'),
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('At most this many documents.'),
});

/** A contradicted claim, as the view quotes it. */
export interface ContradictedClaim {
  readonly text: string;
  readonly note: string;
  readonly differences: readonly { field: string; claimed: string; recorded: string }[];
}

/** One new document. */
export interface NewItemView {
  readonly documentId: string;
  readonly title: string;
  readonly url: string;
  /** The sources that listed it. */
  readonly sources: readonly { readonly url: string; readonly format: string | null }[];
  readonly arrivedAt: string;
  readonly claims: { readonly supported: number; readonly contradicted: number; readonly notInSource: number };
  readonly contradicted: readonly ContradictedClaim[];
}

const WEEK_MS = 7 * 24 * 3600_000;

/** The new documents since `since` (default a week before `now`). */
export async function newSince(
  store: Store,
  query: { since?: string; limit?: number },
  now = new Date(),
): Promise<{ since: string; items: NewItemView[] }> {
  const since = query.since ? new Date(Date.parse(query.since)) : new Date(now.getTime() - WEEK_MS);
  const arrived = await store.watch.arrivedSince(since, 2000);
  const byDocument = new Map<string, typeof arrived>();
  for (const item of arrived) byDocument.set(item.documentId!, [...(byDocument.get(item.documentId!) ?? []), item]);
  const items: NewItemView[] = [];
  for (const [documentId, listed] of [...byDocument].slice(0, query.limit ?? 100)) {
    const stored = await store.getDocument(documentId);
    if (!stored) continue;
    const claims = await listClaims(store, { documentId });
    const count = (v: string) => claims.filter((c) => c.verdict === v).length;
    items.push({
      documentId,
      title: stored.title,
      url: listed[0].url,
      sources: listed.map((i) => ({ url: i.sourceUrl, format: i.format })),
      // Newest arrival first in `arrived`, so the last is when it first came in.
      arrivedAt: listed[listed.length - 1].ingestedAt,
      claims: {
        supported: count('supported'),
        contradicted: count('contradicted'),
        notInSource: count('not-in-source'),
      },
      contradicted: claims
        .filter((c) => c.verdict === 'contradicted')
        .map((c) => ({ text: c.text, note: c.note, differences: c.differences })),
    });
  }
  items.sort((a, b) => b.claims.contradicted - a.claims.contradicted || b.arrivedAt.localeCompare(a.arrivedAt));
  return { since: since.toISOString(), items };
}
