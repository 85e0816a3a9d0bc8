/**
 * @module ingest-job
 * The `ingest` job: files (as base64 bytes, from the web import or an API client) read,
 * analysed and stored in batches, with progress per file. Idempotent: content already stored
 * is reported as such, so a retried job adds nothing twice.
 */
import { z } from 'zod';
import type { Analyser } from '../analyse/analyser.ts';
import { ingestBatch } from '../ingest/ingest-batch.ts';
import { trackStored } from '../services/track-stored.ts';
import type { IngestOutcome } from '../ingest/ingest.ts';
import { createStoreAnalyser } from '../review/store-analyser.ts';
import type { Store } from '../store/store.ts';
import type { JobType } from './job-types.ts';

/** Files stored per write (and per progress step when files are many). */
const BATCH = 20;

const payloadSchema = z.object({
  files: z
    .array(
      z.object({
        fileName: z.string().min(1).max(500),
        /** The file's bytes, base64. */
        bytes: z.string(),
        mediaType: z.string().max(200).optional(),
        url: z.string().max(2000).optional(),
      }),
    )
    .min(1)
    .max(10_000),
  /** Who queued the import: recorded as who imported each source. */
  by: z.string().min(1).max(200).optional(),
});

export type IngestJobPayload = z.infer<typeof payloadSchema>;

/** What an ingest job returns. */
export interface IngestJobResult {
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly outcomes: readonly IngestOutcome[];
}

/** One analyser per store and process: building one loads the knowledge base. */
const analysers = new WeakMap<Store, Analyser>();

export const ingestJob: JobType<IngestJobPayload> = {
  name: 'ingest',
  parse(payload) {
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success) throw new Error(`Invalid ingest job: ${parsed.error.issues[0]?.message ?? 'bad payload'}`);
    return parsed.data;
  },
  async run({ files, by }, { store, progress }): Promise<IngestJobResult> {
    let analyser = analysers.get(store);
    if (!analyser) analysers.set(store, (analyser = createStoreAnalyser(store)));
    const outcomes: IngestOutcome[] = [];
    await progress(0, files.length);
    for (let from = 0; from < files.length; from += BATCH) {
      const inputs = files.slice(from, from + BATCH).map((f) => ({
        bytes: new Uint8Array(Buffer.from(f.bytes, 'base64')),
        fileName: f.fileName,
        mediaType: f.mediaType,
        url: f.url,
        by: by ?? 'unknown',
      }));
      const batch = await ingestBatch(store, inputs, analyser);
      // The tracking stage after the store: each new document linked to earlier and later ones.
      for (const o of batch) if (o.ok && o.created) await trackStored(store, o.id);
      outcomes.push(...batch);
      await progress(outcomes.length, files.length);
    }
    const stored = outcomes.filter((o) => o.ok && o.created).length;
    const failed = outcomes.filter((o) => !o.ok).length;
    return { stored, unchanged: outcomes.length - stored - failed, failed, outcomes };
  },
};
