import { afterEach, assert, describe, expect, it, vi } from 'vitest';
import { API_VERSION, ENVIRONMENT_BASE_URLS, InvalidApiKeyError, Keysmith, KeysmithError } from 'keysmith';
import { DEV_KEY, IDENTITY, json, PROD_KEY, scriptedFetch, STAGING_KEY, secretFor } from './helpers.js';

function expectKeyError(build: () => unknown, code: InvalidApiKeyError['code']): InvalidApiKeyError {
  let caught: unknown;
  try {
    build();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidApiKeyError);
  expect(caught).toBeInstanceOf(KeysmithError);
  const error = caught as InvalidApiKeyError;
  expect(error.code).toBe(code);
  return error;
}

describe('the client-side key check', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('throws missing_api_key when no key is given and KEYSMITH_API_KEY is unset', () => {
    vi.stubEnv('KEYSMITH_API_KEY', '');
    const error = expectKeyError(() => new Keysmith({ fetch: scriptedFetch([]) }), 'missing_api_key');
    expect(error.message).toContain('KEYSMITH_API_KEY');
  });

  it('reads the key from KEYSMITH_API_KEY when none is passed', async () => {
    vi.stubEnv('KEYSMITH_API_KEY', STAGING_KEY);
    const fetch = scriptedFetch([json(200, IDENTITY)]);
    const client = new Keysmith({ fetch });
    expect(client.environment).toBe('staging');
    await client.me();
    expect(fetch.seen[0]?.request.headers.get('authorization')).toBe(`Bearer ${STAGING_KEY}`);
  });

  it('prefers the apiKey option over KEYSMITH_API_KEY', () => {
    vi.stubEnv('KEYSMITH_API_KEY', STAGING_KEY);
    expect(new Keysmith({ apiKey: DEV_KEY, fetch: scriptedFetch([]) }).environment).toBe('development');
  });

  it('rejects a key of the wrong shape without sending anything and without quoting it', () => {
    const fetch = scriptedFetch([]);
    const bad = 'ks_prod_tooShortButSecretLooking123';
    const error = expectKeyError(() => new Keysmith({ apiKey: bad, fetch }), 'malformed_api_key');
    expect(error.message).not.toContain(bad);
    expect(error.message).not.toContain('SecretLooking');
    expect(fetch.seen).toHaveLength(0);
  });

  it('rejects a key whose checksum does not match, showing only its masked label', () => {
    const fetch = scriptedFetch([]);
    const typo = `${PROD_KEY.slice(0, 20)}${PROD_KEY[20] === 'b' ? 'c' : 'b'}${PROD_KEY.slice(21)}`;
    const error = expectKeyError(() => new Keysmith({ apiKey: typo, fetch }), 'malformed_api_key');
    expect(error.message).toContain('checksum');
    expect(error.message).toContain('ks_prod_••••');
    expect(error.message).not.toContain(typo);
    expect(fetch.seen).toHaveLength(0);
  });

  it('points out whitespace around a pasted key', () => {
    const error = expectKeyError(
      () => new Keysmith({ apiKey: `${PROD_KEY}\n`, fetch: scriptedFetch([]) }),
      'malformed_api_key',
    );
    expect(error.message).toContain('whitespace');
    expect(error.message).not.toContain(PROD_KEY);
  });

  it('rejects a key whose prefix names another environment than the configured one', () => {
    const fetch = scriptedFetch([]);
    const error = expectKeyError(
      () => new Keysmith({ apiKey: STAGING_KEY, environment: 'production', fetch }),
      'environment_mismatch',
    );
    expect(error.message).toContain('staging');
    expect(error.message).toContain('production');
    expect(error.message).not.toContain(STAGING_KEY);
    expect(fetch.seen).toHaveLength(0);
  });

  it("rejects a baseUrl that is another environment's API", () => {
    expectKeyError(
      () => new Keysmith({ apiKey: DEV_KEY, baseUrl: ENVIRONMENT_BASE_URLS.production, fetch: scriptedFetch([]) }),
      'environment_mismatch',
    );
  });

  it('rejects an unknown environment name and an invalid baseUrl', () => {
    expect(() => new Keysmith({ apiKey: PROD_KEY, environment: 'prod' as never })).toThrow(
      /Unknown environment "prod"/,
    );
    expect(() => new Keysmith({ apiKey: PROD_KEY, baseUrl: 'localhost:4010/' })).toThrow(KeysmithError);
    expect(() => new Keysmith({ apiKey: PROD_KEY, baseUrl: 'not a url' })).toThrow(/not an absolute http\(s\) URL/);
  });

  it('rejects invalid retry settings', () => {
    expect(() => new Keysmith({ apiKey: PROD_KEY, maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => new Keysmith({ apiKey: PROD_KEY, maxRetries: 1.5 })).toThrow(/maxRetries/);
    expect(() => new Keysmith({ apiKey: PROD_KEY, timeout: 0 })).toThrow(/timeout/);
    expect(() => new Keysmith({ apiKey: PROD_KEY, maxRetryAfter: Number.NaN })).toThrow(/maxRetryAfter/);
  });
});

describe('environment and base URL resolution', () => {
  it.each([
    [PROD_KEY, 'production', 'https://api.keysmith.example'],
    [STAGING_KEY, 'staging', 'https://api.staging.keysmith.example'],
    [DEV_KEY, 'development', 'https://api.dev.keysmith.example'],
  ] as const)('picks the environment and base URL from the key prefix (%#)', async (apiKey, environment, baseUrl) => {
    const fetch = scriptedFetch([json(200, IDENTITY)]);
    const client = new Keysmith({ apiKey, fetch });
    expect(client.environment).toBe(environment);
    expect(client.baseUrl).toBe(baseUrl);
    await client.me();
    expect(fetch.seen[0]?.request.url).toBe(`${baseUrl}/v1/me`);
  });

  it('accepts an environment that agrees with the key', () => {
    expect(new Keysmith({ apiKey: secretFor('staging', 'q'), environment: 'staging' }).baseUrl).toBe(
      ENVIRONMENT_BASE_URLS.staging,
    );
  });

  it('sends requests to baseUrl, keeping its path and dropping a trailing slash', async () => {
    const fetch = scriptedFetch([json(200, IDENTITY), json(200, IDENTITY)]);
    await new Keysmith({ apiKey: PROD_KEY, baseUrl: 'http://127.0.0.1:4010/', fetch }).me();
    await new Keysmith({ apiKey: STAGING_KEY, baseUrl: 'http://127.0.0.1:4010/staging', fetch }).me();
    expect(fetch.seen.map((s) => s.request.url)).toEqual([
      'http://127.0.0.1:4010/v1/me',
      'http://127.0.0.1:4010/staging/v1/me',
    ]);
  });
});

describe('requests', () => {
  it('carry the bearer key and the pinned Keysmith-Version, and nothing browser-forbidden', async () => {
    const fetch = scriptedFetch([json(200, IDENTITY)]);
    await new Keysmith({ apiKey: PROD_KEY, fetch }).me();
    const [seen] = fetch.seen;
    assert.exists(seen, 'the request was sent');
    const headers = seen.request.headers;
    expect(API_VERSION).toBe('2026-11-01');
    expect(headers.get('authorization')).toBe(`Bearer ${PROD_KEY}`);
    expect(headers.get('keysmith-version')).toBe(API_VERSION);
    expect(headers.has('user-agent')).toBe(false);
  });

  it('use the global fetch looked up at call time, so a fetch installed after construction is used', async () => {
    const client = new Keysmith({ apiKey: PROD_KEY });
    const installed = vi.fn(() => Promise.resolve(json(200, IDENTITY)));
    vi.stubGlobal('fetch', installed);
    try {
      await expect(client.me()).resolves.toEqual(IDENTITY);
      expect(installed).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('pass each attempt an AbortSignal as init.signal', async () => {
    const fetch = scriptedFetch([json(200, IDENTITY)]);
    await new Keysmith({ apiKey: PROD_KEY, fetch }).me();
    expect(fetch.seen[0]?.init?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('the client object', () => {
  it('never shows the key when logged or serialised', async () => {
    const { inspect } = await import('node:util');
    const client = new Keysmith({ apiKey: PROD_KEY, fetch: scriptedFetch([]) });
    for (const shown of [
      inspect(client, { depth: 10, showHidden: true }),
      JSON.stringify(client),
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- on purpose: whatever the client turns into as a string must not show the key
      String(client),
      inspect(client.keys, { depth: 10 }),
    ]) {
      expect(shown).not.toContain(PROD_KEY);
    }
    expect(JSON.stringify(client)).toBe('{"environment":"production","baseUrl":"https://api.keysmith.example"}');
  });
});

describe('KEYSMITH_BASE_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('points the client at another base URL without a code change', async () => {
    vi.stubEnv('KEYSMITH_BASE_URL', 'http://127.0.0.1:4010/');
    const fetch = scriptedFetch([json(200, IDENTITY)]);
    const client = new Keysmith({ apiKey: PROD_KEY, fetch });
    expect(client.baseUrl).toBe('http://127.0.0.1:4010');
    await client.me();
    expect(fetch.seen[0]?.request.url).toBe('http://127.0.0.1:4010/v1/me');
  });

  it('loses to an explicit baseUrl or environment option', () => {
    vi.stubEnv('KEYSMITH_BASE_URL', 'http://127.0.0.1:4010');
    const fetch = scriptedFetch([]);
    expect(new Keysmith({ apiKey: PROD_KEY, baseUrl: 'http://localhost:9999', fetch }).baseUrl).toBe(
      'http://localhost:9999',
    );
    expect(new Keysmith({ apiKey: STAGING_KEY, environment: 'staging', fetch }).baseUrl).toBe(
      ENVIRONMENT_BASE_URLS.staging,
    );
  });

  it('is ignored when empty', () => {
    vi.stubEnv('KEYSMITH_BASE_URL', '');
    expect(new Keysmith({ apiKey: PROD_KEY, fetch: scriptedFetch([]) }).baseUrl).toBe(ENVIRONMENT_BASE_URLS.production);
  });

  it('names the variable when its value is not a URL', () => {
    vi.stubEnv('KEYSMITH_BASE_URL', 'localhost:4010');
    expect(() => new Keysmith({ apiKey: PROD_KEY, fetch: scriptedFetch([]) })).toThrow(
      'KEYSMITH_BASE_URL "localhost:4010" is not an absolute http(s) URL: give one such as http://127.0.0.1:4010 (a local mock), or leave KEYSMITH_BASE_URL out.',
    );
  });

  it("names the variable when it is another environment's URL than the key's", () => {
    vi.stubEnv('KEYSMITH_BASE_URL', ENVIRONMENT_BASE_URLS.production);
    const error = expectKeyError(
      () => new Keysmith({ apiKey: STAGING_KEY, fetch: scriptedFetch([]) }),
      'environment_mismatch',
    );
    expect(error.message).toContain('leave out environment and KEYSMITH_BASE_URL');
  });
});
