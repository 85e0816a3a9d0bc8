/**
 * @module query-schemas
 * The zod schemas of the API's query strings and bodies: the validators and the OpenAPI
 * parameters are both made from these.
 */
import { z } from 'zod';

/** Most items one page may ask for. */
export const MAX_PAGE_SIZE = 200;

const filter = (description: string) => z.string().trim().min(1).max(200).optional().describe(description);

/**
 * A whole number from a query string, one plain message for every way it can be wrong.
 * @example wholeNumber(1, 200) // "must be a whole number between 1 and 200"
 */
export function wholeNumber(min: number, max?: number) {
  const error =
    max === undefined
      ? `must be a whole number of at least ${min}`
      : `must be a whole number between ${min} and ${max}`;
  const n = z.coerce.number({ error }).int({ error }).min(min, { error });
  return max === undefined ? n : n.max(max, { error });
}

/** `limit` and `offset` of a paged list. */
export const pagingSchema = z.object({
  limit: wholeNumber(1, MAX_PAGE_SIZE).default(20).describe(`Items per page, 1–${MAX_PAGE_SIZE}.`),
  offset: wholeNumber(0).default(0).describe('Items to skip.'),
});

/** `GET /api/documents` query. */
export const listDocumentsQuerySchema = pagingSchema.extend({
  kind: filter('Only documents of this kind (communique, declaration, news, …).'),
  language: filter('Only documents in this language (ISO 639-1).'),
  publisher: filter('Only documents from this publisher.'),
  q: filter('Substring of the title or file name.'),
  entity: filter('Only documents that mention this entity id (e.g. country:KZ).'),
});

/** A comma-separated list of layer names, e.g. `entities,statements`. */
export const layersParamSchema = z
  .string()
  .regex(/^[A-Za-z][\w-]*(,[A-Za-z][\w-]*)*$/, 'must be layer names separated by commas, e.g. entities,statements')
  .transform((s) => [...new Set(s.split(','))])
  .optional()
  .describe('Annotation layers to include, comma-separated (entities, statements, …).');

/** `GET /api/documents/:id` query. */
export const getDocumentQuerySchema = z.object({ layers: layersParamSchema });

/** `GET /api/search` query. */
export const searchQuerySchema = pagingSchema.extend({
  q: z.string().trim().min(1, 'give a search text').max(500).describe('Words to search for.'),
  kind: filter('Only documents of this kind.'),
  entity: filter('Only documents that mention this entity id.'),
  exact: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true')
    .describe('1: search the words as typed, without widening names to their other spellings.'),
});

/** `POST /api/search/batch` query: hits per row and exact mode. */
export const batchSearchQuerySchema = z.object({
  limit: z.coerce.number().int().min(0).max(50).default(5).describe('Hits returned per row (0: only totals).'),
  exact: searchQuerySchema.shape.exact,
});

/** `POST /api/documents` JSON body: pasted text. */
export const pastedTextSchema = z.object({
  text: z
    .string()
    .refine((s) => s.trim().length > 0, 'the text is empty')
    .describe('The document text.'),
  title: z.string().trim().max(500).optional().describe('Title, when the text has none.'),
  fileName: z.string().trim().max(255).optional().describe('A file name to keep with the document.'),
  url: z.url().max(2000).optional().describe('Where the text was found.'),
});
export type PastedText = z.output<typeof pastedTextSchema>;
