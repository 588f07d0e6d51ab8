/**
 * The request mix of the HTTP throughput measure, shared by the servers it loads: who calls
 * (a fixed admin secret), which keys exist (fixed ids), and the three requests autocannon cycles.
 */
import { composeSecret } from '../../src/secret-format.ts';

/** The production admin secret every server of the measure accepts. */
export const ADMIN_SECRET = composeSecret('production', 'L0adL0adL0adL0adL0adL0adL0adL0ad');

/** Fixed ids of the keys seeded besides the admin key, so the mix can read one by id. */
export const KEY_IDS: readonly string[] = Array.from(
  { length: 20 },
  (_, i) => `key_L0ad${String(i).padStart(12, '0')}`,
);

/** The secret of fixture key `i`. */
export function fixtureSecret(i: number): string {
  return composeSecret('production', `F1xture${String(i).padStart(25, '0')}`);
}

/** The paths autocannon cycles through, in order, on every connection. */
export const MIX_PATHS: readonly string[] = ['/v1/me', '/v1/api-keys?limit=10', `/v1/api-keys/${KEY_IDS[7]}`];
