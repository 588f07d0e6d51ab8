/**
 * The bad-input corpus: generated HTTP requests that are each wrong in at least one way the API
 * must refuse before it changes anything — broken JSON, wrong types, missing and unknown fields,
 * oversized bodies, unicode and NUL bytes, bad Authorization headers, bad cursors and limits,
 * wrong content types, odd ids, bad versions and idempotency keys, unsupported methods, broken
 * framing. Each case says which defect it carries; the suite sends it as raw bytes.
 */
import fc from 'fast-check';
import { createSecret } from 'keysmith/mock';
import { seededBytes } from '../fixtures.js';

/**
 * What the corpus needs to know about the server it attacks.
 *
 * @example
 * ```ts
 * const target: Target = { admin, stagingAdmin, revokedSecret, inactiveSecret, activeId, inactiveId };
 * ```
 */
export interface Target {
  admin: string;
  /** A staging admin key: sent to production, an `environment_mismatch`. */
  stagingAdmin: string;
  revokedSecret: string;
  inactiveSecret: string;
  /** Ids of existing keys, so a bad body is refused by validation and not by a 404. */
  activeId: string;
  inactiveId: string;
}

/**
 * One malformed request.
 *
 * @example
 * ```ts
 * const request: BadRequest = { defect: 'bad query (limit)', method: 'GET', target: '/v1/api-keys?limit=0', headers: [], expect: 400 };
 * ```
 */
export interface BadRequest {
  defect: string;
  method: string;
  /** The request target exactly as sent (path and query). */
  target: string;
  /** Header lines in order; a name may repeat. */
  headers: [string, string][];
  body?: Buffer;
  /** `length` (the default) sends Content-Length; `chunked` sends Transfer-Encoding; `raw` sends the headers only as given. */
  framing?: 'length' | 'chunked' | 'raw';
  /** A status the answer must have, when the defect decides it alone. */
  expect?: number;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const base62 = (length: number): fc.Arbitrary<string> =>
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- an ASCII alphabet: one character per code point
  fc.string({ unit: fc.constantFrom(...BASE62), minLength: length, maxLength: length });
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
const odd = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    '🔑',
    '../..',
    '%00',
    '%E0%A4%A',
    '__proto__',
    'constructor',
    'ключ',
    '\u202e',
    'a\u0000b',
  ),
);
// A client would send a lone surrogate as its UTF-8 replacement.
const encode = (text: string): string => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));

const VALID_CREATE = { name: 'corpus', permissions: ['keys:read'] };

function createWith(
  target: Target,
  defect: string,
  body: Buffer,
  extra: [string, string][] = [],
  expect?: number,
): BadRequest {
  return {
    defect,
    method: 'POST',
    target: '/v1/api-keys',
    headers: [['Authorization', `Bearer ${target.admin}`], ['Content-Type', 'application/json'], ...extra],
    body,
    ...(expect ? { expect } : {}),
  };
}

/** JSON.parse refuses it; never empty (an empty regenerate body is valid). */
const brokenJson = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.constantFrom(
      '{',
      '{"name":"x","permissions":[',
      '{"name":"x",}',
      "{'name':'x'}",
      '{"name":"x"} trailing',
      'NaN',
      '[1,]',
      '{"a":1}{"b":2}',
      '\u0000{}',
      '  ',
    ),
  )
  .filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  });

const invalidJson = (target: Target): fc.Arbitrary<BadRequest> =>
  fc
    .tuple(
      fc.constantFrom('create', 'update', 'regenerate'),
      fc.oneof(
        brokenJson.map((text) => Buffer.from(text)),
        fc.constant(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])),
      ),
    )
    .map(([route, body]) => {
      const request = createWith(target, `invalid JSON (${route})`, body, [], 400);
      if (route === 'update') return { ...request, method: 'PATCH', target: `/v1/api-keys/${target.activeId}` };
      if (route === 'regenerate') return { ...request, target: `/v1/api-keys/${target.activeId}/regenerate` };
      return request;
    });

