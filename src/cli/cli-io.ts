/**
 * @module cli-io
 * Where the CLI writes. Commands never touch `process.stdout` directly, so tests run them
 * in-process and read what they printed.
 */

/** The CLI's output channels and what the terminal can do. */
export interface CliIo {
  /** Writes one line (a newline is added) to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** True when standard output is a terminal: progress bars and highlighting are used. */
  readonly isTTY: boolean;
  /** The stream a progress bar draws on (standard error, so piped output stays clean). */
  readonly progressStream?: NodeJS.WritableStream;
}

/** The real process streams. @example await main(process.argv, processIo()) */
export function processIo(): CliIo {
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    isTTY: Boolean(process.stdout.isTTY && process.stderr.isTTY),
    progressStream: process.stderr,
  };
}

/** An io that keeps what was written, for tests. @example const io = memoryIo(); await main(argv, io); io.stdout() */
export function memoryIo(): CliIo & { stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    isTTY: false,
    stdout: () => out.map((l) => `${l}\n`).join(''),
    stderr: () => err.map((l) => `${l}\n`).join(''),
  };
}
