/**
 * @module csv-response
 * A CSV body sent as a file download, for the export routes.
 */

/** A CSV download. @example csvResponse('a\r\n', 'x.csv') */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName}"` },
  });
}
