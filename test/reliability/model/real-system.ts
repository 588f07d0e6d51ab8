/**
 * The system under test of the model run: a fresh mock, reached only through the SDK (one client
 * per secret and base URL, on the mock's clock, never retrying, never really sleeping), and the
 * check every step ends with — an observer key lists every key and the listing must equal the
 * model's prediction field by field.
 */
import { Keysmith, maskSecret, type ApiKey, type Environment } from 'keysmith';
import { createMockApi, createSecret, type MockApi } from 'keysmith/mock';
import { expect } from 'vitest';
import { noSleep, seededBytes, START } from '../fixtures.js';
import { leaks } from '../leak-collector.js';
import { MODEL_OWNER, PLAN, ReferenceModel, RULES, type ModelKey } from './reference-model.js';

/** Base URLs the SDK cannot tell apart, so a key sent to another environment reaches the mock. */
const BASE_URLS: Record<Environment, string> = {
  production: 'https://production.model.test',
  staging: 'https://staging.model.test',
  development: 'https://development.model.test',
};

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/**
 * The fields a listing or a read shows for a key, as the model predicts them.
 *
 * @example
 * ```ts
 * expect(await client.keys.get(key.id)).toEqual(expectedView(model, key));
 * ```
 */
export function expectedView(model: ReferenceModel, key: ModelKey): ApiKey {
  return {
    object: 'api_key',
    id: key.id,
    name: key.name,
    description: key.description,
    environment: key.environment,
    status: model.statusOf(key),
    prefix: maskSecret(key.secret).split('••••')[0] as ApiKey['prefix'],
    masked_key: maskSecret(key.secret),
    permissions: key.permissions,
    rate_limit: { per_minute: key.perMinute, per_hour: key.perHour },
    expires_at: iso(key.expiresAt),
    created_at: new Date(key.createdAt).toISOString(),
    updated_at: new Date(key.updatedAt).toISOString(),
    last_used_at: iso(key.lastUsedAt),
    revoked_at: iso(key.revokedAt),
    previous_secret_expires_at: iso(key.previousSecretExpiresAt),
    usage: model.usageOf(key),
    metadata: {},
    created_by: key.createdBy,
  };
}

/**
 * The mock and the SDK clients that reach it.
 *
 * @example
 * ```ts
 * const real = new RealSystem(SEED);
 * const model = await real.initialModel(4);
 * await real.client(model.keys[0]!.secret).me();
 * await real.verify(model, 'after me()');
 * ```
 */
export class RealSystem {
  readonly mock: MockApi;
  readonly observerSecret: string;
  /** The steps run so far, as they resolved: the story a failure tells. */
  readonly trace: string[] = [];
  readonly #clients = new Map<string, Keysmith>();

  constructor(seed: number) {
    const random = seededBytes(seed);
    this.observerSecret = createSecret('production', random);
    this.mock = createMockApi({
      now: START,
      randomBytes: random,
      plan: PLAN,
      owner: MODEL_OWNER,
      baseUrls: BASE_URLS,
      keys: [
        {
          secret: this.observerSecret,
          name: 'Observer',
          permissions: ['keys:read'],
          rate_limit: { per_minute: 1_000_000, per_hour: 100_000_000 },
        },
      ],
    });
    for (const secret of [...Object.values(this.mock.adminKeys), this.observerSecret]) leaks.secret(secret);
  }

  /** The SDK client for a secret, talking to `environment`'s base URL (the key's own by default). */
  client(secret: string, environment: Environment = 'production'): Keysmith {
    const id = `${environment} ${secret}`;
    let client = this.#clients.get(id);
    if (client === undefined) {
      client = new Keysmith({
        apiKey: secret,
        baseUrl: BASE_URLS[environment],
        fetch: leaks.wrapFetch('model', (request) => this.mock.fetch(request)),
        maxRetries: 0,
        // After a 429 the client cools down; on the model's frozen clock that wait must not
        // turn into a client-side refusal the model knows nothing of.
        maxRetryAfter: Number.POSITIVE_INFINITY,
        timeout: Number.POSITIVE_INFINITY,
        sleep: noSleep,
        now: () => this.mock.clock.now().getTime(),
        onRateLimit: (info) => {
          leaks.event('model onRateLimit', info);
        },
        onRetry: (event) => {
          leaks.event('model onRetry', event);
        },
      });
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- on purpose: however the client is printed, no secret shows
      leaks.text('model client', `${String(client)} ${JSON.stringify(client)}`);
      this.#clients.set(id, client);
    }
    return client;
  }

  /** The model of a fresh mock: the seeded keys, learnt from the first listing. */
  async initialModel(strangers: number): Promise<ReferenceModel> {
    const model = new ReferenceModel(
      START,
      Array.from({ length: strangers }, (_, i) => createSecret('production', seededBytes(0x7f00_0000 + i))),
    );
    const page = await this.client(this.observerSecret).keys.list({ limit: 100 });
    const secrets = new Map<string, string>(
      [...Object.values(this.mock.adminKeys), this.observerSecret].map((secret) => [maskSecret(secret), secret]),
    );
    for (const seen of [...page.data].reverse()) {
      const secret = secrets.get(seen.masked_key);
      if (secret === undefined) throw new Error(`the mock lists an unexpected seeded key ${seen.id}`);
      model.add({
        id: seen.id,
        environment: seen.environment,
        createdBy: null,
        createdAt: START,
        name: seen.name,
        description: seen.description,
        permissions: [...seen.permissions],
        status: 'active',
        expiresAt: null,
        perMinute: seen.rate_limit.per_minute,
        perHour: seen.rate_limit.per_hour,
        secret,
        operable: secret !== this.observerSecret,
      });
    }
    const observer = model.keys.find((key) => key.secret === this.observerSecret);
    if (observer === undefined) throw new Error('the observer key is not in the store');
    model.admit(observer.secret, 'production', RULES.list);
    return model;
  }

  /** The check after every step: the whole listing equals the model's, field by field. */
  async verify(model: ReferenceModel, after: string): Promise<void> {
    const admitted = model.admit(this.observerSecret, 'production', RULES.list);
    if (!admitted.ok) throw new Error(`the model refuses the observer (${admitted.code})`);
    const page = await this.client(this.observerSecret).keys.list({ limit: 100 });
    expect(page.has_more, `more than 100 keys after ${after}`).toBe(false);
    expect(page.data, `the listing after ${after}`).toEqual(model.listed().map((key) => expectedView(model, key)));
  }
}
