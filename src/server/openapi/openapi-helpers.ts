/**
 * @module openapi-helpers
 * Small builders that turn the routes' own zod schemas into OpenAPI pieces, so the
 * document describes exactly what the validators accept.
 */
import { z } from 'zod';
import type { JsonSchema, OpenApiParameter, OpenApiResponse } from './openapi-types.ts';

/** JSON Schema of what a zod schema accepts as input (defaults make fields optional). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** One query parameter per property of a zod object schema. @example queryParameters(listQuerySchema) */
export function queryParameters(schema: z.ZodObject): OpenApiParameter[] {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as { description?: string } & JsonSchema;
    return {
      name,
      in: 'query' as const,
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** A required string path parameter. */
export function pathParameter(name: string, description: string): OpenApiParameter {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

/** A `$ref` to a shared component schema. */
export function ref(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** A JSON response with a schema. */
export function jsonResponse(description: string, schema: JsonSchema): OpenApiResponse {
  return { description, content: { 'application/json': { schema } } };
}

/** A problem-details response (RFC 9457). */
export function problemResponse(description: string): OpenApiResponse {
  return { description, content: { 'application/problem+json': { schema: ref('Problem') } } };
}
