/**
 * @module login-limiter
 * Failed sign-ins are counted per account name and per client address over a window; past
 * the limit, that key is locked out until the window has passed. Names are counted whether
 * or not an account has them, so the lock-out says nothing about which names exist. Kept in
 * memory: each server process counts its own attempts, so several share the limits
 * (`app/process-share.ts`).
 */

export interface LoginLimits {
  /** Failures of one account name within the window before it is locked. */
  readonly perAccount: number;
  /** Failures from one client within the window before it is locked. */
  readonly perClient: number;
  /** The window, and the lock-out, in milliseconds. */
  readonly windowMs: number;
}

/** 5 failures per name, 20 per client, in 15 minutes. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = Object.freeze({ perAccount: 5, perClient: 20, windowMs: 15 * 60_000 });

interface Count {
  failures: number;
  since: number;
}

/** Counts failures; `wait` says how long a sign-in must wait (0: go ahead). */
export class LoginLimiter {
  readonly #counts = new Map<string, Count>();
  readonly #limits: LoginLimits;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.#limits = Object.freeze({ ...limits });
  }

  /** Milliseconds until a sign-in of `name` from `client` may be tried; 0 when it may now. */
  wait(name: string, client: string, now: number): number {
    const waits = [this.#waitOf(`a:${name}`, this.#limits.perAccount, now)];
    waits.push(this.#waitOf(`c:${client}`, this.#limits.perClient, now));
    return Math.max(...waits);
  }

  failed(name: string, client: string, now: number): void {
    for (const key of [`a:${name}`, `c:${client}`]) {
      const count = this.#current(key, now);
      if (count) count.failures++;
      else this.#counts.set(key, { failures: 1, since: now });
    }
    if (this.#counts.size > 100_000) this.#sweep(now);
  }

  /** A right password clears the account's count (not the client's: it may be guessing others). */
  succeeded(name: string): void {
    this.#counts.delete(`a:${name}`);
  }

  #waitOf(key: string, limit: number, now: number): number {
    const count = this.#current(key, now);
    return count && count.failures >= limit ? count.since + this.#limits.windowMs - now : 0;
  }

  #current(key: string, now: number): Count | undefined {
    const count = this.#counts.get(key);
    if (count && now - count.since >= this.#limits.windowMs) {
      this.#counts.delete(key);
      return undefined;
    }
    return count;
  }

  /** Bounds memory under a flood of names: forgets every expired count. */
  #sweep(now: number): void {
    for (const key of [...this.#counts.keys()]) this.#current(key, now);
  }
}
