/**
 * @module list-command
 * `concord list`: the stored documents as a table (or JSON), a page at a time.
 */
import type { DocumentSummary, Page } from '../store/store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { withStore } from './cli-store.ts';
import { formatTable } from './format-table.ts';
import { nonNegativeInt, positiveInt } from './parse-int-option.ts';
import { plural } from './plural.ts';

interface ListOptions {
  kind?: string;
  limit: number;
  offset: number;
  json?: boolean;
}

/** Registers `list`. */
export const registerListCommand: RegisterCommand = (program, context) => {
  program
    .command('list')
    .description('list stored documents')
    .option('--kind <kind>', 'only documents of this kind (communique, news, …)')
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .option('--offset <n>', 'skip this many first', nonNegativeInt, 0)
    .option('--json', 'print JSON')
    .action(async (options: ListOptions) => {
      const { kind, limit, offset } = options;
      const page = await withStore(context.globals(), (store) => store.listDocuments({ kind, limit, offset }));
      const { io } = context;
      if (options.json) return io.out(JSON.stringify({ ...page, limit, offset }, null, 2));
      for (const line of listTable(page.items)) io.out(line);
      io.out(pageFooter(page, offset));
    });
};

/**
 * The count under the table; says so when the page is not all there is.
 * @example pageFooter({ items: fifty, total: 80 }, 0) // 'showing 1–50 of 80 documents; use --limit/--offset for more'
 */
export function pageFooter(page: Page<unknown>, offset: number): string {
  const shown = page.items.length;
  if (shown === page.total) return plural(page.total, 'document');
  const range = shown ? `${offset + 1}–${offset + shown}` : 'none';
  return `showing ${range} of ${plural(page.total, 'document')}; use --limit/--offset for more`;
}

/** The table lines of `list`. @example listTable(page.items)[0].startsWith('id') */
export function listTable(items: readonly DocumentSummary[]): string[] {
  return formatTable(
    [
      { header: 'id' },
      { header: 'kind' },
      { header: 'language' },
      { header: 'title', max: 70 },
      { header: 'clauses', right: true },
    ],
    items.map((d) => [d.id, d.kind ?? '', d.meta.language ?? '', d.title, String(d.clauseCount)]),
  );
}