const wrongTypes = (target: Target): fc.Arbitrary<BadRequest> =>
  fc.oneof(
    fc
      .constantFrom(42, null, true, ['x'], { a: 1 }, '')
      .map((name) => createWith(target, 'wrong type: name', json({ ...VALID_CREATE, name }), [], 400)),
    fc
      .constantFrom('keys:read', 5, [1], [null], ['KEYS:READ'], ['keys'], ['keys:read:x'], [{}])
      .map((permissions) =>
        createWith(target, 'wrong type: permissions', json({ ...VALID_CREATE, permissions }), [], 400),
      ),
    fc
      .constantFrom(
        { per_minute: '5' },
        { per_minute: 0 },
        { per_minute: -1 },
        { per_minute: 1.5 },
        { per_hour: 1e9 },
        5,
        {},
      )
      .map((rate_limit) =>
        createWith(target, 'wrong type: rate_limit', json({ ...VALID_CREATE, rate_limit }), [], 400),
      ),
    fc
      .constantFrom(123, 'tomorrow', '2026-13-01T00:00:00Z', '2020-01-01T00:00:00Z', '')
      .map((expires_at) =>
        createWith(target, 'wrong type: expires_at', json({ ...VALID_CREATE, expires_at }), [], 400),
      ),
    fc.constantFrom('revoked', 'expired', true, null, 'ACTIVE').map((status) => ({
      ...createWith(target, 'wrong type: status', json({ status }), [], 400),
      method: 'PATCH',
      target: `/v1/api-keys/${target.activeId}`,
    })),
    fc.constantFrom(-1, 604_801, '10', 1.5, null, 1e20).map((grace) => ({
      ...createWith(target, 'wrong type: grace_period_seconds', json({ grace_period_seconds: grace }), [], 400),
      target: `/v1/api-keys/${target.activeId}/regenerate`,
    })),
    fc
      .constantFrom(['a'], 'x', 7)
      .map((metadata) => createWith(target, 'wrong type: metadata', json({ ...VALID_CREATE, metadata }), [], 400)),
  );

const missingFields = (target: Target): fc.Arbitrary<BadRequest> =>
  fc.oneof(
    fc
      .constantFrom({ name: 'x' }, { permissions: [] }, {}, { description: 'no name' })
      .map((body) => createWith(target, 'missing fields (create)', json(body), [], 400)),
    fc.constant({
      ...createWith(target, 'missing fields (update {})', json({}), [], 400),
      method: 'PATCH',
      target: `/v1/api-keys/${target.activeId}`,
    }),
  );

const unknownFields = (target: Target): fc.Arbitrary<BadRequest> =>
  fc
    .tuple(
      odd.filter(
        (name) =>
          ![
            'name',
            'description',
            'permissions',
            'environment',
            'rate_limit',
            'expires_at',
            'metadata',
            'status',
            'grace_period_seconds',
          ].includes(name),
      ),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('create', 'update', 'regenerate'),
    )
    .map(([field, value, route]) => {
      // JSON.parse makes `__proto__` an own field, as a server parsing the text sees it.
      const text = `{${route === 'create' ? '"name":"x","permissions":[],' : route === 'update' ? '"name":"x",' : '"grace_period_seconds":0,'}${JSON.stringify(field)}:${JSON.stringify(value ?? null)}}`;
      const request = createWith(target, `unknown field (${route})`, Buffer.from(text), [], 400);
      if (route === 'update') return { ...request, method: 'PATCH', target: `/v1/api-keys/${target.activeId}` };
      if (route === 'regenerate') return { ...request, target: `/v1/api-keys/${target.activeId}/regenerate` };
      return request;
    });

