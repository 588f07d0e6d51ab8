/**
 * Type-checked by pack-check inside a throw-away project, against the packed .d.ts files, as
 * `.mts` and `.cts` (moduleResolution node16) and `.ts` (moduleResolution bundler), with
 * `exactOptionalPropertyTypes` on, as the strictest projects compile. The `@ts-expect-error`
 * lines fail the check if the types ever collapse to `any`.
 */
import { AuthenticationError, Keysmith, KeysmithError, RateLimitError, type KnownScope, type Scope } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { startMockServer } from 'keysmith/mock/node';
import { setupServer } from 'msw/node';

/** Creates a key through the mock and returns its secret, typed end to end. */
export async function createdSecret(): Promise<string> {
  const mock = createMockApi();
  const client = new Keysmith({
    apiKey: mock.adminKey,
    baseUrl: mock.baseUrls.production,
    fetch: (request) => mock.fetch(request),
  });
  const key = await client.keys.create({ name: 'typed', permissions: ['keys:read'] });
  // @ts-expect-error a key record has no `password` field
  void key.password; // eslint-disable-line @typescript-eslint/no-meaningless-void-operator -- only the type checker reads this line
  // @ts-expect-error `name` is a string
  void client.keys.create({ name: 1, permissions: [] });
  const server = await startMockServer({ port: 0, host: '127.0.0.1' });
  const url: string = server.urls.production;
  await server.close();
  return key.secret + url;
}

/** With msw installed, `mock.handlers` keeps msw's own type: it spreads into `setupServer`, and is no `any`. */
export function mswServer(): { server: ReturnType<typeof setupServer>; label: string } {
  const mock = createMockApi();
  // @ts-expect-error a handler is an msw RequestHandler, not a string
  const label: string = mock.handlers[0];
  return { server: setupServer(...mock.handlers), label };
}

/** The error classes are values with an Error prototype. */
export function isKnownError(error: unknown): boolean {
  return error instanceof AuthenticationError || error instanceof RateLimitError;
}

/** A strict project's client: options straight from the environment, each possibly `undefined`. */
export function fromEnvironment(): Keysmith {
  return new Keysmith({ apiKey: process.env.KEY, baseUrl: process.env.URL, maxRetries: undefined });
}

/** `permissions` takes the known scopes and any `resource:action`; optional fields take `undefined`. */
export async function strictUse(client: Keysmith): Promise<string | undefined> {
  const known: KnownScope = 'keys:read';
  const permissions: Scope[] = [known, 'tasks:read'];
  try {
    await client.keys.create({ name: 'strict', permissions, description: process.env.DESCRIPTION });
    await client.keys.list({ limit: undefined }, { signal: undefined, timeout: undefined });
    return undefined;
  } catch (error) {
    return error instanceof KeysmithError ? error.name : undefined;
  }
}

// @ts-expect-error a scope is `resource:action`
export const wrongScope: Scope = 'nocolon';
