/**
 * @module openapi-types
 * The slice of OpenAPI 3.1 the route modules write: plain JSON data, no generator magic.
 */

/** A JSON Schema (OpenAPI 3.1 uses JSON Schema 2020-12 as is). */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'query' | 'path' | 'header';
  readonly required?: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
}

export interface OpenApiResponse {
  readonly description: string;
  readonly content?: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  readonly responses: Record<string, OpenApiResponse>;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Operations of one path, by lower-case method. */
export type OpenApiPathItem = Partial<Record<HttpMethod, OpenApiOperation>>;

/** Path items by OpenAPI path (`/api/documents/{id}`). */
export type OpenApiPaths = Record<string, OpenApiPathItem>;
