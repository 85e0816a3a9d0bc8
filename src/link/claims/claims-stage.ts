/**
 * @module claims-stage
 * The claims stage after the store: when a document is stored (or re-analysed), it records
 * which meeting the document is about and re-checks what that can change, and nothing else:
 * a new report gets its own claims checked; a new primary document re-checks every report of
 * its meeting (so a report stored before its meeting's primary document is checked again when
 * the document arrives). Verdicts depend only on the report and the meeting's primary
 * documents, taken in id order, so any ingest order gives the same verdicts.
 */
import type { Layers } from '../../model/annotation.ts';
import type { ClaimVerdict } from '../../model/claim.ts';
import { ANALYSIS_LAYERS, loadLayers } from '../../store/document-layers.ts';
import type { Store } from '../../store/store.ts';
import { claimsOf } from './claim-facts.ts';
import { claimsDb, meetingDocuments, meetingOfDocument, putMeetingDocument, replaceVerdicts } from './claim-store.ts';
import { decideVerdict } from './decide-verdict.ts';
import { isPrimary, meetingIdOf } from './group-by-meeting.ts';
import { buildMeetingRecord, type MeetingRecord, type PrimarySource } from './meeting-record.ts';

/** The layers the stage reads: the analysis layers plus figures and claims. */
export const CLAIM_LAYERS = [...ANALYSIS_LAYERS, 'figures', 'claims'] as const;
/** Meeting records kept in memory (each is rebuilt when its primary documents change). */
const CACHED_MEETINGS = 32;

export interface ClaimsStage {
  /** Records the document's meeting and re-checks the claims it affects; returns how many were checked. */
  documentStored(documentId: string): Promise<number>;
  /** Re-checks every report of a meeting (after a reviewer's decision, say). */
  recheckMeeting(meetingId: string): Promise<number>;
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

  return {
    recheckMeeting,
    async documentStored(documentId) {
      const doc = await load(documentId, ['documentKind', 'meeting']);
      if (!doc) return 0;
      const meetingId = meetingIdOf(doc.layers);
      const primary = isPrimary(doc.document, doc.layers);
      const before = await meetingOfDocument(db, documentId);
      await putMeetingDocument(db, documentId, meetingId, primary);
      let checked = 0;
      if (before && before !== meetingId) checked += await recheckMeeting(before);
      if (!meetingId) await replaceVerdicts(db, documentId, []);
      else if (primary) checked += await recheckMeeting(meetingId);
      else checked += await checkReport(documentId, meetingId);
      return checked;
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
