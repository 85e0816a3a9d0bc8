/**
 * @module export-formats
 * The whole-store exports of `concord export` besides the per-document analysis JSON:
 * Popolo JSON of people and organisations, the reviewed mentions and the statements as CSV,
 * the checked claims as CSV and as schema.org ClaimReview (JSON-LD).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mentionsToCsv } from '../export/mentions-csv.ts';
import { completePopolo } from '../export/complete-popolo.ts';
import { statementsToCsv } from '../export/statements-csv.ts';
import { claimReviews } from '../export/claim-review.ts';
import { claimsToCsv } from '../export/claims-csv.ts';
import { loadClaimRows } from '../link/claims/claim-rows.ts';
import { sharedKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { loadStatements } from '../services/statements-query.ts';
import { loadReviewedEntities } from '../services/reviewed-entities.ts';
import { meetingEvents } from '../services/meeting-events.ts';
import type { Store } from '../store/store.ts';

/** Single-file exports: format → file name and how to build its content. */
export const FILE_EXPORTS = {
  popolo: {
    fileName: 'popolo.json',
    build: async (store: Store) => {
      const kb = sharedKnowledgeBase();
      const popolo = completePopolo((await loadReviewedEntities(store)).entities, (id) => kb.byId.get(id));
      return `${JSON.stringify({ ...popolo, events: await meetingEvents(store) }, null, 2)}\n`;
    },
  },
  'mentions-csv': {
    fileName: 'mentions.csv',
    build: async (store: Store) => mentionsToCsv((await loadReviewedEntities(store)).mentions),
  },
  'statements-csv': {
    fileName: 'statements.csv',
    build: async (store: Store) => statementsToCsv(await loadStatements(store)),
  },
  'claims-csv': {
    fileName: 'claims.csv',
    build: async (store: Store) => claimsToCsv(await loadClaimRows(store)),
  },
  'claim-review': {
    fileName: 'claim-review.jsonld',
    build: async (store: Store) => `${JSON.stringify(claimReviews(await loadClaimRows(store)), null, 2)}\n`,
  },
} as const;

export type FileExportFormat = keyof typeof FILE_EXPORTS;

/** True for a format `writeFileExport` handles. */
export function isFileExport(format: string): format is FileExportFormat {
  return Object.hasOwn(FILE_EXPORTS, format);
}

/**
 * Writes one single-file export into `outDir` (created if missing); returns the path.
 * @example await writeFileExport(store, 'popolo', 'out/') // 'out/popolo.json'
 */
export async function writeFileExport(store: Store, format: FileExportFormat, outDir: string): Promise<string> {
  const { fileName, build } = FILE_EXPORTS[format];
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, fileName);
  await writeFile(path, await build(store));
  return path;
}
