/**
 * @module export-command
 * `concord export --format analysis --out DIR`: writes every document's analysis JSON;
 * `--format popolo|mentions-csv|statements-csv|claims-csv|claim-review` writes one whole-store file instead.
 */
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { withStore } from './cli-store.ts';
import { FILE_EXPORTS, isFileExport, writeFileExport } from './export-formats.ts';

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['analysis', ...(Object.keys(FILE_EXPORTS) as (keyof typeof FILE_EXPORTS)[])] as const;

/** Registers `export`. */
export const registerExportCommand: RegisterCommand = (program, context) => {
  program
    .command('export')
    .description(
      'export stored documents (analysis: the GUIDE JSON, one file per document; popolo: popolo.json; ' +
        'mentions-csv: mentions.csv; statements-csv: statements.csv; claims-csv: claims.csv; ' +
        'claim-review: claim-review.jsonld)',
    )
    .option('--format <format>', `one of: ${EXPORT_FORMATS.join(', ')}`, 'analysis')
    .requiredOption('--out <dir>', 'folder to write to (created if missing)')
    .action(async (options: { format: string; out: string }) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        throw new CliError(`Unknown export format "${options.format}": use one of ${EXPORT_FORMATS.join(', ')}`);
      }
      const format = options.format;
      if (isFileExport(format)) {
        const path = await withStore(context.globals(), (store) => writeFileExport(store, format, options.out));
        context.io.out(`${format} written to ${path}`);
        return;
      }
      const { exportAnalyses } = await import('../export/export-analyses.ts');
      const written = await withStore(context.globals(), (store) => exportAnalyses(store, options.out));
      context.io.out(`${written.length} analysis file${written.length === 1 ? '' : 's'} written to ${options.out}`);
    });
};
