/**
 * @module document-term-index
 * The documents' side of the tracker's term index (migration 230), the mirror of the promises'
 * (`commitment_terms`): each dated document's compared terms and the day it reports on. A new
 * promise finds here every later document that holds one of its term groups in full, the very
 * test a new document applies to find the promise (`groupsPresent`), so a pair is found
 * whichever of the two arrives first (issue 10). Nothing is bounded: a bound would make what is
 * found depend on what else the store held at the time.
 */
import type { Kysely } from 'kysely';
import { groupsPresent, termGroups } from './term-groups.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';

const ROWS = 400;
/** Terms in one lookup, well under both databases' parameter limits. */
const TERMS_PER_QUERY = 5000;

/** Replaces a document's terms; an undated document reports on nothing, so holds none. */
export async function replaceDocumentTerms(
  db: Kysely<any>,
  documentId: string,
  reportedOn: string | null,
  terms: readonly string[],
): Promise<void> {
  const rows = reportedOn
    ? [...new Set(terms)].map((term) => ({ term, reported_on: reportedOn, document_id: documentId }))
    : [];
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('document_terms').where('document_id', '=', documentId).execute();
    for (let i = 0; i < rows.length; i += ROWS)
      await trx
        .insertInto('document_terms')
        .values(rows.slice(i, i + ROWS))
        .execute();
  });
}

/**
 * The documents reporting after the promise was made that hold one of its term groups in full,
 * in id order; never the promise's own document.
 * @example await laterDocumentsNaming(db, promise) // ['d_report']
 */
export async function laterDocumentsNaming(db: Kysely<any>, c: TrackedCommitment): Promise<string[]> {
  if (!c.madeOn) return [];
  const groups = termGroups(c);
  const terms = [...new Set(groups.flatMap((g) => g.terms))];
  const held = new Map<string, Set<string>>();
  for (let i = 0; i < terms.length; i += TERMS_PER_QUERY) {
    const rows = await db
      .selectFrom('document_terms')
      .select(['term', 'document_id'])
      .where('term', 'in', terms.slice(i, i + TERMS_PER_QUERY))
      .where('reported_on', '>', c.madeOn)
      .execute();
    for (const r of rows) {
      let set = held.get(r.document_id);
      if (!set) held.set(r.document_id, (set = new Set()));
      set.add(r.term);
    }
  }
  return [...held]
    .filter(([id, present]) => id !== c.documentId && groupsPresent(groups, present) > 0)
    .map(([id]) => id)
    .sort();
}
