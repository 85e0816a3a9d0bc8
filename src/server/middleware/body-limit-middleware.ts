/**
 * @module body-limit-middleware
 * Refuses request bodies over a limit with a 413 problem. Multipart uploads get the upload
 * limit, everything else (JSON, forms) the smaller JSON limit.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../services/app-env.ts';
import { DEFAULT_LIMITS, type Limits } from '../../services/service-deps.ts';
import { ProblemError } from '../../services/problem.ts';

/** Limits bodies by content type. @example app.use('/api/*', bodyLimit({ uploadBytes: 1e6, jsonBytes: 1e5 })) */
export function bodyLimit(limits: Limits = DEFAULT_LIMITS): MiddlewareHandler<AppEnv> {
  const upload = honoBodyLimit({ maxSize: limits.uploadBytes, onError: () => tooLarge(limits.uploadBytes) });
  const other = honoBodyLimit({ maxSize: limits.jsonBytes, onError: () => tooLarge(limits.jsonBytes) });
  return async function bodyLimitMiddleware(c, next) {
    const type = c.req.header('content-type') ?? '';
    const limit = type.toLowerCase().startsWith('multipart/') ? upload : other;
    return limit(c, next);
  };
}

function tooLarge(maxBytes: number): never {
  throw new ProblemError(
    413,
    'body-too-large',
    `The request body is larger than the limit of ${formatBytes(maxBytes)}. Send smaller or fewer files.`,
  );
}

/** Human size: `25 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
