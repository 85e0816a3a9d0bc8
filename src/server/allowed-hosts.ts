/**
 * @module allowed-hosts
 * The host names this server answers to. A browser tricked by DNS rebinding sends the
 * attacker's host name in `Host` (and `Origin`) while reaching this server's address; only
 * names on this list are served, and only origins on it may change data.
 */

/** Loopback names, always allowed (the server listens on 127.0.0.1 by default). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Loopback names plus the comma-separated `CONCORD_ALLOWED_HOSTS` (e.g. `concord.example.org`).
 * @example resolveAllowedHosts({ CONCORD_ALLOWED_HOSTS: 'a.org, b.org' })
 */
export function resolveAllowedHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = (env.CONCORD_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set([...LOOPBACK_HOSTS, ...configured])];
}

/** True when `hostname` (as `URL.hostname` gives it: lower case, IPv6 in brackets) is on the list. */
export function isAllowedHost(hostname: string, allowed: readonly string[]): boolean {
  return allowed.includes(hostname.toLowerCase().replace(/\.$/, ''));
}
