/**
 * @module audit-chain
 * The audit log's hash chain, pure: each entry's hash covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every hash after it.
 * Verification needs nothing but the entries (an export can be checked anywhere).
 */
import { createHash } from 'node:crypto';

/** The hash the first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** One entry as stored and exported. `details` is canonical JSON text, hashed as it is. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly details: string;
  readonly prevHash: string;
  readonly hash: string;
}

/** The hash of an entry's fields and its predecessor's hash. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const fields = [entry.seq, entry.at, entry.actor, entry.action, entry.target, entry.details, entry.prevHash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** JSON with object keys sorted, so the same details always hash the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What verification found: the chain's head, and each entry that breaks it. */
export interface ChainReport {
  readonly ok: boolean;
  readonly entries: number;
  /** Hash of the last entry: keep it elsewhere to notice entries cut off the end. */
  readonly head: string;
  readonly problems: readonly { readonly seq: number; readonly problem: string }[];
}

/**
 * Checks numbering, links and hashes of entries in order.
 * @example verifyChain(await custody.auditEntries()).ok
 */
export function verifyChain(entries: readonly AuditEntry[]): ChainReport {
  const problems: { seq: number; problem: string }[] = [];
  let previous = GENESIS_HASH;
  entries.forEach((entry, i) => {
    if (entry.seq !== i + 1) problems.push({ seq: entry.seq, problem: `numbered ${entry.seq}, expected ${i + 1}` });
    if (entry.prevHash !== previous)
      problems.push({ seq: entry.seq, problem: 'does not chain to the entry before it (removed or reordered?)' });
    if (entryHash(entry) !== entry.hash)
      problems.push({ seq: entry.seq, problem: 'its hash does not match its content (changed?)' });
    previous = entry.hash;
  });
  return { ok: problems.length === 0, entries: entries.length, head: previous, problems };
}
