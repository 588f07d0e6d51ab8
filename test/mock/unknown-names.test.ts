/**
 * A 400 for an unknown query parameter or body field lists the names that are allowed, so a caller
 * who guessed (`cursor`, `nmae`) finds the right one in the message (issue 15).
 */
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, createKey, NOW, type ErrorBody } from './helpers.js';

describe('a 400 for a name the API does not know', () => {
  test('an unknown query parameter lists the operation’s parameters: cursor → starting_after', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, 'GET', '/v1/api-keys?cursor=key_0123456789abcdef');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      code: 'validation_error',
      param: 'cursor',
      message:
        'cursor is not a query parameter of this operation (its parameters are limit, starting_after, status, environment).',
    });
  });

  test('an operation without query parameters says it takes none', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, 'GET', '/v1/me?verbose=1');
    expect(answer.body.error.message).toBe('verbose is not a query parameter of this operation (it takes none).');
  });

  test('an unknown body field lists the fields of its object, nested ones too', async () => {
    const mock = createMockApi({ now: NOW });
    const create = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', { body: { nmae: 'CI', permissions: [] } });
    expect(create.body.error).toMatchObject({
      param: 'nmae',
      message:
        'nmae is not a known field (the fields are name, description, permissions, environment, rate_limit, expires_at, metadata).',
    });
    const key = await createKey(mock);
    const update = await call<ErrorBody>(mock, 'PATCH', `/v1/api-keys/${key.id}`, {
      body: { rate_limit: { per_day: 5 } },
    });
    expect(update.body.error).toMatchObject({
      param: 'rate_limit.per_day',
      message: 'rate_limit.per_day is not a known field (the fields are per_minute, per_hour).',
    });
  });
});
