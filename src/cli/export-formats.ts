/**
 * @module export-formats
 * The whole-store exports of `concord export` besides the per-document analysis JSON:
 * Popolo JSON of people and organisations, the reviewed mentions and the statements as CSV,
 * the checked claims as CSV and as schema.org ClaimReview (JSON-LD).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Store } from '../store/store.ts';

// Each build imports what it needs when it runs: the CLI lists these formats in its help, which
// should not load the exporters, the knowledge base or the claim queries (start-up time).

/** Single-file exports: format → file name and how to build its content. */
export const FILE_EXPORTS = {
  popolo: {
    fileName: 'popolo.json',
    build: async (store: Store) => {
      const { sharedKnowledgeBase } = await import('../knowledge/load-knowledge-base.ts');
      const { completePopolo } = await import('../export/complete-popolo.ts');
      const { meetingEvents } = await import('../services/meeting-events.ts');
      const kb = sharedKnowledgeBase();
      const popolo = completePopolo((await reviewedEntities(store)).entities, (id) => kb.byId.get(id));
      return `${JSON.stringify({ ...popolo, events: await meetingEvents(store) }, null, 2)}\n`;
    },
  },
  'mentions-csv': {
    fileName: 'mentions.csv',
    build: async (store: Store) => {
      const { mentionsToCsv } = await import('../export/mentions-csv.ts');
      return mentionsToCsv((await reviewedEntities(store)).mentions);
    },
  },
  'statements-csv': {
    fileName: 'statements.csv',
    build: async (store: Store) => {
      const { statementsToCsv } = await import('../export/statements-csv.ts');
      const { loadStatements } = await import('../services/statements-query.ts');
      return statementsToCsv(await loadStatements(store));
    },
  },
  'claims-csv': {
    fileName: 'claims.csv',
    build: async (store: Store) => {
      const { claimsToCsv } = await import('../export/claims-csv.ts');
      return claimsToCsv(await claimRows(store));
    },
  },
  'claim-review': {
    fileName: 'claim-review.jsonld',
    build: async (store: Store) => {
      const { claimReviews } = await import('../export/claim-review.ts');
      return `${JSON.stringify(claimReviews(await claimRows(store)), null, 2)}\n`;
    },
  },
} as const;

async function reviewedEntities(store: Store) {
  const { loadReviewedEntities } = await import('../services/reviewed-entities.ts');
  return loadReviewedEntities(store);
}

async function claimRows(store: Store) {
  const { loadClaimRows } = await import('../link/claims/claim-rows.ts');
  return loadClaimRows(store);
}

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
