/**
 * @module queue-import
 * An import run as a job: the uploaded files (and pasted text, as one more file) go to the
 * queue as one `ingest` job, whose progress and per-file outcomes the Jobs page shows, so a
 * large upload never holds the request open while it is analysed.
 */
import type { JobQueue } from '../jobs/job-queue.ts';
import { withTitleHeader } from './import-documents.ts';

/** Queues the files and text, imported as `by` (who queued them); returns the job id. */
export async function queueImport(
  jobs: JobQueue,
  files: readonly File[],
  pasted: { readonly text: string; readonly title?: string } | undefined,
  by: string,
): Promise<string> {
  const payloadFiles = await Promise.all(
    files.map(async (file, i) => ({
      fileName: file.name || `upload-${i + 1}`,
      bytes: Buffer.from(await file.arrayBuffer()).toString('base64'),
      ...(file.type ? { mediaType: file.type } : {}),
    })),
  );
  if (pasted?.text.trim()) {
    const text = pasted.title ? withTitleHeader(pasted.text, pasted.title) : pasted.text;
    payloadFiles.push({
      fileName: 'pasted.txt',
      bytes: Buffer.from(text).toString('base64'),
      mediaType: 'text/plain; charset=utf-8',
    });
  }
  return jobs.enqueue('ingest', { files: payloadFiles, by });
}
