/**
 * @module process-share
 * The limits one server process keeps when several serve the same port. Rate and sign-in
 * counts live in each process's memory, and the connections of one client are spread over the
 * processes in turn, so each process allows its share: together they allow about what one
 * process alone would, never `processes` times as much.
 */
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../accounts/login-limiter.ts';
import type { RateLimits } from '../server/middleware/rate-limit-middleware.ts';

/** At least one, rounded up: a share never locks out a client that one process would have let in. */
const share = (value: number, processes: number) => Math.max(1, Math.ceil(value / processes));

/** Each limit's burst and rate divided among `processes`. @example shareRateLimits(DEFAULT_RATE_LIMITS, 2) */
export function shareRateLimits(limits: RateLimits, processes: number): RateLimits {
  const of = (l: RateLimits[keyof RateLimits]) => ({
    burst: share(l.burst, processes),
    perSecond: l.perSecond / Math.max(1, processes),
  });
  return Object.freeze({ imports: of(limits.imports), writes: of(limits.writes), reads: of(limits.reads) });
}

/** Failures per account and per client divided among `processes`; the window stays. */
export function shareLoginLimits(processes: number, limits: LoginLimits = DEFAULT_LOGIN_LIMITS): LoginLimits {
  return Object.freeze({
    perAccount: share(limits.perAccount, processes),
    perClient: share(limits.perClient, processes),
    windowMs: limits.windowMs,
  });
}
