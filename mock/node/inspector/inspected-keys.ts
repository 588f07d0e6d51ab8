/**
 * The keys as the inspector page shows them: each one as the API's own `ApiKey` view (a masked
 * label, never a secret and never a hash), plus what only the mock knows — whether it is a seeded
 * admin key, whether it was deleted, and what is left of each rate-limit window.
 *
 * Read from a snapshot, the mock's public picture of its state, so that a mock served by
 * `serveMockApi` from another copy of the package is inspected alike. Pure: a snapshot in, a
 * view out; the view carries the clock it was computed at, since statuses and windows depend on it.
 */
import { apiKeyView, iso, type ApiKeyView } from '../../operations/key-view.js';
import { windowsOf } from '../../pipeline/steps/5-rate-limit.js';
import { recordOf } from '../../snapshot/restore-snapshot.js';
import type { MockSnapshot } from '../../snapshot/snapshot-format.js';
import { createScopeInterner } from '../../store/frozen-values.js';
import type { Environment } from '../../types.js';

/**
 * The most keys one answer lists (the newest): the page polls twice a second, and a mock holding
 * 100,000 keys must not answer 70 MB each time. `counts` still says how many there are.
 */
export const INSPECTED_KEYS_LIMIT = 1000;

/**
 * One rate-limit window of a key at the moment of the view.
 *
 * @example
 * ```ts
 * const window: RateLimitWindowView = { window: 'minute', limit: 100, remaining: 97, resets_at: '2026-11-01T09:01:00.000Z' };
 * ```
 */
export interface RateLimitWindowView {
  /** Which window. */
  window: 'minute' | 'hour';
  /** Requests it allows. */
  limit: number;
  /** Requests left in it. */
  remaining: number;
  /** When it starts again (RFC 3339). */
  resets_at: string;
}

/**
 * A key in the inspector: the API's view of it, and what only the mock knows.
 *
 * @example
 * ```ts
 * const { data } = (await (await fetch(`${server.url}/__mock/api-keys`)).json()) as InspectedKeys;
 * console.log(data.map((key) => `${key.masked_key} ${key.status} ${key.rate_limit_windows[0]?.remaining}`));
 * ```
 */
export interface InspectedKey extends ApiKeyView {
  /** Whether it is the seeded `admin:*` key of its environment. */
  admin: boolean;
  /** Whether it was deleted (listings no longer show it; its id stays a valid cursor). */
  deleted: boolean;
  /** The minute and the hour window, in that order. */
  rate_limit_windows: RateLimitWindowView[];
}

/**
 * What `GET /__mock/api-keys` answers.
 *
 * @example
 * ```ts
 * const view: InspectedKeys = await (await fetch(`${server.url}/__mock/api-keys?environment=staging`)).json();
 * console.log(view.counts.staging, view.data.length, view.clock.now);
 * ```
 */
export interface InspectedKeys {
  /** The mock clock the statuses, usage and windows were computed at. */
  clock: {
    /** Its time (RFC 3339). */
    now: string;
    /** Whether it stands still (else it follows real time). */
    frozen: boolean;
  };
  /** How many keys each environment holds, deleted ones included. */
  counts: Record<Environment, number>;
  /** The keys asked for, in creation order: at most {@link INSPECTED_KEYS_LIMIT}, the newest. */
  data: InspectedKey[];
  /** Whether older keys were left out to keep within the limit. */
  truncated: boolean;
}

/**
 * The inspector's view of a snapshot's keys, of one environment or of all.
 *
 * @example
 * ```ts
 * const view = inspectKeys(mock.snapshot(), 'production');
 * console.log(view.data.every((key) => !('secret' in key))); // true
 * ```
 */
export function inspectKeys(snapshot: MockSnapshot, environment?: Environment): InspectedKeys {
  const now = Date.parse(snapshot.clock.now);
  const counts: Record<Environment, number> = { production: 0, staging: 0, development: 0 };
  for (const key of snapshot.keys) counts[key.environment] += 1;
  const chosen =
    environment === undefined ? snapshot.keys : snapshot.keys.filter((key) => key.environment === environment);
  const shown = chosen.slice(-INSPECTED_KEYS_LIMIT);
  const admins = new Set(Object.values(snapshot.admin_key_ids));
  const scopes = createScopeInterner();
  return {
    clock: { now: snapshot.clock.now, frozen: snapshot.clock.frozen },
    counts,
    data: shown.map((key) => {
      const record = recordOf(key, scopes);
      return {
        ...apiKeyView(record, now),
        admin: admins.has(key.id),
        deleted: key.deleted,
        rate_limit_windows: windowsOf(record, now).map((window) => ({
          window: window.window,
          limit: window.limit,
          remaining: window.remaining,
          resets_at: iso(window.resetsAt),
        })),
      };
    }),
    truncated: shown.length < chosen.length,
  };
}
