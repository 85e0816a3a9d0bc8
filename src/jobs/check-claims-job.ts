/**
 * @module check-claims-job
 * The `check-claims` job: re-checks the claims of the meetings given (those marked stale, say
 * after one of their documents was deleted), through the claims stage. Idempotent: checking a
 * meeting twice stores the same verdicts.
 */
import { z } from 'zod';
import { claimsStageFor } from '../link/claims/claims-stage.ts';
import type { JobType } from './job-types.ts';

const payloadSchema = z.object({ meetingIds: z.array(z.string().min(1)).min(1).max(10_000) });

export type CheckClaimsJobPayload = z.infer<typeof payloadSchema>;

export const checkClaimsJob: JobType<CheckClaimsJobPayload> = {
  name: 'check-claims',
  parse(payload) {
    const parsed = payloadSchema.safeParse(payload ?? {});
    if (!parsed.success)
      throw new Error(`Invalid check-claims job: ${parsed.error.issues[0]?.message ?? 'bad payload'}`);
    return parsed.data;
  },
  async run({ meetingIds }, { store, progress }) {
    const stage = claimsStageFor(store);
    let checked = 0;
    let done = 0;
    for (const id of meetingIds) {
      checked += (await stage?.refresh([id])) ?? 0;
      await progress(++done, meetingIds.length);
    }
    return { meetings: meetingIds.length, claims: checked };
  },
};
