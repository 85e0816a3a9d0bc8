/**
 * @module safe-fields
 * What a log line may carry. Fields named like a secret or like document content are replaced
 * by `[redacted]` at any depth, and errors become `{ name, message, stack }` (their own extra
 * properties, which may hold request data, are left out).
 */

export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Field names never logged: credentials, and the text of documents (which users may not want
 * copied into a log system). Compared case-insensitively, ignoring `_` and `-`.
 */
const NEVER_LOGGED = new Set([
  'password',
  'passwd',
  'secret',
  'token',
  'accesstoken',
  'refreshtoken',
  'apikey',
  'xapikey',
  'authorization',
  'cookie',
  'setcookie',
  'session',
  'text',
  'body',
  'bytes',
  'content',
  'payload',
]);

const MAX_DEPTH = 4;

/**
 * Fields made safe to log.
 * @example safeFields({ user: 'ana', password: 'x' }) // { user: 'ana', password: '[redacted]' }
 */
export function safeFields(fields: LogFields): Record<string, unknown> {
  return clean(fields, 0) as Record<string, unknown>;
}

function clean(value: unknown, depth: number): unknown {
  if (value instanceof Error) return errorFields(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested]';
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = isSecretName(key) ? '[redacted]' : clean(v, depth + 1);
  return out;
}

function isSecretName(key: string): boolean {
  return NEVER_LOGGED.has(key.toLowerCase().replace(/[-_]/g, ''));
}

function errorFields(error: Error): Record<string, unknown> {
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}
