/**
 * @module cli-error
 * A user mistake or an expected failure: printed as one line, without a stack trace.
 */

/**
 * An error the CLI reports by its message alone, exiting with `exitCode`.
 * @example throw new CliError('No document d_1')
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
