/**
 * @module list-command
 * `concord list`: the stored documents as a table (or JSON).
 */
import type { DocumentSummary } from '../store/store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { withStore } from './cli-store.ts';
import { formatTable } from './format-table.ts';
import { positiveInt } from './parse-int-option.ts';

/** Registers `list`. */
export const registerListCommand: RegisterCommand = (program, context) => {
  program
    .command('list')
    .description('list stored documents')
    .option('--kind <kind>', 'only documents of this kind (communique, news, …)')
    .option('--limit <n>', 'at most this many', positiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (options: { kind?: string; limit: number; json?: boolean }) => {
      const page = await withStore(context.globals(), (store) =>
        store.listDocuments({ kind: options.kind, limit: options.limit }),
      );
      const { io } = context;
      if (options.json) return io.out(JSON.stringify(page, null, 2));
      for (const line of listTable(page.items)) io.out(line);
      io.out(`${page.items.length} of ${page.total} document${page.total === 1 ? '' : 's'}`);
    });
};

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
    items.map((d) => [
      d.id,
      d.meta.kind ?? '',
      d.meta.language ?? '',
      d.meta.title ?? d.meta.fileName ?? '',
      String(d.clauseCount),
    ]),
  );
}
