import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  KeysmithError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from 'keysmith';
import { apiError, FakeTime, IDENTITY, json, PROD_KEY, scriptedFetch, START, testClient } from './helpers.js';

async function failWith(response: Response | Error, call: 'me' | 'get' | 'create' = 'me'): Promise<unknown> {
  const client = testClient(scriptedFetch([response]), new FakeTime(), { maxRetries: 0 });
  const pending =
    call === 'me'
      ? client.me()
      : call === 'get'
        ? client.keys.get('key_42')
        : client.keys.create({ name: 'x', permissions: [] });
  return pending.then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error,
  );
}

function everyRendering(error: unknown): string[] {
  return [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error),
    inspect(error, { depth: Infinity, showHidden: true }),
  ];
}

describe('error mapping', () => {
  it.each([
    [400, ValidationError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [413, ValidationError],
    [415, ValidationError],
    [422, ValidationError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ] as const)('maps %i to %o', async (status, Class) => {
    const error = await failWith(apiError(status, 'internal_error'));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(KeysmithError);
    expect(error).toBeInstanceOf(Error);
    expect((error as ApiError).name).toBe(Class.name);
    expect((error as ApiError).status).toBe(status);
  });

  it('names the classes literally, so minified code keeps them', () => {
    const fields = {
      status: 0,
      code: undefined,
      type: undefined,
      param: undefined,
      details: undefined,
      requestId: undefined,
      rateLimit: {
        limit: undefined,
        remaining: undefined,
        resetAt: undefined,
        retryAfterMs: undefined,
        policies: undefined,
      },
    };
    expect(new KeysmithError('m').name).toBe('KeysmithError');
    expect(new ApiError('m', fields).name).toBe('ApiError');
    expect(new ConnectionError('m').name).toBe('ConnectionError');
    expect(new TimeoutError('m').name).toBe('TimeoutError');
    expect(new TimeoutError('m')).toBeInstanceOf(KeysmithError);
    expect(new ConnectionError('m')).not.toBeInstanceOf(ApiError);
  });
});

describe('error fields', () => {
  it('carry status, code, type, param, details, request id and rate-limit info', async () => {
    const response = json(
      403,
      {
        error: {
          type: 'permission_error',
          code: 'insufficient_scope',
          message: 'This request needs the keys:write scope.',
          param: 'permissions',
          request_id: 'req_body',
          details: { required_scope: 'keys:write' },
        },
      },
      {
        'X-Request-Id': 'req_header',
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': '42',
        'X-RateLimit-Reset': String(START / 1000 + 30),
      },
    );
    const error = (await failWith(response, 'create')) as PermissionDeniedError;
    expect(error).toMatchObject({
      status: 403,
      code: 'insufficient_scope',
      type: 'permission_error',
      param: 'permissions',
      details: { required_scope: 'keys:write' },
      requestId: 'req_body',
    });
    expect(error.rateLimit).toMatchObject({ limit: 100, remaining: 42, resetAt: new Date(START + 30_000) });
    expect(error.message).toBe(
      'POST /v1/api-keys failed with 403 insufficient_scope: This request needs the keys:write scope.',
    );
  });

  it('fall back to the X-Request-Id header for the request id', async () => {
    const error = (await failWith(
      new Response('{"error":{"code":"not_found","message":"Gone."}}', {
        status: 404,
        headers: { 'X-Request-Id': 'req_h' },
      }),
    )) as NotFoundError;
    expect(error.requestId).toBe('req_h');
  });

  it('survive a body that is not the error shape', async () => {
    const error = (await failWith(new Response('<html>Bad gateway</html>', { status: 502 }))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.code).toBeUndefined();
    expect(error.requestId).toBeUndefined();
    expect(error.message).toBe('GET /v1/me failed with 502: <html>Bad gateway</html>');
  });

  it('survive an empty error body', async () => {
    const error = (await failWith(
      new Response(null, { status: 500, headers: { 'Content-Length': '0' } }),
    )) as InternalServerError;
    expect(error.status).toBe(500);
    expect(error.message).toContain('no error details');
  });

  it('put the request, the status and the code before the server message, which says the fix', async () => {
    const error = (await failWith(apiError(404, 'not_found', 'No API key with id key_42.'), 'get')) as NotFoundError;
    expect(error.message).toBe('GET /v1/api-keys/key_42 failed with 404 not_found: No API key with id key_42.');
    const revoked = (await failWith(
      apiError(401, 'revoked_api_key', 'This API key was revoked. Create a new key.'),
    )) as ApiError;
    expect(revoked.message).toBe(
      'GET /v1/me failed with 401 revoked_api_key: This API key was revoked. Create a new key.',
    );
  });

  it('keep the field at fault of a validation error in param', async () => {
    const error = (await failWith(
      apiError(400, 'validation_error', 'name must be a string of 1 to 100 characters.', {}, { param: 'name' }),
      'create',
    )) as ValidationError;
    expect(error.param).toBe('name');
    expect(error.message).toBe(
      'POST /v1/api-keys failed with 400 validation_error: name must be a string of 1 to 100 characters.',
    );
  });
});

describe('the wait a RateLimitError reports', () => {
  it('is the wait the retry loop uses: Retry-After, else the reset of a window with nothing left', async () => {
    const reset = String(START / 1000 + 30);
    const spent = (await failWith(
      apiError(429, 'rate_limited', 'Slow down.', { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset }),
    )) as RateLimitError;
    expect(spent.retryAfterMs).toBe(30_000);
    const left = (await failWith(
      apiError(429, 'rate_limited', 'Slow down.', { 'X-RateLimit-Remaining': '5', 'X-RateLimit-Reset': reset }),
    )) as RateLimitError;
    expect(left.retryAfterMs).toBeUndefined();
    const asked = (await failWith(
      apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '7', 'X-RateLimit-Remaining': '5' }),
    )) as RateLimitError;
    expect(asked.retryAfterMs).toBe(7_000);
  });
});

