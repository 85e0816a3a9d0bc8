/**
 * @module mentions-csv
 * Every entity mention as one CSV row: where it is (document, span), what it says, which
 * entity it is, and who said so (the rule, or the reviewer).
 */
import type { ReviewedMention } from '../review/entity-decisions.ts';
import { toCsv } from './csv.ts';

export const MENTION_COLUMNS = [
  'document_id',
  'start',
  'end',
  'surface',
  'entity_id',
  'entity_name',
  'entity_type',
  'known',
  'source',
  'confidence',
  'reviewed',
  'rejected',
] as const;

/** CSV of mentions; offsets are UTF-16 code units into the document text. */
export function mentionsToCsv(mentions: readonly ReviewedMention[]): string {
  return toCsv(
    MENTION_COLUMNS,
    mentions.map((m) => [
      m.documentId,
      m.start,
      m.end,
      m.surface,
      m.entityId,
      m.name,
      m.type,
      m.known,
      m.source,
      m.confidence,
      m.reviewed,
      m.rejected,
    ]),
  );
}
