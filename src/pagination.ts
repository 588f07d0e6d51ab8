/**
 * Cursor pagination: a page is the API's list body plus a way to the next page, and iterating it
 * with `for await` walks every item of every later page.
 *
 * @module
 */
import type { ApiPromise } from './api-promise.js';
import { KeysmithError } from './errors.js';

/**
 * One page of a list: `data`, `has_more` and `next_cursor` as the API returns them (and as
 * `JSON.stringify` writes them: they are the page's only enumerable fields).
 * `for await` over a page yields its items and then those of every following page.
 *
 * @example
 * ```ts
 * const page = await client.keys.list({ limit: 50 });
 * console.log(page.data.length, page.has_more);
 * if (page.hasNextPage()) console.log((await page.getNextPage()).data);
 * for await (const key of page) console.log(key.id); // this page and all later ones
 * ```
 */
export class Page<Item> implements AsyncIterable<Item> {
  /** Always `"list"`, as in the API's body. */
  readonly object = 'list' as const;
  /** The items of this page. */
  readonly data: Item[];
  /** Whether another page follows. */
  readonly has_more: boolean;
  /** The cursor of the next page, or `null` on the last page. */
  readonly next_cursor: string | null;
  readonly #fetchAfter: (cursor: string) => PagePromise<Item>;

  /** @internal */
  constructor(
    body: { data: Item[]; has_more: boolean; next_cursor: string | null },
    fetchAfter: (cursor: string) => PagePromise<Item>,
  ) {
    // Only the known fields: the page serialises as the API's list body, and nothing else of the
    // body (a `__proto__` key, say) reaches the object.
    this.data = body.data;
    this.has_more = body.has_more;
    this.next_cursor = body.next_cursor;
    this.#fetchAfter = fetchAfter;
  }

  /**
   * Whether {@link getNextPage} has a page to fetch.
   *
   * @example
   * ```ts
   * let page = await client.keys.list();
   * while (page.hasNextPage()) page = await page.getNextPage();
   * ```
   */
  hasNextPage(): boolean {
    return this.has_more && this.next_cursor !== null;
  }

  /**
   * Fetches the next page, with the same filters and request options.
   *
   * @throws {@link KeysmithError} on the last page.
   * @example
   * ```ts
   * const second = await (await client.keys.list({ limit: 10 })).getNextPage();
   * ```
   */
  getNextPage(): PagePromise<Item> {
    const cursor = this.next_cursor;
    if (!this.has_more || cursor === null) {
      throw new KeysmithError('This is the last page: check hasNextPage() before calling getNextPage().');
    }
    return this.#fetchAfter(cursor);
  }

  /**
   * This page and every following page, one request per page.
   *
   * @example
   * ```ts
   * for await (const page of (await client.keys.list()).iterPages()) console.log(page.data.length);
   * ```
   */
  async *iterPages(): AsyncGenerator<Page<Item>, void, undefined> {
    yield this;
    const seen = new Set<string>();
    let next = nextPageOf(this, seen);
    while (next !== undefined) {
      const page = await next;
      yield page;
      next = nextPageOf(page, seen);
    }
  }

  /** Every item of this page and of the pages after it. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * The request for the page after `page`, or `undefined` on the last page. Iterating is bounded by
 * the server's cursors, so a cursor seen twice (an endless loop) stops it with an error.
 */
function nextPageOf<Item>(page: Page<Item>, seen: Set<string>): PagePromise<Item> | undefined {
  const cursor = page.next_cursor;
  if (!page.has_more || cursor === null) return undefined;
  if (seen.has(cursor)) {
    throw new KeysmithError(`The API returned the cursor ${cursor} twice; stopping instead of looping.`);
  }
  seen.add(cursor);
  return page.getNextPage();
}

/**
 * What `keys.list()` returns: await it for the first {@link Page}, or `for await` over it for every
 * item across all pages.
 *
 * @example
 * ```ts
 * const first = await client.keys.list({ status: 'active' });
 * for await (const key of client.keys.list({ status: 'active' })) console.log(key.name);
 * ```
 */
export interface PagePromise<Item> extends ApiPromise<Page<Item>>, AsyncIterable<Item> {}

/**
 * Makes `page` a {@link PagePromise}.
 *
 * @internal
 */
export function pagePromise<Item>(page: ApiPromise<Page<Item>>): PagePromise<Item> {
  return Object.assign(page, {
    /** Every item of every page, fetching pages as the loop needs them. */
    async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
      yield* await page;
    },
  });
}
