/**
 * @module watch-command
 * `concord watch add|list|remove|run`: the sources Concord watches (RSS/Atom feeds, sitemaps,
 * pages). `run` polls now — the due sources, the ones named, or `--all` — through the job queue,
 * waits for their new items to be fetched, ingested, analysed and checked, and prints what each
 * source gave. `concord serve` and `concord worker` poll due sources on their own.
 */
import type { JobQueue } from '../jobs/job-queue.ts';
import type { WatchedSource } from '../model/watched-source.ts';
import type { Store } from '../store/store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { openCliJobQueue } from './cli-jobs.ts';
import { openCliStore, withStore } from './cli-store.ts';
import { formatTable } from './format-table.ts';

/** Registers `watch` and its subcommands. */
export const registerWatchCommand: RegisterCommand = (program, context) => {
  const watch = program.command('watch').description('watch feeds, sitemaps and pages for new documents');

  watch
    .command('add <url>')
    .description('watch a feed (RSS or Atom), a sitemap or a page')
    .option('--kind <kind>', 'feed, sitemap or page', 'feed')
    .option('--every <minutes>', 'minutes between polls', '1440')
    .option('--format <key>', 'the multilateral format the source belongs to (a /formats key)')
    .action(async (url: string, options: { kind: string; every: string; format?: string }) => {
      const { addWatchedSource, newSourceSchema } = await import('../services/watched-sources.ts');
      const parsed = newSourceSchema.safeParse({
        url,
        kind: options.kind,
        intervalMinutes: options.every,
        format: options.format,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CliError(`Invalid ${issue?.path.join('.') || 'source'}: ${issue?.message ?? 'bad value'}`);
      }
      const by = `cli:${process.env.USER ?? 'unknown'}`;
      const { source, created } = await withStore(context.globals(), (store) =>
        addWatchedSource(store, parsed.data, by),
      );
      context.io.out(`${created ? 'watching' : 'already watched'}: ${source.id} ${source.url}`);
    });

  watch
    .command('list')
    .description('the watched sources: last and next poll, items, last error')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { listSourceViews } = await import('../services/watched-sources.ts');
      const sources = await withStore(context.globals(), listSourceViews);
      if (options.json) return context.io.out(JSON.stringify(sources, null, 2));
      for (const line of sourcesTable(sources)) context.io.out(line);
      context.io.out(`${sources.length} source${sources.length === 1 ? '' : 's'}`);
    });

  watch
    .command('remove <id>')
    .description('stop watching a source (its documents stay)')
    .action(async (id: string) => {
      const removed = await withStore(context.globals(), (store) => store.watch.removeSource(id));
      if (!removed) throw new CliError(`No watched source with id "${id}": see \`concord watch list\``);
      context.io.out(`removed ${id}`);
    });

  watch
    .command('run [ids...]')
    .description('poll the due sources now (or those named, or --all) and ingest their new items')
    .option('--all', 'poll every source, due or not')
    .action(async (ids: string[], options: { all?: boolean }) => {
      const store = await openCliStore(context.globals());
      let queue: JobQueue | undefined;
      try {
        const sources = await chosenSources(store, ids, options.all ?? false);
        if (!sources.length) return context.io.out('no source is due (use --all to poll every source)');
        queue = await openCliJobQueue(store, context.globals());
        await queue.work({ concurrency: 2 });
        const failed = await runPolls(store, queue, sources, (line) => context.io.out(line));
        if (failed) context.exitCode = 1;
      } finally {
        await queue?.close();
        await store.close();
      }
    });
};

/** The sources to poll: those named (each must exist), every one, or the due ones. */
async function chosenSources(store: Store, ids: readonly string[], all: boolean): Promise<WatchedSource[]> {
  const sources = await store.watch.listSources();
  if (ids.length) {
    const missing = ids.filter((id) => !sources.some((s) => s.id === id));
    if (missing.length) throw new CliError(`No watched source with id ${missing.map((m) => `"${m}"`).join(', ')}`);
    return sources.filter((s) => ids.includes(s.id));
  }
  if (all) return sources;
  const { dueSources } = await import('../watch/scheduler.ts');
  return dueSources(sources, new Date());
}

/** Polls each source, waits for its items, prints one line per source; returns how many failed. */
async function runPolls(
  store: Store,
  queue: JobQueue,
  sources: readonly WatchedSource[],
  out: (line: string) => void,
): Promise<number> {
  const { awaitJobs } = await import('../jobs/await-jobs.ts');
  const { POLL_SOURCE_JOB } = await import('../watch/watch-jobs.ts');
  // The user is waiting: no retries here (the scheduler retries with back-off).
  const polls = await Promise.all(
    sources.map((s) => queue.enqueue(POLL_SOURCE_JOB, { sourceId: s.id }, { retries: 0 })),
  );
  let failed = 0;
  for (const [i, poll] of (await awaitJobs(queue, polls)).entries()) {
    const source = sources[i];
    if (poll.state === 'failed') {
      failed++;
      out(`${source.url}: failed: ${(await store.watch.getSource(source.id))?.lastError ?? poll.error}`);
      continue;
    }
    const result = poll.result as { listed: number; newItems: number; jobs: string[] };
    const items = await awaitJobs(queue, result.jobs);
    const stored = items.filter((j) => (j.result as { status?: string })?.status === 'stored').length;
    const itemFailures = items.length - items.filter((j) => j.state === 'completed').length;
    out(
      `${source.url}: ${result.listed} listed, ${result.newItems} new, ${stored} stored` +
        (itemFailures ? `, ${itemFailures} failed (see \`concord jobs --state failed\`)` : ''),
    );
  }
  return failed;
}

/** The table lines of `watch list`. */
export function sourcesTable(sources: readonly (WatchedSource & { nextPollAt: string })[]): string[] {
  const time = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) : 'never');
  return formatTable(
    [
      { header: 'id' },
      { header: 'kind' },
      { header: 'url', max: 50 },
      { header: 'every', right: true },
      { header: 'last poll' },
      { header: 'next poll' },
      { header: 'items', right: true },
      { header: 'last error', max: 50 },
    ],
    sources.map((s) => [
      s.id,
      s.kind,
      s.url,
      `${s.intervalMinutes} min`,
      time(s.lastPolledAt),
      time(s.nextPollAt),
      `${s.itemsIngested}/${s.itemsSeen}${s.itemsFailed ? ` (${s.itemsFailed} failed)` : ''}`,
      s.lastError ?? '',
    ]),
  );
}