const oversized = (target: Target): fc.Arbitrary<BadRequest> =>
  fc
    .tuple(
      fc.integer({ min: 65_537 - 40, max: 300_000 }),
      fc.constantFrom('length', 'chunked', 'continue'),
      fc.boolean(),
    )
    .map(([size, framing, authorized]) => {
      const body = Buffer.from(JSON.stringify({ ...VALID_CREATE, description: 'd'.repeat(size) }));
      const auth: [string, string][] = authorized ? [['Authorization', `Bearer ${target.admin}`]] : [];
      const request: BadRequest = {
        defect: `oversized body (${framing})`,
        method: 'POST',
        target: '/v1/api-keys',
        headers: [...auth, ['Content-Type', 'application/json']],
        body,
        expect: 413,
      };
      if (framing === 'chunked') return { ...request, framing: 'chunked' };
      if (framing === 'continue') return { ...request, headers: [...request.headers, ['Expect', '100-continue']] };
      return request;
    });

const unicodeAndNul = (target: Target): fc.Arbitrary<BadRequest> =>
  fc.oneof(
    fc
      .constantFrom('🔑'.repeat(101), 'a\u0000'.repeat(51), 'ключ'.repeat(26))
      .map((name) =>
        createWith(target, 'unicode/NUL: name over 100 characters', json({ ...VALID_CREATE, name }), [], 400),
      ),
    fc
      .constantFrom('keys:réad', 'ключ:read', 'keys:read\u0000', '🔑:*')
      .map((scope) =>
        createWith(target, 'unicode/NUL: scope', json({ ...VALID_CREATE, permissions: [scope] }), [], 400),
      ),
    odd.map((value) => ({
      defect: 'unicode/NUL: query value',
      method: 'GET',
      target: `/v1/api-keys?limit=${encode(`x${value}`)}`,
      headers: [['Authorization', `Bearer ${target.admin}`]] as [string, string][],
      expect: 400,
    })),
    fc.constantFrom('\u0000', 'a\u0000b').map((raw) => ({
      defect: 'unicode/NUL: raw NUL in the request target',
      method: 'GET',
      target: `/v1/me${raw}`,
      headers: [['Authorization', `Bearer ${target.admin}`]] as [string, string][],
      expect: 400,
    })),
    fc.constantFrom('Bearer \u0000', `Bearer ${target.admin}\u0000`, 'Bearer ключ').map((value) => ({
      defect: 'unicode/NUL: Authorization value',
      method: 'GET',
      target: '/v1/me',
      headers: [['Authorization', value]] as [string, string][],
    })),
  );

