/**
 * Quickstart: who am I, create a scoped key, use it, revoke it.
 *
 * Run it with `npx tsx examples/quickstart.ts`: it runs against an in-process mock, so it needs no
 * account. Against the real API, call `main({ apiKey: process.env.KEYSMITH_API_KEY })`.
 *
 * @module
 */
import { AuthenticationError, Keysmith, type ErrorCode, type FetchLike } from 'keysmith';
import { createMockApi } from 'keysmith/mock';

/**
 * Where the example sends its requests.
 *
 * @example
 * ```ts
 * const options: QuickstartOptions = { apiKey: process.env.KEYSMITH_API_KEY ?? '' };
 * ```
 */
export interface QuickstartOptions {
  /** A key that holds `keys:*` (an admin key). */
  apiKey: string;
  /** Leave it out to use the key's environment. */
  baseUrl?: string;
  /** Leave it out to use the global `fetch`. */
  fetch?: FetchLike;
  /** Where progress goes; never given a secret. */
  log?: (line: string) => void;
}

/**
 * What the run did, for whoever called it.
 *
 * @example
 * ```ts
 * const { keyId, refusedWith } = await main({ apiKey });
 * ```
 */
export interface QuickstartResult {
  /** The key created (and revoked). */
  keyId: string;
  /** The code the revoked key's next request got. */
  refusedWith: ErrorCode | undefined;
}

/**
 * Creates a read-only key, lists keys with it, revokes it, and shows the next request failing.
 *
 * @example
 * ```ts
 * await main({ apiKey: process.env.KEYSMITH_API_KEY ?? '' });
 * ```
 */
export async function main({
  apiKey,
  baseUrl,
  fetch,
  log = console.log,
}: QuickstartOptions): Promise<QuickstartResult> {
  // The environment comes from the key's prefix (ks_prod_ → production), and so does the base URL.
  const admin = new Keysmith({ apiKey, baseUrl, fetch });
  const me = await admin.me();
  log(`Calling as "${me.name}" (${me.environment}) with ${me.permissions.join(', ')}`);

  const key = await admin.keys.create({
    name: 'CI pipeline',
    description: 'Reads keys in the nightly build',
    permissions: ['keys:read'],
    rate_limit: { per_minute: 60 },
    metadata: { team: 'platform' },
  });
  // key.secret is returned this once: store it in your secret manager now. Log only the label.
  log(`Created ${key.id} (${key.masked_key}) with ${key.permissions.join(', ')}`);

  const ci = new Keysmith({ apiKey: key.secret, baseUrl, fetch });
  const page = await ci.keys.list({ limit: 5 });
  log(`The new key lists ${page.data.length} keys on its first page`);

  await admin.keys.revoke(key.id);
  let refusedWith: ErrorCode | undefined;
  try {
    await ci.me();
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    refusedWith = error.code;
    log(`After revoke, the key's next request gets ${error.status} ${error.code}`);
  }
  return { keyId: key.id, refusedWith };
}

if (process.argv[1] !== undefined && import.meta.url === new URL(process.argv[1], 'file:').href) {
  const mock = createMockApi();
  await main({ apiKey: mock.adminKey, fetch: (request) => mock.fetch(request) });
}
