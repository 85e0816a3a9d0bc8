/**
 * @module main
 * The `concord` command line: builds the program, runs one command, and turns user mistakes
 * into one clear line and an exit code (never a stack trace).
 */
import { Command, CommanderError } from 'commander';
import { registerAnalyseCommand } from './analyse-command.ts';
import type { CliContext, RegisterCommand } from './cli-context.ts';
import { CliError } from './cli-error.ts';
import { processIo, type CliIo } from './cli-io.ts';
import type { GlobalOptions } from './cli-store.ts';
import { registerExportCommand } from './export-command.ts';
import { registerIngestCommand } from './ingest-command.ts';
import { registerJobsCommand } from './jobs-command.ts';
import { registerListCommand } from './list-command.ts';
import { registerMigrateCommand } from './migrate-command.ts';
import { registerSearchBatchCommand } from './search-batch-command.ts';
import { registerSearchCommand } from './search-command.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerShowCommand } from './show-command.ts';
import { registerCustodyCommands } from './custody-commands.ts';
import { registerUserCommands } from './user-commands.ts';
import { registerWatchCommand } from './watch-command.ts';

const COMMANDS: readonly RegisterCommand[] = [
  registerIngestCommand,
  registerListCommand,
  registerShowCommand,
  registerSearchCommand,
  registerSearchBatchCommand,
  registerExportCommand,
  registerAnalyseCommand,
  registerServeCommand,
  registerJobsCommand,
  registerMigrateCommand,
  registerCustodyCommands,
  registerUserCommands,
  registerWatchCommand,
];

/**
 * Runs the CLI with node-style argv (`[node, script, ...args]`); returns the exit code and
 * sets `process.exitCode` to it.
 * @example await main(['node', 'concord', '--db', 'x.db', 'list'])
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const program = new Command('concord');
  const context: CliContext = { io, globals: () => program.opts<GlobalOptions>(), exitCode: 0 };
  program
    .description('Concord: a verifiable record of multilateral diplomatic texts')
    .option(
      '--db <path>',
      'SQLite file or postgres:// URL (default: env DATABASE_URL, env CONCORD_DB, ./data/concord.db)',
    )
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });
  for (const register of COMMANDS) register(program, context);
  // Sub-commands inherit the override and output so misuse of any of them is caught here.
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());

  const code = await run(program, argv, context);
  process.exitCode = code;
  return code;
}

async function run(program: Command, argv: string[], context: CliContext): Promise<number> {
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 1;
    }
    await program.parseAsync(argv, { from: 'node' });
    return context.exitCode;
  } catch (error) {
    return report(error, context.io);
  }
}

/** Prints an error the way a user should see it; returns the exit code. */
function report(error: unknown, io: CliIo): number {
  // Commander has printed its own message already (usage errors, --help, --version).
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof CliError) {
    io.err(`concord: ${error.message}`);
    return error.exitCode;
  }
  // Unexpected: still one line, with the stack only when asked for.
  io.err(`concord: unexpected error: ${(error as Error)?.message ?? String(error)}`);
  if (process.env.CONCORD_DEBUG) io.err(String((error as Error)?.stack));
  return 2;
}
