/**
 * @module rate-limiter
 * Token buckets per client: each client may spend `burst` requests at once and regains
 * `perSecond` per second. Pure (the clock is passed in), so it is tested without waiting.
 */

/** One limit: how many at once, and how fast they come back. */
export interface RateLimit {
  readonly burst: number;
  readonly perSecond: number;
}

/** Clients remembered at most; the fullest buckets (idle clients) are forgotten first. */
const MAX_CLIENTS = 10_000;

/** Buckets keyed by client. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: RateLimit) {}

  /** Takes one token for `client`; returns 0 when allowed, else the seconds until one is back. */
  take(client: string, nowMs: number): number {
    const { burst, perSecond } = this.limit;
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: nowMs };
    bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    bucket.at = nowMs;
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }
}
