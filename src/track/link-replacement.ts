/**
 * @module link-replacement
 * How linking one document changes the stored links, so that the result does not depend on
 * the order documents arrive in. A link between a promise and a later document is found from
 * either side (the promise's document searching later ones, or the later document looking up
 * the promises its words name); each side replaces only the links of the (promise, document)
 * pairs it examined, and keeps what the other side found. What no longer exists goes: links of
 * promises the document no longer makes, and evidence spans that are no longer its sentences.
 */
import type { Kysely } from 'kysely';
import type { Span } from '../model/span.ts';

/** A promise and a document examined for evidence of it. */
export interface ExaminedPair {
  readonly commitmentKey: string;
  readonly evidenceDocumentId: string;
}

const CHUNK = 400;

/**
 * Removes the links linking `documentId` invalidated: those of promises no longer among `own`,
 * those whose evidence in it is no longer one of its `sentences`, and those of every examined pair.
 */
export async function clearLinks(
  db: Kysely<any>,
  documentId: string,
  own: readonly string[],
  sentences: readonly Span[],
  examined: readonly ExaminedPair[],
): Promise<void> {
  const mine = new Set(own);
  const spans = new Set(sentences.map((s) => `${s.start}:${s.end}`));
  const rows = await db
    .selectFrom('links')
    .select(['key', 'commitment_key', 'from_document_id', 'evidence_document_id', 'evidence_start', 'evidence_end'])
    .where((eb) => eb.or([eb('from_document_id', '=', documentId), eb('evidence_document_id', '=', documentId)]))
    .execute();
  const pairs = new Set(examined.map((p) => `${p.commitmentKey}>${p.evidenceDocumentId}`));
  const stale = rows
    .filter(
      (r) =>
        (r.from_document_id === documentId && !mine.has(r.commitment_key)) ||
        (r.evidence_document_id === documentId && !spans.has(`${r.evidence_start}:${r.evidence_end}`)) ||
        pairs.has(`${r.commitment_key}>${r.evidence_document_id}`),
    )
    .map((r) => String(r.key));
  for (let i = 0; i < stale.length; i += CHUNK)
    await db
      .deleteFrom('links')
      .where('key', 'in', stale.slice(i, i + CHUNK))
      .execute();
}
