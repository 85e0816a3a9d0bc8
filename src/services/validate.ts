/**
 * @module validate
 * Validation at the boundary: parses query strings, params and JSON bodies with zod and
 * turns failures into a 400 problem that names each bad value.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { fieldErrors } from './field-errors.ts';
import { jsonDepth } from './json-depth.ts';
import { ProblemError } from './problem.ts';

/** Parses the query string. @example const q = parseQuery(c, listQuerySchema) */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseOrThrow(schema, c.req.query(), 'query');
}

/** No request body Concord accepts nests deeper than this. */
export const MAX_JSON_DEPTH = 32;

/**
 * Parses a JSON body; a malformed or too deeply nested body is a 400, one over `maxBytes`
 * (when given, tighter than the app's body limit) a 413.
 */
export async function parseJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.output<S>> {
  const text = await c.req.text();
  if (options.maxBytes !== undefined && Buffer.byteLength(text) > options.maxBytes)
    throw new ProblemError(413, 'body-too-large', `The request body is over the ${options.maxBytes} bytes limit.`);
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw new ProblemError(400, 'invalid-json', `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ProblemError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
  return parseOrThrow(schema, body, 'body');
}

/** Parses a value with a schema or throws a 400 `ProblemError` listing the bad fields. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error);
  const detail = errors.map((e) => `${e.pointer || `the ${where}`} ${e.message}`).join('; ');
  throw new ProblemError(400, 'invalid-request', `Invalid ${where}: ${detail}`, errors);
}
