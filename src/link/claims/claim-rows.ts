/**
 * @module claim-rows
 * Checked claims as rows for exports and pages: the verdict with the claim's text and the
 * report it comes from (file, title, outlet, URL, date), and each evidence clause's text.
 * Texts are sliced from the stored documents, never stored twice.
 */
import type { ClaimVerdict, EvidenceRef } from '../../model/claim.ts';
import type { Document } from '../../model/document.ts';
import type { Store } from '../../store/store.ts';
import { claimsDb, listVerdicts, type VerdictFilter } from './claim-store.ts';
import { claimsStageFor } from './claims-stage.ts';

export interface ClaimRow extends ClaimVerdict {
  text: string;
  report: {
    id: string;
    fileName: string | null;
    title: string | null;
    publisher: string | null;
    url: string | null;
    published: string | null;
  };
  evidenceTexts: (EvidenceRef & { text: string })[];
}

/** The stored verdicts matching `filter`, as rows. @example await loadClaimRows(store, { verdict: 'contradicted' }) */
export async function loadClaimRows(store: Store, filter: VerdictFilter = {}): Promise<ClaimRow[]> {
  const stage = claimsStageFor(store);
  if (!stage) return [];
  await stage.refresh(filter.meetingId ? [filter.meetingId] : undefined);
  const verdicts = await listVerdicts(claimsDb(store), filter);
  const documents = new Map<string, Document | null>();
  const documentOf = async (id: string) => {
    if (!documents.has(id)) documents.set(id, (await store.getDocument(id))?.document ?? null);
    return documents.get(id)!;
  };
  const rows: ClaimRow[] = [];
  for (const v of verdicts) {
    const report = await documentOf(v.claim.documentId);
    if (!report) continue;
    const evidenceTexts = [];
    for (const e of v.evidence) {
      const primary = await documentOf(e.documentId);
      evidenceTexts.push({ ...e, text: primary ? primary.text.slice(e.start, e.end) : '' });
    }
    const m = report.meta;
    rows.push({
      ...v,
      text: report.text.slice(v.claim.start, v.claim.end),
      report: {
        id: report.id,
        fileName: m.fileName ?? null,
        title: m.title ?? null,
        publisher: m.publisher ?? null,
        url: m.url ?? null,
        published: m.published ?? null,
      },
      evidenceTexts,
    });
  }
  return rows;
}
