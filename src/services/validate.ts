/**
 * @module validate
 * Validation at the boundary: parses query strings, params and JSON bodies with zod and
 * turns failures into a 400 problem that names each bad value.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { fieldErrors } from './field-errors.ts';
import { ProblemError } from './problem.ts';

/** Parses the query string. @example const q = parseQuery(c, listQuerySchema) */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseOrThrow(schema, c.req.query(), 'query');
}

/** Parses a JSON body; a malformed body is a 400 too. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
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
