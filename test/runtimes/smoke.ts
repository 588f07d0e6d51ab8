/**
 * The smoke suite every runtime of the matrix runs against the PACKED package: create a key, list
 * it, use it, survive a 429 by retrying, revoke it, and get the 401 after. It touches only what
 * every runtime has (fetch, Request, Response), so the same file runs in Node, Deno, Bun and a page.
 */
import { AuthenticationError, Keysmith } from 'keysmith';

/** What the suite runs against: an in-process mock, msw, or a server over HTTP. */
export interface SmokeTarget {
  /** Base URL of the production environment. */
  baseUrl: string;
  /** Secret of the production `admin:*` key. */
  adminKey: string;
  /** The SDK's transport; left out, the SDK uses the runtime's own `fetch` (msw, HTTP). */
  fetch?: (request: Request) => Promise<Response>;
  /** Makes the mock answer the very next request with a 429 and `Retry-After: 0`. */
  injectRateLimit(): Promise<void>;
}

/** One step's outcome. */
export interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/**
 * The 429 the retry step injects: the SDK must wait `Retry-After` (0 s) and try again.
 *
 * @example
 * mock.faults.inject(RATE_LIMIT_FAULT, 1);
 */
export const RATE_LIMIT_FAULT = { status: 429, headers: { 'Retry-After': '0' } } as const;

type Step = readonly [name: string, run: () => Promise<void>];

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Runs every step in order; a step whose prerequisite failed (no key, no client) fails saying so.
 *
 * @example
 * const mock = createMockApi();
 * const results = await runSmoke({
 *   baseUrl: mock.baseUrls.production,
 *   adminKey: mock.adminKey,
 *   fetch: (request) => mock.fetch(request),
 *   injectRateLimit: async () => mock.faults.inject(RATE_LIMIT_FAULT, 1),
 * });
 */
export async function runSmoke(target: SmokeTarget): Promise<StepResult[]> {
  let requests = 0;
  // Counts what the SDK sends; looks `fetch` up per call so msw's patched global is the one used.
  const countingFetch = (request: Request): Promise<Response> => {
    requests += 1;
    return target.fetch ? target.fetch(request) : globalThis.fetch(request);
  };
  // The admin client takes the SDK's default transport when the target has none, so that path runs too.
  const admin = new Keysmith({
    apiKey: target.adminKey,
    baseUrl: target.baseUrl,
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  let created: { id: string; secret: string } | undefined;
  let user: Keysmith | undefined;

  const steps: Step[] = [
    [
      'creates a key and returns its secret once',
      async () => {
        const key = await admin.keys.create({ name: 'smoke', permissions: ['keys:read'] });
        check(
          typeof key.secret === 'string' && key.secret.startsWith('ks_prod_'),
          'the new key has no ks_prod_ secret',
        );
        check(typeof key.id === 'string' && key.id.length > 0, 'the new key has no id');
        created = { id: key.id, secret: key.secret };
      },
    ],
    [
      'lists the new key without its secret',
      async () => {
        check(created !== undefined, 'not run: no key was created');
        const page = await admin.keys.list();
        const listed = page.data.find((key) => key.id === created?.id);
        check(listed !== undefined, `the list does not hold ${created.id}`);
        check(!JSON.stringify(page.data).includes(created.secret), 'the list shows the secret');
      },
    ],
    [
      'authenticates with the new key (me)',
      async () => {
        check(created !== undefined, 'not run: no key was created');
        user = new Keysmith({ apiKey: created.secret, baseUrl: target.baseUrl, fetch: countingFetch });
        const me = await user.me();
        check(me.id === created.id, `me() answered ${me.id}, expected ${created.id}`);
      },
    ],
    [
      'answers a 429 with Retry-After: 0 by retrying',
      async () => {
        check(user !== undefined && created !== undefined, 'not run: no client for the new key');
        await target.injectRateLimit();
        const before = requests;
        const me = await user.me();
        check(me.id === created.id, `me() answered ${me.id} after the retry`);
        check(requests - before === 2, `expected 2 requests (429, then the retry), saw ${requests - before}`);
      },
    ],
    [
      'revokes the key',
      async () => {
        check(created !== undefined, 'not run: no key was created');
        const revoked = await admin.keys.revoke(created.id);
        check(revoked.status === 'revoked', `status is ${revoked.status} after revoke`);
      },
    ],
    [
      'rejects the revoked key with 401 revoked_api_key',
      async () => {
        check(user !== undefined && created !== undefined, 'not run: no client for the new key');
        const secret = created.secret;
        const error = await user.me().then(
          () => undefined,
          (reason: unknown) => reason,
        );
        check(error instanceof AuthenticationError, `expected an AuthenticationError, got ${describe(error)}`);
        check(error.status === 401, `status ${error.status}, expected 401`);
        check(error.code === 'revoked_api_key', `code ${error.code}, expected revoked_api_key`);
        const shown = `${String(error)} ${error.message} ${JSON.stringify(error)}`;
        check(!shown.includes(secret), 'the error shows the secret');
      },
    ],
  ];

  const results: StepResult[] = [];
  for (const [name, run] of steps) {
    const started = performance.now();
    try {
      await run();
      results.push({ name, ok: true, ms: performance.now() - started });
    } catch (error) {
      results.push({ name, ok: false, ms: performance.now() - started, error: describe(error) });
    }
  }
  return results;
}
