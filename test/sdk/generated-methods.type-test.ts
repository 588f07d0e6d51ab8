/**
 * Type tests of the generated methods, checked by `npm run typecheck` (never run): each
 * `@ts-expect-error` line must fail to compile, and fails the type check if it ever compiles.
 */
import type { Keysmith } from 'keysmith';

export async function typeChecks(client: Keysmith): Promise<{ secret: string; ids: string[] }> {
  // A path parameter is a string.
  // @ts-expect-error -- a number is not a key id
  await client.keys.get(42);

  // The body of create allows only the spec's fields.
  // @ts-expect-error -- `scopes` is not a field of CreateApiKeyRequest (it is `permissions`)
  await client.keys.create({ name: 'CI', permissions: [], scopes: ['keys:read'] });

  // The list query allows only the spec's filters.
  // @ts-expect-error -- `cursor` is not a query parameter (it is `starting_after`)
  await client.keys.list({ cursor: 'key_7Hq2ZbN4xTmW9cLp' });

  // An enum takes only its values.
  // @ts-expect-error -- `paused` is not a status an update can set
  await client.keys.update('key_7Hq2ZbN4xTmW9cLp', { status: 'paused' });

  // @ts-expect-error -- `everything` is not an environment
  await client.keys.list({ environment: 'everything' });

  // The required body of create cannot be left out.
  // @ts-expect-error -- create needs its params
  await client.keys.create();

  // What compiles: the same calls, right.
  const key = await client.keys.create({ name: 'CI', permissions: ['keys:read'] });
  const secret: string = key.secret;
  const page = await client.keys.list({ status: 'active', environment: 'staging', limit: 10 });
  const ids: string[] = page.data.map((k) => k.id);
  await client.keys.update(key.id, { status: 'inactive' });
  await client.keys.regenerate(key.id);
  return { secret, ids };
}
