/**
 * @module custody-rows
 * What the store's own writes hand to the custody log: an import's custody record and a
 * decision's audit entry, built from what the store is writing anyway.
 */
import type { Decision } from '../../model/decision.ts';
import type { DocumentRecord } from '../store.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../database-schema.ts';
import type { AuditInput, CustodyStore } from './custody-store.ts';

/** The custody of a document being stored (its source bytes, else its text, are what is hashed). */
export function custodyOf(record: DocumentRecord): {
  documentId: string;
  bytes: Uint8Array;
  by: string;
  at: string;
  fileName?: string;
} {
  const bytes = record.source ?? new TextEncoder().encode(record.document.text);
  const fileName = record.document.meta.fileName;
  return {
    documentId: record.document.id,
    bytes,
    by: record.custody?.by ?? 'unknown',
    at: record.custody?.at ?? new Date().toISOString(),
    ...(fileName ? { fileName } : {}),
  };
}

/** A reviewer's decision as an audit entry. */
export function decisionAudit(decision: Decision): AuditInput {
  return {
    actor: decision.by,
    action: `decision:${decision.action}`,
    target: decision.target,
    details: { decisionId: decision.id, payload: decision.payload, ...(decision.note ? { note: decision.note } : {}) },
    at: decision.at,
  };
}

/**
 * Custody and the audit entry of each newly stored source, all of a batch in one transaction
 * (one commit, one lock of the audit log, instead of one each). Written right after the batch,
 * not inside its transaction (the batch writers bypass Kysely): a crash between the two
 * leaves a document without its custody record.
 */
export async function recordCustodyAfterWrite(
  db: Kysely<Database>,
  custody: CustodyStore,
  records: readonly DocumentRecord[],
  outcomes: readonly ({ created: boolean } | { error: Error })[],
): Promise<void> {
  const imported = records.filter((record, i) => {
    const outcome = outcomes[i];
    return record.custody && !('error' in outcome) && outcome.created;
  });
  if (!imported.length) return;
  await db.transaction().execute(async (trx) => {
    for (const record of imported) await custody.recordImport(trx, custodyOf(record));
  });
}