describe('no secret ever shows in an error', () => {
  it('scrubs a secret a server message or details echo', async () => {
    const error = await failWith(
      apiError(
        401,
        'invalid_api_key',
        `Key ${PROD_KEY} is unknown (Authorization: Bearer ${PROD_KEY}).`,
        {},
        { details: { tried: PROD_KEY, nested: [{ header: `Bearer ${PROD_KEY}` }] } },
      ),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    for (const shown of everyRendering(error)) {
      expect(shown).not.toContain(PROD_KEY);
      expect(shown).not.toContain(PROD_KEY.slice(8, 30));
    }
    expect((error as Error).message).toContain('ks_prod_••••');
    expect(JSON.stringify((error as ApiError).details)).not.toContain(PROD_KEY);
  });

  it('scrubs a bearer credential in details that a quote follows, and keeps the details whole', async () => {
    const error = await failWith(
      apiError(
        401,
        'invalid_api_key',
        'Unknown key.',
        {},
        {
          details: { challenge: 'Bearer realm="keysmith"', quoted: `"Bearer ${PROD_KEY}" was sent` },
        },
      ),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).details).toEqual({
      challenge: 'Bearer [redacted]"keysmith"',
      quoted: '"Bearer [redacted]" was sent',
    });
    for (const shown of everyRendering(error)) expect(shown).not.toContain(PROD_KEY);
  });

  it('keeps the Authorization header out of every rendering of an HTTP error', async () => {
    const error = await failWith(apiError(500, 'internal_error'));
    for (const shown of everyRendering(error)) {
      expect(shown).not.toContain(PROD_KEY);
      expect(shown.toLowerCase()).not.toContain('authorization');
    }
  });

  it('scrubs a connection failure whose cause quotes the header', async () => {
    const error = await failWith(new TypeError(`request with Authorization: Bearer ${PROD_KEY} failed`));
    expect(error).toBeInstanceOf(ConnectionError);
    for (const shown of everyRendering(error)) expect(shown).not.toContain(PROD_KEY);
    expect(inspect(error)).toContain('[cause]: TypeError');
  });

  it('does not quote the body of a success that is not valid JSON', async () => {
    const truncated = `{"object":"api_key","secret":"${PROD_KEY}`;
    const error = await failWith(new Response(truncated, { status: 201 }), 'create');
    expect(error).toBeInstanceOf(KeysmithError);
    expect((error as Error).message).toBe('POST /v1/api-keys answered 201 with a body that is not JSON.');
    for (const shown of everyRendering(error)) expect(shown).not.toContain(PROD_KEY);
  });

  it('serialises to the safe fields only', async () => {
    const error = await failWith(apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '61' }));
    expect(Object.keys(JSON.parse(JSON.stringify(error)) as object).sort()).toEqual(
      ['name', 'message', 'status', 'code', 'type', 'requestId', 'rateLimit', 'retryAfterMs'].sort(),
    );
  });
});

it('a success answered with an empty body is an error, not undefined', async () => {
  const client = testClient(scriptedFetch([new Response(null, { status: 200 })]));
  await expect(client.me()).rejects.toThrow('GET /v1/me answered 200 with no body.');
  await expect(testClient(scriptedFetch([json(200, IDENTITY)])).me()).resolves.toEqual(IDENTITY);
});
