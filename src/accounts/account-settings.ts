/**
 * @module account-settings
 * How sign-in behaves, from the environment: session lifetime and idle timeout, public read
 * mode, and whether cookies are marked Secure regardless of the request's scheme (behind a
 * proxy that ends TLS, the server sees http).
 */

export interface AccountSettings {
  /** A session ends this long after sign-in, whatever happens. */
  readonly sessionMs: number;
  /** A session ends after this long without a request. */
  readonly idleMs: number;
  /** Anonymous visitors read as viewers (`CONCORD_PUBLIC_READ=on`). */
  readonly publicRead: boolean;
  /** Cookies always Secure (`CONCORD_SECURE_COOKIES=on`); otherwise only over https. */
  readonly secureCookies: boolean;
}

/** 12 hours, 1 hour idle, no public read, Secure only over https. */
export const DEFAULT_ACCOUNT_SETTINGS: AccountSettings = Object.freeze({
  sessionMs: 12 * 3_600_000,
  idleMs: 3_600_000,
  publicRead: false,
  secureCookies: false,
});

/**
 * Settings from `CONCORD_SESSION_HOURS`, `CONCORD_SESSION_IDLE_MINUTES`, `CONCORD_PUBLIC_READ`,
 * `CONCORD_SECURE_COOKIES`. @example accountSettingsFromEnv({ CONCORD_PUBLIC_READ: 'on' }).publicRead // true
 */
export function accountSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): AccountSettings {
  const d = DEFAULT_ACCOUNT_SETTINGS;
  return Object.freeze({
    sessionMs: positive(env.CONCORD_SESSION_HOURS, 3_600_000) ?? d.sessionMs,
    idleMs: positive(env.CONCORD_SESSION_IDLE_MINUTES, 60_000) ?? d.idleMs,
    publicRead: isOn(env.CONCORD_PUBLIC_READ),
    secureCookies: isOn(env.CONCORD_SECURE_COOKIES),
  });
}

function isOn(value: string | undefined): boolean {
  return ['on', '1', 'true', 'yes'].includes((value ?? '').trim().toLowerCase());
}

function positive(value: string | undefined, unitMs: number): number | undefined {
  const n = Number(value);
  return value?.trim() && Number.isFinite(n) && n > 0 ? n * unitMs : undefined;
}
