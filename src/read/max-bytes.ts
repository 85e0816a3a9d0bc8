/**
 * @module max-bytes
 * The size limit on input: checked before any decoding or parsing, so an oversized upload
 * costs nothing but its length.
 */
import { ReadError, describeInput } from './read-error.ts';

/** Default limit: 25 MiB, far above any diplomatic text, below what would hurt a server. */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * The limit in force: the caller's, else `CONCORD_MAX_BYTES`, else the default.
 * @example resolveMaxBytes(1000) === 1000
 */
export function resolveMaxBytes(maxBytes?: number, env: NodeJS.ProcessEnv = process.env): number {
  if (maxBytes !== undefined && Number.isFinite(maxBytes) && maxBytes > 0) return maxBytes;
  const fromEnv = Number(env.CONCORD_MAX_BYTES);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_BYTES;
}

/**
 * Throws `ReadError('too-large')` when the input exceeds the limit.
 * @example assertWithinLimit(bytes.length, 'a.pdf', 1000)
 */
export function assertWithinLimit(size: number, fileName: string | undefined, maxBytes: number): void {
  if (size <= maxBytes) return;
  throw new ReadError(
    'too-large',
    `${describeInput(fileName)} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit: ` +
      'split it, or raise the limit with CONCORD_MAX_BYTES',
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
