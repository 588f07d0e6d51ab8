/**
 * Rotation: replace a key's secret without downtime (a grace period), and at once when it leaked.
 *
 * Run it with `npx tsx examples/rotation.ts` (against an in-process mock).
 *
 * @module
 */
import { AuthenticationError, Keysmith, type FetchLike } from 'keysmith';
import { createMockApi } from 'keysmith/mock';

/**
 * Where the example sends its requests.
 *
 * @example
 * ```ts
 * const options: RotationOptions = { apiKey: process.env.KEYSMITH_API_KEY ?? '', graceSeconds: 600 };
 * ```
 */
export interface RotationOptions {
  /** A key that holds `keys:*` (an admin key). */
  apiKey: string;
  /** Leave it out to use the key's environment. */
  baseUrl?: string;
  /** Leave it out to use the global `fetch`. */
  fetch?: FetchLike;
  /** How long the old secret keeps working after the planned rotation. @default 3600 */
  graceSeconds?: number;
  /** Where progress goes; never given a secret. */
  log?: (line: string) => void;
}

/**
 * What the rotations did. The secrets are returned so a caller (a test) can check them later;
 * a real program would hand the new one to its secret manager and drop the old one.
 *
 * @example
 * ```ts
 * const { previousSecretExpiresAt } = await main({ apiKey });
 * ```
 */
export interface RotationResult {
  /** The key rotated; its id never changes. */
  keyId: string;
  /** The secret replaced by the planned rotation: it works until `previousSecretExpiresAt`. */
  oldSecret: string;
  /** The secret after the planned rotation. */
  newSecret: string;
  /** When the old secret stops working. */
  previousSecretExpiresAt: string | null;
  /** The code the leaked secret got right after the emergency rotation. */
  leakedSecretRefusedWith: string | undefined;
}

/**
 * A planned rotation with a grace period, then an emergency one without.
 *
 * @example
 * ```ts
 * await main({ apiKey: process.env.KEYSMITH_API_KEY ?? '', graceSeconds: 600 });
 * ```
 */
export async function main({
  apiKey,
  baseUrl,
  fetch,
  graceSeconds = 3600,
  log = console.log,
}: RotationOptions): Promise<RotationResult> {
  const admin = new Keysmith({ apiKey, baseUrl, fetch });
  const created = await admin.keys.create({ name: 'billing-service', permissions: ['keys:read'] });

  // Planned: issue the new secret, deploy it, and let the old one run out on its own.
  const rotated = await admin.keys.regenerate(created.id, { grace_period_seconds: graceSeconds });
  log(
    `Rotated ${rotated.id}: now ${rotated.masked_key}; the old secret works until ${rotated.previous_secret_expires_at}`,
  );
  const before = await new Keysmith({ apiKey: created.secret, baseUrl, fetch }).me();
  const after = await new Keysmith({ apiKey: rotated.secret, baseUrl, fetch }).me();
  log(`During the grace period both secrets are the same key: ${before.id === after.id}`);

  // Emergency: the new secret leaked. Regenerate without a grace period: it stops at once.
  const replaced = await admin.keys.regenerate(created.id);
  let leakedSecretRefusedWith: string | undefined;
  try {
    await new Keysmith({ apiKey: rotated.secret, baseUrl, fetch }).me();
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    leakedSecretRefusedWith = error.code;
    log(`The leaked secret now gets ${error.status} ${error.code}; the key lives on as ${replaced.masked_key}`);
  }
  return {
    keyId: created.id,
    oldSecret: created.secret,
    newSecret: rotated.secret,
    previousSecretExpiresAt: rotated.previous_secret_expires_at,
    leakedSecretRefusedWith,
  };
}

if (process.argv[1] !== undefined && import.meta.url === new URL(process.argv[1], 'file:').href) {
  const mock = createMockApi();
  await main({ apiKey: mock.adminKey, fetch: (request) => mock.fetch(request) });
}
