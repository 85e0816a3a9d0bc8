/**
 * @module search-batch-command
 * `concord search-batch names.csv`: one search per CSV row (first column), names widened to
 * every spelling unless `--exact`; prints per row its hit count and best documents.
 */
import { readFile } from 'node:fs/promises';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';
import { positiveInt } from './parse-int-option.ts';

/** Registers `search-batch`. */
export const registerSearchBatchCommand: RegisterCommand = (program, context) => {
  program
    .command('search-batch')
    .description('search every row of a CSV of names or terms (first column)')
    .argument('<csv>', 'CSV file, one name or term per row')
    .option('--limit <n>', 'hits shown per row', positiveInt, 3)
    .option('--exact', 'search the words as typed (names are otherwise widened to every spelling)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { limit: number; exact?: boolean; json?: boolean }) => {
      // Imported here so that `--help` and the other commands do not load search and knowledge.
      const { BatchSearchError, batchSearch } = await import('../search/batch-search.ts');
      const { markHit } = await import('../services/search.ts');
      const { sharedKnowledgeBase } = await import('../services/shared-knowledge-base.ts');
      const csv = await readFile(file, 'utf8').catch((error: Error) => {
        throw new CliError(`Cannot read ${file}: ${error.message}`);
      });
      const rows = await withStore(context.globals(), (store) =>
        batchSearch(store, sharedKnowledgeBase(), csv, options).catch((error) => {
          throw error instanceof BatchSearchError ? new CliError(`${file}: ${error.message}`) : error;
        }),
      );
      const { io } = context;
      if (options.json) return io.out(JSON.stringify(rows, null, 2));
      for (const r of rows) {
        const widened = r.expansions.length ? ` (also ${r.expansions.flatMap((e) => e.variants).join(', ')})` : '';
        io.out(`row ${r.row}  ${r.query}: ${r.total}${r.capped ? '+' : ''} hits${widened}`);
        for (const hit of r.hits.map(markHit))
          io.out(`  ${hit.title ?? hit.documentId} ${hit.label ?? hit.nodeKind}: ${hit.snippet.replace(/\s+/g, ' ')}`);
      }
    });
};
