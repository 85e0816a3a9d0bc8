/**
 * @module migrate-command
 * `concord migrate`: brings the database up to date and exits, printing each migration it
 * applied (and, on PostgreSQL, installing the job queue's tables), so a deployment migrates
 * once before its servers and workers start with `CONCORD_MIGRATE=off`.
 * `concord migrate --status` lists every migration, applied (when) or pending, and changes nothing.
 */
import type { MigrationState } from '../store/migrations/migration-status.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { openCliJobQueue } from './cli-jobs.ts';
import { openCliStore, resolveStoreTarget } from './cli-store.ts';
import { formatTable } from './format-table.ts';

/** Registers `migrate`. */
export const registerMigrateCommand: RegisterCommand = (program, context) => {
  program
    .command('migrate')
    .description('apply pending database migrations and exit (--status: list applied and pending)')
    .option('--status', 'list migrations, applied or pending, and change nothing')
    .option('--json', 'print JSON')
    .action(async (options: { status?: boolean; json?: boolean }) => {
      const { io } = context;
      const { migrationsAt, resolveStoreTarget: targetOf } = await import('../store/open-store.ts');
      const target = targetOf(resolveStoreTarget(context.globals(), process.env), process.env);
      const store = (await openCliStore(context.globals(), process.env, { migrate: false })) as KyselyStore;
      try {
        const before = await readStatus(() => migrationsAt(store, target));
        if (options.status) {
          if (options.json) return io.out(JSON.stringify({ migrations: before }, null, 2));
          for (const line of statusTable(before)) io.out(line);
          return io.out(summary(before));
        }
        try {
          await store.migrate();
        } catch (error) {
          throw new CliError((error as Error).message);
        }
        const after = await migrationsAt(store, target);
        const pendingBefore = new Set(before.filter((m) => !m.appliedAt).map((m) => m.name));
        const applied = after.filter((m) => m.appliedAt && pendingBefore.has(m.name)).map((m) => m.name);
        // The queue's own tables (pg-boss on PostgreSQL) are installed by opening it once.
        const queue = await openCliJobQueue(store, context.globals(), process.env, { migrate: true });
        await queue.close();
        if (options.json) return io.out(JSON.stringify({ applied, migrations: after }, null, 2));
        for (const name of applied) io.out(`applied  ${name}`);
        io.out(
          applied.length
            ? `${applied.length} migration${applied.length === 1 ? '' : 's'} applied; ${summary(after)}`
            : `Nothing to apply; ${summary(after)}`,
        );
      } finally {
        await store.close();
      }
    });
};

/** The status lines of `migrate --status`. */
export function statusTable(migrations: readonly MigrationState[]): string[] {
  return formatTable(
    [{ header: 'migration' }, { header: 'state' }, { header: 'applied at' }],
    migrations.map((m) => [m.name, m.appliedAt ? 'applied' : 'pending', m.appliedAt ?? '']),
  );
}

function summary(migrations: readonly MigrationState[]): string {
  const pending = migrations.filter((m) => !m.appliedAt).length;
  return `${migrations.length - pending} applied, ${pending} pending.`;
}

/** A database that does not answer is the user's to fix: one clear line. */
async function readStatus(read: () => Promise<MigrationState[]>): Promise<MigrationState[]> {
  try {
    return await read();
  } catch (error) {
    throw new CliError(`Cannot read the migrations: ${(error as Error).message}`);
  }
}
