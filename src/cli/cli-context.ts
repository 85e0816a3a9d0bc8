/**
 * @module cli-context
 * What every command gets: the output channels and the global options.
 */
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';
import type { GlobalOptions } from './cli-store.ts';

/** Shared by the commands of one `main` call. */
export interface CliContext {
  readonly io: CliIo;
  /** The global options (`--db`), read when a command runs. */
  globals(): GlobalOptions;
  /** Set by a command whose outcome is a failure that is not an exception (every file failed). */
  exitCode: number;
}

/** Adds a command to the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;
