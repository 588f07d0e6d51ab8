/**
 * An error message that quotes input (an unknown query parameter, an unknown body field, an unknown
 * path, a method) masks a secret in it before cutting it short: not even a 12-character piece of a
 * secret goes out, however the secret is placed or cut.
 */
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, NOW, type ErrorBody } from './helpers.js';

const secret = createSecret('production');
/** Every 12-character piece of the secret. */
const pieces = Array.from({ length: secret.length - 11 }, (_, i) => secret.slice(i, i + 12));
const leaked = (text: string): string[] => pieces.filter((piece) => text.includes(piece));

describe('an error quoting input', () => {
  const pad = (n: number): string => 'a'.repeat(n);
  test.each([
    ['an unknown query parameter', 'GET', `/v1/api-keys?${pad(80)}${secret}=1`, undefined],
    ['an unknown query parameter holding a cut secret', 'GET', `/v1/api-keys?${secret.slice(0, 30)}=1`, undefined],
    ['an unknown body field', 'POST', '/v1/api-keys', { name: 'x', permissions: [], [`${pad(80)}${secret}`]: 1 }],
    ['an unknown nested field', 'PATCH', '/v1/api-keys/key_0000000000000000', { rate_limit: { [secret]: 1 } }],
    ['an unknown path', 'GET', `/v1/${pad(70)}${secret}`, undefined],
    ['an unknown path holding a cut secret', 'GET', `/v1/x/${secret.slice(0, 25)}`, undefined],
  ])('never shows a piece of a secret: %s', async (_, method, path, body) => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, method, path, body === undefined ? {} : { body });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(leaked(answer.text)).toEqual([]);
    expect(answer.text).toContain('ks_prod_••••');
  });

  test('still names a long unknown field, cut short, so the caller can find it', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      body: { name: 'x', permissions: [], [`nmae${pad(200)}`]: 1 },
    });
    expect(answer.body.error.message).toMatch(/^nmaea{96}… is not a known field/);
  });
});