const authorization = (target: Target): fc.Arbitrary<BadRequest> => {
  const values = fc.oneof(
    fc.constantFrom(
      '',
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNzd29yZA==',
      'Token abc',
      `Basic ${target.admin}`,
      target.admin,
      `Bearer ${target.admin.slice(0, -1)}`,
      `Bearer ${target.admin}x`,
    ),
    // Printable ASCII only: what a header can carry without the HTTP parser refusing it first.
    odd.map((token) => `Bearer ${token.replace(/[^\x21-\x7e]/g, '')}`),
    base62(38).map((body) => `Bearer ks_prod_${body}`),
    fc
      .integer({ min: 1, max: 1_000 })
      .map((seed) => `Bearer ${createSecret('production', seededBytes(0x6000_0000 + seed))}`),
    fc.constantFrom(
      `Bearer ${target.revokedSecret}`,
      `Bearer ${target.inactiveSecret}`,
      `Bearer ${target.stagingAdmin}`,
    ),
    fc
      .integer({ min: 200, max: 9_000 })
      .chain((length) => base62(length))
      .map((token) => `Bearer ${token}`),
  );
  const single = fc
    .tuple(values, fc.constantFrom('POST create', 'GET me', 'GET list', 'DELETE key'))
    .map(([value, route]) => {
      const request = createWith(target, 'bad Authorization', json(VALID_CREATE), [], 401);
      const headers = request.headers.filter(([name]) => name !== 'Authorization');
      if (value !== '') headers.unshift(['Authorization', value]);
      if (route === 'GET me') return { ...request, method: 'GET', target: '/v1/me', headers, body: undefined };
      if (route === 'GET list') return { ...request, method: 'GET', target: '/v1/api-keys', headers, body: undefined };
      if (route === 'DELETE key')
        return { ...request, method: 'DELETE', target: `/v1/api-keys/${target.activeId}`, headers, body: undefined };
      return { ...request, headers };
    });
  const duplicated = fc.tuple(values, fc.boolean()).map(([other, adminFirst]): BadRequest => {
    const admin: [string, string] = ['Authorization', `Bearer ${target.admin}`];
    const second: [string, string] = ['Authorization', other.trim() === '' ? `Bearer ${target.admin}` : other];
    return {
      ...createWith(target, 'duplicated Authorization', json(VALID_CREATE), [], 401),
      headers: [...(adminFirst ? [admin, second] : [second, admin]), ['Content-Type', 'application/json']],
    };
  });
  const oversizedHeader = fc.integer({ min: 17_000, max: 40_000 }).map((length): BadRequest => ({
    defect: 'oversized Authorization',
    method: 'GET',
    target: '/v1/me',
    headers: [['Authorization', `Bearer ${'k'.repeat(length)}`]],
    expect: 431,
  }));
  return fc.oneof(
    { weight: 6, arbitrary: single },
    { weight: 2, arbitrary: duplicated },
    { weight: 1, arbitrary: oversizedHeader },
  );
};

const listQueries = (target: Target): fc.Arbitrary<BadRequest> => {
  const cursor = fc.oneof(
    odd.map(encode),
    base62(16).map((id) => `key_${id}`),
    fc.constant(`key_${'A'.repeat(5_000)}`),
    fc.constant(''),
    fc.constant(`${target.activeId}&starting_after=${target.activeId}`),
  );
  const limit = fc.oneof(
    fc.integer({ min: -1_000_000, max: 0 }).map(String),
    fc.integer({ min: 101, max: Number.MAX_SAFE_INTEGER }).map(String),
    fc.constantFrom(
      '1e309',
      '99999999999999999999',
      '1.5',
      '1e2',
      'abc',
      '',
      ' 5',
      '0x10',
      '+5',
      '-0',
      'NaN',
      'Infinity',
      '5&limit=5',
    ),
  );
  return fc
    .oneof(
      cursor.map((value) => `starting_after=${value}`),
      limit.map((value) => `limit=${value}`),
      fc.constantFrom(
        'status=deleted',
        'status=',
        'status=ACTIVE',
        'environment=prod',
        'environment=',
        'foo=bar',
        'limit',
        '%zz=1',
        'status=active&status=revoked',
      ),
    )
    .map((query) => ({
      defect: `bad query (${query.split('=')[0]})`,
      method: 'GET',
      target: `/v1/api-keys?${query}`,
      headers: [['Authorization', `Bearer ${target.admin}`]],
      expect: 400,
    }));
};

const contentTypes = (target: Target): fc.Arbitrary<BadRequest> =>
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        null,
        'application/jsonx',
        'json',
        'text/json',
        'application/json-seq',
      ),
      fc.constantFrom('create', 'update'),
    )
    .map(([type, route]) => {
      const headers: [string, string][] = [['Authorization', `Bearer ${target.admin}`]];
      if (type !== null) headers.push(['Content-Type', type]);
      const body = route === 'create' ? json(VALID_CREATE) : json({ name: 'renamed' });
      return {
        defect: `wrong content type (${type ?? 'none'})`,
        method: route === 'create' ? 'POST' : 'PATCH',
        target: route === 'create' ? '/v1/api-keys' : `/v1/api-keys/${target.activeId}`,
        headers,
        body,
        expect: 415,
      };
    });

