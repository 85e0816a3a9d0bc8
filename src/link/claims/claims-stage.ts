/**
 * @module claims-stage
 * The claims stage after the store. When a document is stored (or re-analysed), the stage
 * records which meeting it is about and marks that meeting stale: a cheap write, so a batch
 * of thousands of documents does not re-check a meeting once per document. Before claims are
 * read (`refresh`), every stale meeting's reports are checked again, and only those: a report
 * stored before its meeting's primary document is re-checked once the document is there.
 * Verdicts depend only on the report and the meeting's primary documents, taken in id order,
 * so any ingest order gives the same verdicts.
 */
import type { Layers } from '../../model/annotation.ts';
import type { ClaimVerdict } from '../../model/claim.ts';
import { ANALYSIS_LAYERS, loadLayers } from '../../store/document-layers.ts';
import type { Store } from '../../store/store.ts';
import { claimsOf } from './claim-facts.ts';
import {
  claimsDb,
  clearStale,
  markStale,
  meetingDocuments,
  meetingOfDocument,
  replaceVerdicts,
  staleMeetings,
} from './claim-store.ts';
import { decideVerdict } from './decide-verdict.ts';
import { isPrimary } from './meeting-of.ts';
import { signatureOf } from './meeting-signature.ts';
import { placeDocument } from './place-document.ts';
import { neighbours, type Placement, putPlacement } from './placement-store.ts';
import { buildMeetingRecord, type MeetingRecord, type PrimarySource } from './meeting-record.ts';

/** The layers the stage reads: the analysis layers plus figures and claims. */
export const CLAIM_LAYERS = [...ANALYSIS_LAYERS, 'figures', 'claims'] as const;
/** Meeting records kept in memory (each is rebuilt when its primary documents change). */
const CACHED_MEETINGS = 32;

export interface ClaimsStage {
  /** Records the document's meeting and marks what it affects stale. */
  documentStored(documentId: string): Promise<void>;
  /** Re-checks the stale meetings (all, or those given); returns how many claims were checked. */
  refresh(meetingIds?: readonly string[]): Promise<number>;
  /** Re-checks every report of a meeting (after a reviewer's decision, say). */
  recheckMeeting(meetingId: string): Promise<number>;
  /**
   * Deletes a document through `remove` and marks its meeting stale: the verdicts of its
   * meeting's reports may cite it. Returns the meeting, or null (none, or nothing deleted).
   */
  documentRemoved(
    documentId: string,
    remove: () => Promise<boolean>,
  ): Promise<{ deleted: boolean; meetingId: string | null }>;
}

/** The stage over a SQL store. @example await createClaimsStage(store).documentStored(id) */
export function createClaimsStage(store: Store): ClaimsStage {
  const db = claimsDb(store);
  const records = new Map<string, { key: string; record: MeetingRecord }>();

  const load = async (id: string, layers: readonly string[] = CLAIM_LAYERS) => {
    const stored = await store.getDocument(id);
    return stored
      ? { document: stored.document, tree: stored.tree, layers: await loadLayers(store, id, layers) }
      : null;
  };

  const recordOf = async (meetingId: string): Promise<MeetingRecord | null> => {
    const ids = await meetingDocuments(db, meetingId, true);
    if (!ids.length) return null;
    const key = ids.join(',');
    const cached = records.get(meetingId);
    if (cached?.key === key) return cached.record;
    const primaries = (await Promise.all(ids.map((id) => load(id)))).filter((p): p is PrimarySource => !!p);
    const record = buildMeetingRecord(meetingId, primaries);
    records.delete(meetingId);
    records.set(meetingId, { key, record });
    if (records.size > CACHED_MEETINGS) records.delete(records.keys().next().value!);
    return record;
  };

  const checkReport = async (documentId: string, meetingId: string, layers?: Layers): Promise<number> => {
    const report = await load(documentId);
    if (!report) return 0;
    const record = await recordOf(meetingId);
    const verdicts: ClaimVerdict[] = claimsOf(report.document, layers ?? report.layers, meetingId).map((c) =>
      decideVerdict(c, record),
    );
    await replaceVerdicts(db, documentId, verdicts);
    return verdicts.length;
  };

  const recheckMeeting = async (meetingId: string): Promise<number> => {
    let checked = 0;
    for (const id of await meetingDocuments(db, meetingId, false)) checked += await checkReport(id, meetingId);
    return checked;
  };

  /**
   * Neighbours of a new primary document (reports, unidentified primary documents) filed
   * elsewhere that now fit another meeting move there; returns the meetings they left and joined.
   */
  const refile = async (around: readonly Placement[]): Promise<string[]> => {
    const moved: string[] = [];
    for (const n of around) {
      if (n.primary && n.signature.meetingId) continue;
      const meetingId = placeDocument(n.signature, n.primary, await neighbours(db, n.signature, n.primary));
      if (!meetingId || meetingId === n.meetingId) continue;
      await putPlacement(db, { ...n, meetingId });
      if (n.meetingId) moved.push(n.meetingId);
      moved.push(meetingId);
    }
    return moved;
  };

  return {
    recheckMeeting,
    async refresh(meetingIds) {
      const wanted = meetingIds ? new Set(meetingIds) : null;
      let checked = 0;
      for (const id of await staleMeetings(db)) {
        if (wanted && !wanted.has(id)) continue;
        checked += await recheckMeeting(id);
        await clearStale(db, id);
      }
      return checked;
    },
    async documentRemoved(documentId, remove) {
      const meetingId = await meetingOfDocument(db, documentId);
      if (!(await remove())) return { deleted: false, meetingId: null };
      if (meetingId) await markStale(db, [meetingId]);
      return { deleted: true, meetingId };
    },
    async documentStored(documentId) {
      const doc = await load(documentId, ['documentKind', 'meeting', 'entities', 'participants']);
      if (!doc) return;
      const primary = isPrimary(doc.document, doc.layers);
      const signature = signatureOf(doc.document, doc.layers);
      const before = await meetingOfDocument(db, documentId);
      const around = await neighbours(db, signature, primary);
      const placed: Placement = {
        documentId,
        primary,
        signature,
        meetingId: placeDocument(signature, primary, around),
      };
      await putPlacement(db, placed);
      if (!placed.meetingId) await replaceVerdicts(db, documentId, []);
      // A new primary document may be the meeting of reports filed elsewhere until now.
      const moved = primary && placed.meetingId ? await refile(around) : [];
      await markStale(
        db,
        [before, placed.meetingId, ...moved].filter((m): m is string => !!m),
      );
    },
  };
}

const stages = new WeakMap<Store, ClaimsStage>();

/**
 * The claims stage of a store, made once per store; undefined for a store without SQL tables
 * (an in-memory double in a test), which then simply has no verdicts.
 */
export function claimsStageFor(store: Store): ClaimsStage | undefined {
  if (!('db' in store)) return undefined;
  let stage = stages.get(store);
  if (!stage) stages.set(store, (stage = createClaimsStage(store)));
  return stage;
}
