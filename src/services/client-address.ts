/**
 * @module client-address
 * The client of a request, as the login limiter counts it: the connection's remote address
 * (the server does not sit behind a proxy); requests made in-process (tests) share one key.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The remote address, or 'local'. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