const oddIds = (target: Target): fc.Arbitrary<BadRequest> => {
  const id = fc.oneof(
    fc.constantFrom(
      '..%2F..%2Fetc%2Fpasswd',
      '..%2f..%2f..%2fv1%2fme',
      '%2e%2e%2f%2e%2e%2fetc',
      '%00',
      '%ZZ',
      'key_',
      'key_%00000000000000000',
      '*',
      '.',
      'key_123456789012345',
      `${target.activeId}x`,
      `${target.activeId}%00`,
    ),
    fc.integer({ min: 17, max: 12_000 }).map((length) => `key_${'A'.repeat(length)}`),
    odd.map(encode).filter((segment) => segment !== ''),
  );
  const traversal = fc.constantFrom(
    '/v1/api-keys/../../etc/passwd',
    '/v1/api-keys/../../../../etc/shadow',
    '/v1/../__mock',
    '/../../v1/x',
    '/v1/api-keys/%2e%2e/%2e%2e/etc',
  );
  return fc.oneof(
    fc
      .tuple(id, fc.constantFrom('GET', 'PATCH', 'DELETE', 'POST revoke', 'POST regenerate'))
      .map(([key, route]): BadRequest => {
        const [method, action] = route.split(' ') as [string, string | undefined];
        const base: BadRequest = {
          defect: `odd id (${route})`,
          method,
          target: `/v1/api-keys/${key}${action ? `/${action}` : ''}`,
          headers: [['Authorization', `Bearer ${target.admin}`]],
        };
        return method === 'PATCH'
          ? {
              ...base,
              headers: [...base.headers, ['Content-Type', 'application/json']],
              body: json({ name: 'renamed' }),
            }
          : base;
      }),
    fc.tuple(traversal, fc.constantFrom('GET', 'DELETE', 'POST')).map(([path, method]) => ({
      defect: 'path traversal',
      method,
      target: path,
      headers: [['Authorization', `Bearer ${target.admin}`]] as [string, string][],
    })),
  );
};

const headersAndMethods = (target: Target): fc.Arbitrary<BadRequest> =>
  fc.oneof(
    fc.constantFrom('2025-01-01', '2026-11-1', 'latest', '', 'ключ', '2026-11-01, 2026-11-01').map((version) => ({
      defect: 'bad Keysmith-Version',
      method: 'GET',
      target: '/v1/me',
      headers: [
        ['Authorization', `Bearer ${target.admin}`],
        ['Keysmith-Version', version],
      ] as [string, string][],
      expect: 400,
    })),
    fc
      .constantFrom('', 'k'.repeat(256), 'k'.repeat(4_000))
      .map((key) => createWith(target, 'bad Idempotency-Key', json(VALID_CREATE), [['Idempotency-Key', key]], 400)),
    fc
      .constantFrom(
        'PUT /v1/api-keys',
        'DELETE /v1/me',
        'PATCH /v1/api-keys',
        'POST /v1/me',
        'OPTIONS /v1/api-keys',
        'TRACE /v1/me',
        'GET /v1/api-keys/x/revoke',
        'PROPFIND /v1/me',
      )
      .map((line): BadRequest => {
        const [method, path] = line.split(' ') as [string, string];
        return {
          defect: `unsupported method (${method})`,
          method,
          target: path,
          headers: [['Authorization', `Bearer ${target.admin}`]] as [string, string][],
        };
      }),
    fc
      .constantFrom<[string, string][]>(
        [['Content-Length', 'abc']],
        [['Content-Length', '-1']],
        [
          ['Content-Length', '5'],
          ['Content-Length', '6'],
        ],
        [
          ['Content-Length', '2'],
          ['Transfer-Encoding', 'chunked'],
        ],
        [['Transfer-Encoding', 'gzip, chunked, identity']],
        [['Bad Header', 'x']],
        [['X-\u0000', 'x']],
      )
      .map((framing): BadRequest => ({
        defect: `broken framing (${framing.map(([name]) => name).join(', ')})`,
        method: 'POST',
        target: '/v1/api-keys',
        headers: [['Authorization', `Bearer ${target.admin}`], ['Content-Type', 'application/json'], ...framing],
        body: Buffer.from('{}'),
        framing: 'raw' as const,
      })),
  );

