/**
 * @module custody-rows
 * What the store's own writes hand to the custody log: an import's custody record and a
 * decision's audit entry, built from what the store is writing anyway.
 */
import type { Decision } from '../../model/decision.ts';
import type { DocumentRecord } from '../store.ts';
import type { Transaction } from 'kysely';
import type { InTransaction } from '../batch-writer.ts';
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
 * Writes the custody and the audit entry of each source a batch created, inside the batch's own
 * transaction (see `InTransaction`): a document is never stored without them, nor they without it.
 * @example await writer.write(sets, custodyInTransaction(custody, records))
 */
export function custodyInTransaction(custody: CustodyStore, records: readonly DocumentRecord[]): InTransaction {
  return async (trx, created) => {
    for (const record of records)
      if (record.custody && created.has(record.document.id))
        await custody.recordImport(trx as Transaction<Database>, custodyOf(record));
  };
}
