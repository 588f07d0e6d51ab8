import { describe, expect, it } from 'vitest';
import { KeysmithError, type ApiKey } from 'keysmith';
import { FakeTime, json, keyRecord, scriptedFetch, testClient, apiError } from './helpers.js';

function page(ids: string[], next: string | null) {
  return json(200, { object: 'list', data: ids.map(keyRecord), has_more: next !== null, next_cursor: next });
}

function cursorsOf(fetch: ReturnType<typeof scriptedFetch>): (string | null)[] {
  return fetch.seen.map((s) => new URL(s.request.url).searchParams.get('starting_after'));
}

describe('keys.list pagination', () => {
  it('awaited, gives the first page as the API returned it', async () => {
    const fetch = scriptedFetch([page(['key_1', 'key_2'], 'key_2')]);
    const first = await testClient(fetch).keys.list({ limit: 2 });
    expect(first.data.map((k) => k.id)).toEqual(['key_1', 'key_2']);
    expect(first.has_more).toBe(true);
    expect(first.next_cursor).toBe('key_2');
    expect(first.object).toBe('list');
    expect(JSON.parse(JSON.stringify(first))).toEqual({
      object: 'list',
      data: [keyRecord('key_1'), keyRecord('key_2')],
      has_more: true,
      next_cursor: 'key_2',
    });
  });

  it('for await over list() yields every key across all pages, following next_cursor with the same filters', async () => {
    const fetch = scriptedFetch([
      page(['key_1', 'key_2'], 'key_2'),
      page(['key_3', 'key_4'], 'key_4'),
      page(['key_5'], null),
    ]);
    const ids: string[] = [];
    for await (const key of testClient(fetch).keys.list({ limit: 2, status: 'active' })) ids.push(key.id);
    expect(ids).toEqual(['key_1', 'key_2', 'key_3', 'key_4', 'key_5']);
    expect(cursorsOf(fetch)).toEqual([null, 'key_2', 'key_4']);
    expect(fetch.seen.every((s) => new URL(s.request.url).search.includes('limit=2&status=active'))).toBe(true);
  });

  it('for await over an awaited page continues through the later pages', async () => {
    const fetch = scriptedFetch([page(['key_1'], 'key_1'), page(['key_2'], null)]);
    const first = await testClient(fetch).keys.list();
    const ids: string[] = [];
    for await (const key of first) ids.push(key.id);
    expect(ids).toEqual(['key_1', 'key_2']);
  });

  it('hasNextPage and getNextPage walk page by page, and the last page has none', async () => {
    const fetch = scriptedFetch([page(['key_1'], 'key_1'), page(['key_2'], null)]);
    const first = await testClient(fetch).keys.list();
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data.map((k) => k.id)).toEqual(['key_2']);
    expect(second.hasNextPage()).toBe(false);
    expect(() => second.getNextPage()).toThrow(KeysmithError);
  });

  it('iterPages yields each page once', async () => {
    const fetch = scriptedFetch([page(['key_1'], 'key_1'), page(['key_2'], 'key_2'), page([], null)]);
    const sizes: number[] = [];
    for await (const p of (await testClient(fetch).keys.list()).iterPages()) sizes.push(p.data.length);
    expect(sizes).toEqual([1, 1, 0]);
  });

  it('fetches no further page when the loop stops early', async () => {
    const fetch = scriptedFetch([page(['key_1', 'key_2'], 'key_2'), page(['key_3'], null)]);
    let first: ApiKey | undefined;
    for await (const key of testClient(fetch).keys.list()) {
      first = key;
      break;
    }
    expect(first?.id).toBe('key_1');
    expect(fetch.seen).toHaveLength(1);
  });

  it('stops with an error instead of looping when the API repeats a cursor', async () => {
    const fetch = scriptedFetch([page(['key_1'], 'key_1'), page(['key_1'], 'key_1'), page(['key_1'], 'key_1')]);
    const ids: string[] = [];
    const loop = async () => {
      for await (const key of testClient(fetch).keys.list()) ids.push(key.id);
    };
    await expect(loop()).rejects.toThrow('The API returned the cursor key_1 twice');
    expect(fetch.seen).toHaveLength(2);
  });

  it('stops when has_more is true but there is no cursor', async () => {
    const fetch = scriptedFetch([
      json(200, { object: 'list', data: [keyRecord('key_1')], has_more: true, next_cursor: null }),
    ]);
    const ids: string[] = [];
    for await (const key of testClient(fetch).keys.list()) ids.push(key.id);
    expect(ids).toEqual(['key_1']);
  });

  it('applies the call options to every page, and a failing page fails the loop with its typed error', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([page(['key_1'], 'key_1'), apiError(500, 'internal_error')], time);
    const loop = async () => {
      for await (const key of testClient(fetch, time).keys.list({}, { maxRetries: 0 })) expect(key.id).toBe('key_1');
    };
    await expect(loop()).rejects.toMatchObject({ name: 'InternalServerError' });
    expect(fetch.seen).toHaveLength(2);
    expect(time.sleeps).toEqual([]);
  });

  it('withResponse on list gives the page with its response', async () => {
    const fetch = scriptedFetch([page(['key_1'], null)]);
    const { data, requestId } = await testClient(fetch).keys.list().withResponse();
    expect(data.data).toHaveLength(1);
    expect(requestId).toBe('req_200');
  });
});