/** The mock's own controls (`/__mock/`), given bodies they must refuse: nothing may change the clock or queue a fault. */
const controls = (): fc.Arbitrary<BadRequest> => {
  const clockBodies = fc.constantFrom<unknown>(
    { advance_ms: Number.MAX_SAFE_INTEGER },
    { advance_ms: -1 },
    { advance_ms: 1.5 },
    { advance_ms: '1000' },
    { set: 'yesterday' },
    { set: '2026-11-01' },
    { advance_ms: 1, set: '2026-11-01T00:00:00Z' },
    {},
    { now: 1 },
    [],
    'x',
  );
  const faultBodies = fc.constantFrom<unknown>(
    { fault: { status: 99 } },
    { fault: { status: 600 } },
    { fault: { status: 503 }, count: 0 },
    { fault: { status: 503 }, count: 1.5 },
    { fault: { network: false } },
    { fault: { delayMs: -1 } },
    { fault: { delayMs: 600_001 } },
    { fault: { status: 503, network: true } },
    { fault: { status: 503, headers: { 'Bad Header': 'x' } } },
    { fault: { status: 503, afterCommit: 'yes' } },
    { fault: {} },
    {},
    { fault: { status: 503 }, extra: 1 },
  );
  return fc.oneof(
    clockBodies.map((body): BadRequest => ({
      defect: 'control: bad clock body',
      method: 'POST',
      target: '/__mock/clock',
      headers: [['Content-Type', 'application/json']],
      body: json(body),
      expect: 400,
    })),
    faultBodies.map((body): BadRequest => ({
      defect: 'control: bad fault body',
      method: 'POST',
      target: '/__mock/faults',
      headers: [['Content-Type', 'application/json']],
      body: json(body),
      expect: 400,
    })),
    fc
      .tuple(
        fc.constantFrom('/__mock/clock', '/__mock/faults'),
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/merge-patch+json'),
      )
      .map(([path, type]): BadRequest => ({
        defect: 'control: wrong content type',
        method: 'POST',
        target: path,
        headers: [['Content-Type', type]],
        body: json({ advance_ms: 1000 }),
        expect: 415,
      })),
    brokenJson.map((text): BadRequest => ({
      defect: 'control: invalid JSON',
      method: 'POST',
      target: '/__mock/faults',
      headers: [['Content-Type', 'application/json']],
      body: Buffer.from(text),
      expect: 400,
    })),
    fc
      .constantFrom(
        'GET /__mock/reset',
        'PUT /__mock/clock',
        'PATCH /__mock/faults',
        'POST /__mock/keys',
        'GET /__mock/nothing',
        'GET /__mock/../__mock/keys%00',
        'DELETE /__mock/clock',
      )
      .map((line): BadRequest => {
        const [method, path] = line.split(' ') as [string, string];
        return { defect: 'control: wrong method or name', method, target: path, headers: [] };
      }),
  );
};

