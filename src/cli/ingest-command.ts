/**
 * @module ingest-command
 * `concord ingest <files|folders...>`: ingests files one by one, with a progress bar on a
 * terminal and one plain line per file elsewhere; failures are listed with their reason.
 */
import type { IngestProgress, PathOutcome } from '../ingest/ingest-paths.ts';
import { cliActor } from './cli-actor.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import type { CliIo } from './cli-io.ts';
import { withStore } from './cli-store.ts';
import { ingestUrls, isUrl } from './ingest-urls.ts';
import { plural } from './plural.ts';

/** Registers `ingest`. Exit code 1 only when no file could be ingested. */
export const registerIngestCommand: RegisterCommand = (program, context) => {
  program
    .command('ingest')
    .description('read, analyse and store documents (files, folders recursively, or http(s) URLs)')
    .argument('<paths...>', 'files, folders or URLs')
    .action(async (args: string[]) => {
      const { io } = context;
      const urls = args.filter(isUrl);
      const paths = args.filter((a) => !isUrl(a));
      // Imported here so that `--help` and the other commands do not load the pipeline.
      const { createStoreAnalyser } = await import('../review/store-analyser.ts');
      const { ingestPaths } = await import('../ingest/ingest-paths.ts');
      const { trackStored } = await import('../services/track-stored.ts');
      const { summariseOutcomes } = await import('../ingest/summarise-outcomes.ts');
      const progress = await createProgress(io);
      const outcomes = await withStore(context.globals(), async (store) => {
        try {
          const analyser = createStoreAnalyser(store);
          const fromUrls = await ingestUrls(store, urls, analyser);
          const fromPaths = paths.length ? await ingestPaths(store, paths, analyser, progress.update, cliActor()) : [];
          const done = [...fromUrls, ...fromPaths];
          // The tracking stage after the store: each new document linked to earlier and later ones.
          for (const o of done) if (o.ok && o.created) await trackStored(store, o.id);
          return done;
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
async function createProgress(io: CliIo): Promise<{ update: (p: IngestProgress) => void; stop: () => void }> {
  if (!io.isTTY || !io.progressStream) return { update: (p) => io.out(progressLine(p)), stop: () => {} };
  const { SingleBar, Presets } = await import('cli-progress');
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
