import { createQuerySerializer, defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { pathSerializer, querySerializer } from '../../src/internal/serializers.js';

// Values a caller could pass where the spec takes a primitive: reserved and non-ASCII characters,
// numbers, and the empty string.
const VALUES = ['key_7Hq2ZbN4xTmW9cLp', '../me?x=1', 'a b+c&d=e#f', 'ünïcødé ✓', '%41', '', 0, 20, 100];

describe('the SDK serializers', () => {
  it('build the same paths as openapi-fetch’s default path serializer', () => {
    const paths = ['/v1/api-keys/{id}', '/v1/api-keys/{id}/revoke', '/v1/me'];
    for (const path of paths) {
      for (const id of VALUES) expect(pathSerializer(path, { id })).toBe(defaultPathSerializer(path, { id }));
    }
  });

  it('leave a placeholder without a value as it is, as openapi-fetch does', () => {
    for (const id of [undefined, null])
      expect(pathSerializer('/v1/api-keys/{id}', { id })).toBe(defaultPathSerializer('/v1/api-keys/{id}', { id }));
  });

  it('build the same query strings as openapi-fetch’s default query serializer', () => {
    const reference = createQuerySerializer();
    const queries = [
      {},
      { limit: 5, status: 'active', environment: 'production' },
      { starting_after: 'key_1', limit: undefined, status: null },
      ...VALUES.map((value) => ({ starting_after: value, limit: 20 })),
    ];
    for (const query of queries) expect(querySerializer(query)).toBe(reference(query));
  });
});