/** Secrets put where they do not belong (URL, field names and values, other headers): refused, and never echoed. */
const misplacedSecrets = (target: Target): fc.Arbitrary<BadRequest> => {
  const secret = fc.oneof(
    fc.constantFrom(target.admin, target.stagingAdmin, target.revokedSecret),
    fc.integer({ min: 1, max: 1_000 }).map((seed) => createSecret('development', seededBytes(0x5000_0000 + seed))),
  );
  const auth: [string, string] = ['Authorization', `Bearer ${target.admin}`];
  return fc.tuple(secret, fc.nat({ max: 9 })).map(([value, where]): BadRequest => {
    const defect = 'misplaced secret';
    switch (where) {
      case 0:
        return { defect: `${defect} (path)`, method: 'GET', target: `/v1/${value}`, headers: [auth], expect: 404 };
      case 1:
        return {
          defect: `${defect} (id)`,
          method: 'GET',
          target: `/v1/api-keys/${value}`,
          headers: [auth],
          expect: 400,
        };
      case 2:
        return {
          defect: `${defect} (query name)`,
          method: 'GET',
          target: `/v1/api-keys?${value}=1`,
          headers: [auth],
          expect: 400,
        };
      case 3:
        return {
          defect: `${defect} (cursor)`,
          method: 'GET',
          target: `/v1/api-keys?starting_after=${value}`,
          headers: [auth],
          expect: 400,
        };
      case 4:
        return createWith(target, `${defect} (field name)`, json({ ...VALID_CREATE, [value]: 1 }), [], 400);
      case 5:
        return createWith(
          target,
          `${defect} (name too long)`,
          json({ ...VALID_CREATE, name: value.repeat(3) }),
          [],
          400,
        );
      case 6:
        return createWith(target, `${defect} (scope)`, json({ ...VALID_CREATE, permissions: [value] }), [], 400);
      case 7:
        return {
          defect: `${defect} (Keysmith-Version)`,
          method: 'GET',
          target: '/v1/me',
          headers: [auth, ['Keysmith-Version', value]],
          expect: 400,
        };
      case 8:
        return createWith(
          target,
          `${defect} (Idempotency-Key, bad body)`,
          json({ name: value }),
          [['Idempotency-Key', value]],
          400,
        );
      default:
        return {
          ...createWith(target, `${defect} (status)`, json({ status: value }), [], 400),
          method: 'PATCH',
          target: `/v1/api-keys/${target.activeId}`,
        };
    }
  });
};

/**
 * Every kind of bad request, weighted so each defect is well represented.
 *
 * @example
 * ```ts
 * const cases = fc.sample(badRequests(target), { seed: 42, numRuns: 1_000 });
 * ```
 */
export function badRequests(target: Target): fc.Arbitrary<BadRequest> {
  return fc.oneof(
    { weight: 3, arbitrary: invalidJson(target) },
    { weight: 3, arbitrary: wrongTypes(target) },
    { weight: 1, arbitrary: missingFields(target) },
    { weight: 2, arbitrary: unknownFields(target) },
    { weight: 1, arbitrary: oversized(target) },
    { weight: 2, arbitrary: unicodeAndNul(target) },
    { weight: 4, arbitrary: authorization(target) },
    { weight: 3, arbitrary: listQueries(target) },
    { weight: 2, arbitrary: contentTypes(target) },
    { weight: 3, arbitrary: oddIds(target) },
    { weight: 2, arbitrary: headersAndMethods(target) },
    { weight: 2, arbitrary: misplacedSecrets(target) },
    { weight: 2, arbitrary: controls() },
  );
}

/**
 * Cases sent on every run besides the generated ones: the inputs that once found a bug.
 *
 * @example
 * ```ts
 * const cases = [...regressions(), ...fc.sample(badRequests(target), { seed, numRuns })];
 * ```
 */
export function regressions(): BadRequest[] {
  return [
    // Moved the clock past the last moment a Date holds: a 500, then every listing failed.
    {
      defect: 'regression: clock past the Date range',
      method: 'POST',
      target: '/__mock/clock',
      headers: [['Content-Type', 'application/json']],
      body: json({ advance_ms: Number.MAX_SAFE_INTEGER }),
      expect: 400,
    },
    {
      defect: 'regression: clock past the Date range',
      method: 'POST',
      target: '/__mock/clock',
      headers: [['Content-Type', 'application/json']],
      body: json({ advance_ms: 8.64e15 }),
      expect: 400,
    },
  ];
}
