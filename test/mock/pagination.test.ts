import type { ApiKeyList } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes, type Answer, type ErrorBody } from './helpers.js';

const ids = (answer: Answer<ApiKeyList>): string[] => answer.body.data.map((key) => key.id);

async function mockWithKeys(count: number) {
  const mock = createMockApi({ now: NOW, randomBytes: seededBytes(71), plan: { per_minute: 10_000 } });
  const created: string[] = [];
  for (let i = 0; i < count; i++) created.push((await createKey(mock, { name: `Key ${i}` })).id);
  return { mock, created };
}

describe('pagination', () => {
  test('lists newest first, 20 to a page by default', async () => {
    const { mock, created } = await mockWithKeys(25);
    const page = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys');
    expect(page.body.object).toBe('list');
    expect(ids(page)).toEqual(created.slice(-20).reverse());
    expect(page.body.has_more).toBe(true);
    expect(page.body.next_cursor).toBe(created[5]);
  });

  test('walking next_cursor visits every key once, the seeded ones last', async () => {
    const { mock, created } = await mockWithKeys(12);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page: Answer<ApiKeyList> = await call(
        mock,
        'GET',
        `/v1/api-keys?limit=5${cursor === null ? '' : `&starting_after=${cursor}`}`,
      );
      seen.push(...ids(page));
      cursor = page.body.next_cursor;
      if (!page.body.has_more) break;
    }
    expect(cursor).toBeNull();
    expect(seen).toHaveLength(15);
    expect(seen.slice(0, 12)).toEqual([...created].reverse());
    expect(new Set(seen).size).toBe(15);
  });

  test('keys created between pages do not shift later pages', async () => {
    const { mock, created } = await mockWithKeys(10);
    const first = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=4');
    for (let i = 0; i < 3; i++) await createKey(mock, { name: `Late ${i}` });
    const second = await call<ApiKeyList>(mock, 'GET', `/v1/api-keys?limit=4&starting_after=${first.body.next_cursor}`);
    expect(ids(second)).toEqual(created.slice(2, 6).reverse());
  });

  test('a deleted key’s id stays a valid cursor', async () => {
    const { mock, created } = await mockWithKeys(6);
    const first = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=2');
    await call(mock, 'DELETE', `/v1/api-keys/${first.body.next_cursor}`);
    const second = await call<ApiKeyList>(mock, 'GET', `/v1/api-keys?limit=2&starting_after=${first.body.next_cursor}`);
    expect(second.status).toBe(200);
    expect(ids(second)).toEqual([created[3], created[2]]);
  });

  test('an unknown cursor is a 400 naming starting_after', async () => {
    const { mock } = await mockWithKeys(1);
    const answer = await call<ErrorBody>(mock, 'GET', '/v1/api-keys?starting_after=key_0000000000000000');
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'validation_error', param: 'starting_after' });
    expect(codeOf(await call(mock, 'GET', '/v1/api-keys?starting_after=nope'))).toBe('validation_error');
  });

  test('filters apply before the page is cut, and has_more looks past filtered keys', async () => {
    const { mock, created } = await mockWithKeys(6);
    for (const id of [created[0], created[2], created[4]])
      await call(mock, 'PATCH', `/v1/api-keys/${id}`, { body: { status: 'inactive' } });
    const page = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?status=inactive&limit=2');
    expect(ids(page)).toEqual([created[4], created[2]]);
    expect(page.body.has_more).toBe(true);
    const last = await call<ApiKeyList>(
      mock,
      'GET',
      `/v1/api-keys?status=inactive&limit=2&starting_after=${page.body.next_cursor}`,
    );
    expect(ids(last)).toEqual([created[0]]);
    expect(last.body).toMatchObject({ has_more: false, next_cursor: null });
  });

  test('a page that ends exactly at the last key says has_more false', async () => {
    const mock = createMockApi({ now: NOW });
    const page = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=3');
    expect(page.body.data).toHaveLength(3);
    expect(page.body).toMatchObject({ has_more: false, next_cursor: null });
  });
});
