/**
 * @module ingest-command
 * `concord ingest <files|folders...>`: ingests files one by one, with a progress bar on a
 * terminal and one plain line per file elsewhere; failures are listed with their reason.
 */
import { plural } from './plural.ts';
import { SingleBar, Presets } from 'cli-progress';
import { createStoreAnalyser } from '../review/store-analyser.ts';
import { ingestPaths, type IngestProgress, type PathOutcome } from '../ingest/ingest-paths.ts';
import { summariseOutcomes } from '../ingest/summarise-outcomes.ts';
import type { RegisterCommand } from './cli-context.ts';
import type { CliIo } from './cli-io.ts';
import { withStore } from './cli-store.ts';
import { CliError } from './cli-error.ts';

/** Registers `ingest`. Exit code 1 only when no file could be ingested. */
export const registerIngestCommand: RegisterCommand = (program, context) => {
  program
    .command('ingest')
    .description('read, analyse and store documents (files or folders, recursively)')
    .argument('<paths...>', 'files or folders')
    .action(async (paths: string[]) => {
      const { io } = context;
      const outcomes = await withStore(context.globals(), async (store) => {
        const progress = createProgress(io);
        try {
          return await ingestPaths(store, paths, createStoreAnalyser(store), progress.update);
        } finally {
          progress.stop();
        }
      });
      if (!outcomes.length) throw new CliError(`No files found in ${paths.join(', ')}`);
      for (const o of outcomes) if (!o.ok) io.err(failureLine(o));
      const s = summariseOutcomes(outcomes);
      io.out(
        `${s.files} file${s.files === 1 ? '' : 's'}: ${s.added} added, ${s.unchanged} unchanged, ${s.failed} failed`,
      );
      if (s.failed === s.files) context.exitCode = 1;
    });
};

/** One line for a failed file: path, reason and code. @example failureLine(o) // 'failed  a.bin: … (binary)' */
export function failureLine(outcome: PathOutcome & { ok: false }): string {
  return `failed  ${outcome.path}: ${outcome.message} (${outcome.code})`;
}

/** One plain line per file, for logs and pipes. */
export function progressLine({ done, total, outcome }: IngestProgress): string {
  const n = `[${done}/${total}]`;
  if (!outcome.ok) return `${n} failed     ${outcome.path}`;
  const state = outcome.created ? 'added    ' : 'unchanged';
  return `${n} ${state}  ${outcome.path}  ${outcome.id}  ${plural(outcome.clauses, 'clause')}`;
}

/** A progress bar on a terminal; plain lines otherwise. */
function createProgress(io: CliIo): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!io.isTTY || !io.progressStream) return { update: (p) => io.out(progressLine(p)), stop: () => {} };
  const bar = new SingleBar(
    { stream: io.progressStream, format: 'ingest [{bar}] {value}/{total} files | {file}', hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.total, 0, { file: '' });
        started = true;
      }
      bar.update(p.done, { file: p.outcome.fileName ?? '' });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
