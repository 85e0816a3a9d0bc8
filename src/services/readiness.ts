/**
 * @module readiness
 * Whether this process can serve: each check (store reachable and migrated, queue reachable)
 * either resolves or throws with the reason, within a time limit, so `/readyz` answers fast
 * even when the database does not.
 */

/** One dependency to check; `run` throws with a reason a person can act on. */
export interface ReadinessCheck {
  readonly name: string;
  run(): Promise<void>;
}

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly reason?: string;
}

export interface Readiness {
  readonly ready: boolean;
  readonly checks: readonly CheckResult[];
}

/**
 * Runs every check at once; one slower than `timeoutMs` counts as failed.
 * @example const { ready, checks } = await probeReadiness([storeCheck], 2000)
 */
export async function probeReadiness(checks: readonly ReadinessCheck[], timeoutMs = 2000): Promise<Readiness> {
  const results = await Promise.all(checks.map((check) => runCheck(check, timeoutMs)));
  return { ready: results.every((r) => r.ok), checks: results };
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([check.run(), timeout]);
    return { name: check.name, ok: true };
  } catch (error) {
    return { name: check.name, ok: false, reason: (error as Error)?.message ?? String(error) };
  } finally {
    clearTimeout(timer);
  }
}
