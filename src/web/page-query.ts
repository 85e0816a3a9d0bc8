/**
 * @module page-query
 * Query parsing for pages: an HTML form submits its empty fields as `name=`, which means
 * "no filter" to a person, so empty values are dropped before validation.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { parseOrThrow } from '../services/validate.ts';

/** The query without empty values. @example withoutEmpty({ a: '', b: 'x' }) → { b: 'x' } */
export function withoutEmpty(query: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));
}

/** Parses a page's query string, ignoring empty fields. @example const q = parsePageQuery(c, statementsQuerySchema) */
export function parsePageQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseOrThrow(schema, withoutEmpty(c.req.query()), 'query');
}
