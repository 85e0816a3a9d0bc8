/**
 * @module reanalyse-job
 * The `reanalyse` job: the current pipeline run again over stored documents (all, or the ids
 * given), replacing their machine annotations; reviewers' decisions are kept apart and stay.
 * Idempotent: running it twice stores the same analysis.
 */
import { z } from 'zod';
import { createStoreAnalyser } from '../review/store-analyser.ts';
import type { JobType } from './job-types.ts';

const payloadSchema = z.object({ ids: z.array(z.string().min(1)).max(1_000_000).optional() });

export type ReanalyseJobPayload = z.infer<typeof payloadSchema>;

export const reanalyseJob: JobType<ReanalyseJobPayload> = {
  name: 'reanalyse',
  parse(payload) {
    const parsed = payloadSchema.safeParse(payload ?? {});
    if (!parsed.success) throw new Error(`Invalid reanalyse job: ${parsed.error.issues[0]?.message ?? 'bad payload'}`);
    return parsed.data;
  },
  async run({ ids }, { store, progress }) {
    const targets = ids ?? (await store.listDocumentIds());
    const analyser = createStoreAnalyser(store);
    await analyser.prepare?.();
    let done = 0;
    let missing = 0;
    for (const id of targets) {
      const stored = await store.getDocument(id);
      // A document deleted since the job was queued is simply skipped.
      if (stored) await store.putAnalysis(id, analyser.analyse(stored.document, stored.tree));
      else missing++;
      await progress(++done, targets.length);
    }
    return { analysed: done - missing, missing };
  },
};
