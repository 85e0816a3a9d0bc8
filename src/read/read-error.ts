/**
 * @module read-error
 * The one exception a reader throws for input it cannot turn into a document.
 */

/** Stable codes of read failures, for the CLI, the API (HTTP 4xx) and tests. */
export const READ_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'encoding',
  'unsupported',
  'malformed',
  // Input whose structure is past a cap (nesting depth, elements, zip entries, pages).
  'too-complex',
  // Input that took more time or memory than a document's budget allows.
  'over-budget',
] as const;
export type ReadErrorCode = (typeof READ_ERROR_CODES)[number];

/**
 * Input that is not a readable document. The message names the file and the problem and
 * says what to do; `code` is stable, the message is for people.
 * @example throw new ReadError('empty', 'notes.txt is empty: nothing to read')
 */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  /** Byte offset of the problem, where there is one (invalid UTF-8, first NUL byte). */
  readonly offset?: number;

  constructor(code: ReadErrorCode, message: string, options: { offset?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ReadError';
    this.code = code;
    if (options.offset !== undefined) this.offset = options.offset;
  }
}

/** True for a `ReadError` (also across module copies, by name and code). @example isReadError(e) */
export function isReadError(error: unknown): error is ReadError {
  return (
    error instanceof ReadError ||
    (error instanceof Error && error.name === 'ReadError' && typeof (error as ReadError).code === 'string')
  );
}

/** How to name the input in messages: its file name, or "the input". @example describeInput('a.txt') === 'a.txt' */
export function describeInput(fileName?: string): string {
  return fileName ? fileName : 'the input';
}
