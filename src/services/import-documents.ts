/**
 * @module import-documents
 * What both the API and the import page do with uploaded files and pasted text: hand each
 * to ingest, one at a time, and collect a per-file outcome. One bad file never stops the rest.
 */
import type { AppDeps, IngestInput, IngestOutcome } from './service-deps.ts';
import type { PastedText } from './query-schemas.ts';

/** Counts of an import, for the status code and the summary line. */
export interface ImportResult {
  readonly results: readonly IngestOutcome[];
  readonly created: number;
  readonly existing: number;
  readonly failed: number;
}

/** Ingests uploaded files in order. @example await importFiles(deps, [file]) */
export async function importFiles(deps: AppDeps, files: readonly File[], by: string): Promise<ImportResult> {
  const results: IngestOutcome[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    results.push(
      await safeIngest(deps, { bytes, fileName: file.name || undefined, mediaType: file.type || undefined, by }),
    );
  }
  return summarise(results);
}

/** Ingests pasted text; a title, when given and the text has no header block, becomes one. */
export async function importText(deps: AppDeps, pasted: PastedText, by: string): Promise<ImportResult> {
  const text = pasted.title ? withTitleHeader(pasted.text, pasted.title) : pasted.text;
  const bytes = new TextEncoder().encode(text);
  const outcome = await safeIngest(deps, {
    bytes,
    fileName: pasted.fileName,
    mediaType: 'text/plain; charset=utf-8',
    url: pasted.url,
    by,
  });
  return summarise([outcome]);
}

/**
 * Prepends a `title:` header block (the corpus convention the text reader understands),
 * unless the text already starts with front matter or a header block, whose title wins.
 */
export function withTitleHeader(text: string, title: string): string {
  if (hasHeaderBlock(text)) return text;
  const oneLine = title.replace(/\s+/g, ' ').trim();
  return `title: ${oneLine}\n---\n${text}`;
}

/** True when the text opens with `---` (front matter) or `key: value` lines closed by `---`. */
function hasHeaderBlock(text: string): boolean {
  const lines = text.trimStart().split(/\r?\n/, 40);
  if (lines[0]?.trim() === '---') return true;
  const close = lines.findIndex((line) => /^---\s*$/.test(line));
  return close > 0 && lines.slice(0, close).every((line) => /^[A-Za-z][\w-]*:(\s|$)/.test(line));
}

/** Counts created, already present and failed outcomes. */
export function summarise(results: readonly IngestOutcome[]): ImportResult {
  let created = 0,
    existing = 0,
    failed = 0;
  for (const r of results) {
    if (!r.ok) failed++;
    else if (r.created) created++;
    else existing++;
  }
  return { results, created, existing, failed };
}

/** An exception inside ingest becomes a failed outcome for that file, not a 500 for the batch. */
async function safeIngest(deps: AppDeps, input: IngestInput): Promise<IngestOutcome> {
  try {
    return await deps.ingest(deps.store, input, deps.analyser);
  } catch (error) {
    console.error(error);
    return {
      ok: false,
      fileName: input.fileName,
      code: 'ingest-failed',
      message: 'The file could not be read or stored.',
    };
  }
}
