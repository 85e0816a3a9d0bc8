/**
 * @module search-command
 * `concord search "<query>"`: ranked hits with their clause label and a highlighted snippet.
 */
import type { MarkedHit } from '../services/search.ts';
import type { RegisterCommand } from './cli-context.ts';
import { withStore } from './cli-store.ts';
import { highlight } from './highlight.ts';
import { positiveInt } from './parse-int-option.ts';

/** Registers `search`. */
export const registerSearchCommand: RegisterCommand = (program, context) => {
  program
    .command('search')
    .description('full-text search over clauses and paragraphs')
    .argument('<query>', 'words to find')
    .option('--kind <kind>', 'only documents of this kind')
    .option('--limit <n>', 'at most this many hits', positiveInt, 20)
    .option('--exact', 'search the words as typed (names are otherwise widened to every spelling)')
    .option('--json', 'print JSON')
    .action(async (query: string, options: { kind?: string; limit: number; exact?: boolean; json?: boolean }) => {
      // Imported here so that `--help` and the other commands do not load search.
      const { searchPassages } = await import('../services/search.ts');
      const page = await withStore(context.globals(), (store) =>
        searchPassages(store, { query, kind: options.kind, limit: options.limit, exact: options.exact }),
      );
      const { io } = context;
      if (options.json) return io.out(JSON.stringify(page, null, 2));
      for (const e of page.expansions) io.out(`"${e.term}" is ${e.name}: also searched ${e.variants.join(', ')}`);
      for (const hit of page.items) for (const line of hitLines(hit, io.isTTY)) io.out(line);
      const total = `${page.total}${page.capped ? '+' : ''}`;
      io.out(`${page.items.length} of ${total} hit${page.total === 1 ? '' : 's'}`);
    });
};

/** Two lines per hit: where (document, node, label) and the snippet. */
export function hitLines(hit: MarkedHit, terminal: boolean): string[] {
  const label = hit.label ? ` ${hit.label}` : '';
  const where = `${hit.title ?? hit.fileName ?? hit.documentId} (${hit.documentId}) ${hit.nodeKind}${label}`;
  return [where, `  ${highlight(hit.snippet, hit.marks, terminal).replace(/\s+/g, ' ').trim()}`];
}
