/**
 * What a project compiled with `exactOptionalPropertyTypes` writes, type-checked by
 * `npm run typecheck` under test/types/tsconfig.json: every option and parameter takes an
 * explicit `undefined`, and `permissions` takes the known scopes or any `resource:action`.
 * Never run; a line that stops compiling (or an `@ts-expect-error` that stops failing) fails the check.
 */
import { Keysmith, type KnownScope, type RequestOptions, type Scope } from 'keysmith';

declare const env: Record<string, string | undefined>;

export async function strictConsumer(): Promise<void> {
  const client = new Keysmith({
    apiKey: env['KEY'],
    baseUrl: env['URL'],
    environment: undefined,
    maxRetries: undefined,
    timeout: undefined,
    maxRetryAfter: undefined,
    fetch: undefined,
    onRetry: undefined,
    onRateLimit: undefined,
    sleep: undefined,
    now: undefined,
    random: undefined,
  });
  const options: RequestOptions = {
    signal: undefined,
    timeout: undefined,
    maxRetries: undefined,
    idempotencyKey: env['IDEMPOTENCY_KEY'],
  };
  const limit = env['LIMIT'] === undefined ? undefined : Number(env['LIMIT']);
  await client.keys.list({ limit, starting_after: env['CURSOR'], status: undefined }, options);
  await client.keys.create({ name: 'ci', description: undefined, permissions: ['keys:read'], expires_at: undefined });
  await client.keys.update('key_1', { name: undefined, permissions: undefined, status: 'inactive' });
  await client.keys.regenerate('key_1', { grace_period_seconds: 60 }, options);
}

// Known scopes autocomplete: the literals stay in the union (a bare template type would absorb them).
type Includes<Union, Member> = [Member] extends [Extract<Union, Member>] ? true : false;
export const autocompletes: Includes<Scope, 'keys:read'> = true;
export const everyKnownScope: Includes<Scope, KnownScope> = true;
export const adminEverything: KnownScope = 'admin:*';
// Any resource:action still compiles; a string without a colon does not.
export const productScope: Scope = 'tasks:read';
// @ts-expect-error a scope is `resource:action`
export const noColon: Scope = 'nocolon';
export const createPermissions: Parameters<Keysmith['keys']['create']>[0]['permissions'] = ['keys:*', 'billing:read'];
// @ts-expect-error `permissions` takes scopes, not any string
export const badPermissions: Parameters<Keysmith['keys']['create']>[0]['permissions'] = ['everything'];
