/**
 * @module clause-citations
 * For a primary document's reader: which reports cite each of its clauses as evidence, with
 * the verdict of the claim (after review). Read through the meeting the document is filed under,
 * so the cost follows that meeting's claims, not the store.
 */
import { claimsDb, meetingOfDocument } from '../link/claims/claim-store.ts';
import type { Verdict } from '../model/claim.ts';
import type { Store } from '../store/store.ts';
import { listClaims } from './claims.ts';

/** One report's claim that cites a clause. */
export interface ClauseCitation {
  readonly clause: string;
  readonly reportId: string;
  readonly report: string;
  readonly claimStart: number;
  readonly claimText: string;
  readonly verdict: Verdict;
}

/**
 * The citations of the document's clauses, by clause in document order, then report.
 * @example (await clauseCitations(store, communiqueId)).get('13')?.map((c) => c.verdict)
 */
export async function clauseCitations(store: Store, documentId: string): Promise<Map<string, ClauseCitation[]>> {
  const out = new Map<string, ClauseCitation[]>();
  if (!('db' in store)) return out;
  const meetingId = await meetingOfDocument(claimsDb(store), documentId);
  if (!meetingId) return out;
  const cited: (ClauseCitation & { at: number })[] = [];
  for (const row of await listClaims(store, { meetingId })) {
    for (const e of row.evidence) {
      if (e.documentId !== documentId) continue;
      cited.push({
        at: e.start,
        clause: e.clause,
        reportId: row.claim.documentId,
        report: row.report.title ?? row.report.fileName ?? row.claim.documentId,
        claimStart: row.claim.start,
        claimText: row.text,
        verdict: row.verdict,
      });
    }
  }
  cited.sort((a, b) => a.at - b.at || a.report.localeCompare(b.report) || a.claimStart - b.claimStart);
  for (const { at: _at, ...c } of cited) out.set(c.clause, [...(out.get(c.clause) ?? []), c]);
  return out;
}
