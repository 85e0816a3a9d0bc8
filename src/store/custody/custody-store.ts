/**
 * @module custody-store
 * Chain of custody over the store's database: who imported each source, when, and its
 * bytes' SHA-256; soft deletion (the document leaves every listing, its original bytes wait
 * in the trash) and restore; and the hash-chained audit log recording each of these.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../database-schema.ts';
import {
  type AuditEntry,
  type ChainReport,
  GENESIS_HASH,
  canonicalJson,
  entryHash,
  verifyChain,
} from './audit-chain.ts';

/** Where a stored source came from. */
export interface CustodyRecord {
  readonly documentId: string;
  readonly sha256: string;
  readonly byteLength: number;
  readonly importedBy: string;
  readonly importedAt: string;
}

/** A soft-deleted document, as the trash lists it. */
export interface TrashedDocument {
  readonly documentId: string;
  readonly title: string | null;
  readonly fileName: string | null;
  readonly sha256: string;
  readonly deletedBy: string;
  readonly deletedAt: string;
  readonly reason: string | null;
}

/** What to record in the audit log. */
export interface AuditInput {
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly details?: Record<string, unknown>;
  readonly at?: string;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Hex SHA-256 of bytes. @example sha256Hex(new Uint8Array()) */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Custody, trash and audit log of one store. */
export class CustodyStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** `lockAuditLog`: the statement that serialises appends (PostgreSQL), from the dialect config. */
    private readonly config: { readonly lockAuditLog?: string },
  ) {}

  /** Appends one audit entry in `trx` (or its own transaction), chained to the current head. */
  async audit(input: AuditInput, trx?: Transaction<Database>): Promise<AuditEntry> {
    if (!trx) return this.db.transaction().execute((t) => this.audit(input, t));
    if (this.config.lockAuditLog) await sql.raw(this.config.lockAuditLog).execute(trx);
    const head = await trx
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const fields = {
      seq: Number(head?.seq ?? 0) + 1,
      at: input.at ?? new Date().toISOString(),
      actor: input.actor,
      action: input.action,
      target: input.target,
      details: canonicalJson(input.details ?? {}),
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    const entry = { ...fields, hash: entryHash(fields) };
    const { prevHash, ...rest } = fields;
    await trx
      .insertInto('audit_log')
      .values({ ...rest, prev_hash: prevHash, hash: entry.hash })
      .execute();
    return entry;
  }

  /** Records a new source's custody and its import in the audit log, inside the document's own write. */
  async recordImport(
    trx: Transaction<Database>,
    record: { documentId: string; bytes: Uint8Array; by: string; at: string; fileName?: string },
  ): Promise<void> {
    const sha256 = sha256Hex(record.bytes);
    const existing = await custodyRow(trx, record.documentId);
    if (!existing)
      await trx
        .insertInto('source_custody')
        .values({
          document_id: record.documentId,
          sha256,
          byte_length: record.bytes.byteLength,
          imported_by: record.by,
          imported_at: record.at,
        })
        .execute();
    const details = {
      sha256,
      bytes: record.bytes.byteLength,
      ...(record.fileName ? { fileName: record.fileName } : {}),
    };
    await this.audit({ actor: record.by, action: 'import', target: record.documentId, details, at: record.at }, trx);
  }

  /** Who imported a document's source, when, and its hash (kept after deletion). */
  async custodyOf(documentId: string): Promise<CustodyRecord | undefined> {
    const row = await custodyRow(this.db, documentId);
    return row
      ? {
          documentId,
          sha256: row.sha256,
          byteLength: Number(row.byte_length),
          importedBy: row.imported_by,
          importedAt: row.imported_at,
        }
      : undefined;
  }

  /**
   * Soft-deletes a document: its original bytes go to the trash, the deletion to the audit
   * log, and the document with everything derived from it leaves the store, in one transaction.
   * Returns undefined when no such document is stored.
   */
  async trash(documentId: string, by: string, reason?: string): Promise<TrashedDocument | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const doc = await trx
        .selectFrom('documents')
        .leftJoin('sources', 'sources.document_id', 'documents.id')
        .select(['documents.title', 'documents.file_name', 'documents.text', 'sources.bytes', 'sources.format'])
        .where('documents.id', '=', documentId)
        .executeTakeFirst();
      if (!doc) return undefined;
      const bytes = doc.bytes ? new Uint8Array(doc.bytes) : new TextEncoder().encode(doc.text);
      const trashed: TrashedDocument = {
        documentId,
        title: doc.title,
        fileName: doc.file_name,
        sha256: sha256Hex(bytes),
        deletedBy: by,
        deletedAt: new Date().toISOString(),
        reason: reason ?? null,
      };
      await trx.deleteFrom('trash').where('document_id', '=', documentId).execute();
      await trx
        .insertInto('trash')
        .values({
          document_id: documentId,
          title: trashed.title,
          file_name: trashed.fileName,
          media_type: doc.bytes ? mediaTypeOf(doc.format) : 'text/plain; charset=utf-8',
          bytes: Buffer.from(bytes),
          sha256: trashed.sha256,
          deleted_by: by,
          deleted_at: trashed.deletedAt,
          reason: trashed.reason,
        })
        .execute();
      const details = { sha256: trashed.sha256, ...(reason ? { reason } : {}) };
      await this.audit({ actor: by, action: 'delete', target: documentId, details, at: trashed.deletedAt }, trx);
      await trx.deleteFrom('documents').where('id', '=', documentId).execute();
      return trashed;
    });
  }

  /** The trash, latest deletion first. */
  async listTrash(): Promise<TrashedDocument[]> {
    const rows = await this.db.selectFrom('trash').selectAll().orderBy('deleted_at', 'desc').execute();
    return rows.map((r) => ({
      documentId: r.document_id,
      title: r.title,
      fileName: r.file_name,
      sha256: r.sha256,
      deletedBy: r.deleted_by,
      deletedAt: r.deleted_at,
      reason: r.reason,
    }));
  }

  /** A trashed document's original bytes and what is known of them, for a restore. */
  async trashedSource(
    documentId: string,
  ): Promise<{ bytes: Uint8Array; fileName?: string; mediaType?: string } | undefined> {
    const row = await this.db.selectFrom('trash').selectAll().where('document_id', '=', documentId).executeTakeFirst();
    if (!row) return undefined;
    return {
      bytes: new Uint8Array(row.bytes),
      ...(row.file_name ? { fileName: row.file_name } : {}),
      ...(row.media_type ? { mediaType: row.media_type } : {}),
    };
  }

  /**
   * Ends a restore whose document was already there (a restore of new bytes closes its trash
   * entry inside the document's own write, `closeTrash`): the entry goes, the log says who.
   * Nothing happens when the entry is already closed.
   */
  async finishRestore(documentId: string, by: string, restoredId: string): Promise<void> {
    await this.db.transaction().execute((trx) => this.closeTrash(trx, documentId, by, restoredId));
  }

  /** Removes a trash entry and audits the restore in `trx`; nothing when it is already gone. */
  async closeTrash(trx: Transaction<Database>, documentId: string, by: string, restoredId: string): Promise<void> {
    const gone = await trx.deleteFrom('trash').where('document_id', '=', documentId).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) return;
    await this.audit({ actor: by, action: 'restore', target: documentId, details: { restoredId } }, trx);
  }

  /** Every audit entry, oldest first. */
  async auditEntries(): Promise<AuditEntry[]> {
    const rows = await this.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at,
      actor: r.actor,
      action: r.action,
      target: r.target,
      details: r.details,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
  }

  /** Verifies the stored chain. */
  async verify(): Promise<ChainReport> {
    return verifyChain(await this.auditEntries());
  }
}

function custodyRow(db: Db, documentId: string) {
  return db.selectFrom('source_custody').selectAll().where('document_id', '=', documentId).executeTakeFirst();
}

/** A media type that makes the reader pick the same format again on restore. */
function mediaTypeOf(format: string | null): string | null {
  const types: Record<string, string> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    html: 'text/html',
    markdown: 'text/markdown',
  };
  return format ? (types[format] ?? null) : null;
}
