/**
 * @module test-app
 * Builds the app over a real in-memory SQLite store with the fixture ingest, for in-process tests.
 */
import type { Analyser } from '../../src/analyse/analyser.ts';
import type { Limits } from '../../src/services/service-deps.ts';
import { createApp } from '../../src/app/create-app.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureIngest } from './fixture-ingest.ts';
import type { Role } from '../../src/model/principal.ts';
import { tokenFor, withToken } from './test-credentials.ts';

/** An analyser that adds nothing (the fixture ingest does not call it). */
export const nullAnalyser: Analyser = { analyse: () => ({ layers: {}, diagnostics: [], versions: {} }) };

export interface TestAppOptions {
  /** Who the app's requests act as (default admin, through a real API token); 'anonymous' sends none. */
  readonly as?: Role | 'anonymous';
  /** Public read mode (anonymous visitors read as viewers). */
  readonly publicRead?: boolean;
}

/**
 * A fresh app and its store; close the store after the test. `app` acts as an admin through a
 * real API token; `raw` is the same app without credentials; `token` is the credential used.
 */
export async function testApp(limits?: Partial<Limits>, options: TestAppOptions = {}) {
  const store: Store = await openStore({ sqlitePath: ':memory:' });
  const errors: unknown[] = [];
  const raw = createApp({
    store,
    analyser: nullAnalyser,
    ingest: fixtureIngest,
    limits,
    log: (e) => errors.push(e),
    accounts: { publicRead: options.publicRead ?? false },
  });
  const as = options.as ?? 'admin';
  const token = as === 'anonymous' ? undefined : await tokenFor(store, as);
  const app = token ? withToken(raw, token) : raw;
  return { app, raw, store, errors, token };
}

/** POSTs pasted text as JSON. */
export function postText(app: ReturnType<typeof createApp>, body: Record<string, unknown>) {
  return app.request('/api/documents', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A small numbered communiqué with hostile markup inside (escaping tests). */
export const HOSTILE_TEXT = [
  'Joint Communique of the Test Meeting',
  '',
  'The Parties met in Almaty.',
  '',
  '1. The Parties agreed to hold the next meeting in 2026. They noted <script>window.__pwned=1</script> the agenda.',
  '',
  '2. The Parties welcomed <img src=x onerror=alert(1)> the initiative on water.',
  '',
  '3. Kazakhstan will host the summit on glaciers.',
].join('\n');
