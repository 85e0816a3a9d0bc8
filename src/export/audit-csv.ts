/**
 * @module audit-csv
 * The audit log as CSV, oldest first, with each entry's hash and its predecessor's: a reader
 * can recompute the chain (see `store/custody/audit-chain.ts`) from the file alone.
 */
import type { AuditEntry } from '../store/custody/audit-chain.ts';
import { toCsv } from './csv.ts';

export const AUDIT_COLUMNS = ['seq', 'at', 'actor', 'action', 'target', 'details', 'prev_hash', 'hash'] as const;

/** @example auditToCsv(await store.custody.auditEntries()) */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    AUDIT_COLUMNS,
    entries.map((e) => [e.seq, e.at, e.actor, e.action, e.target, e.details, e.prevHash, e.hash]),
  );
}
