/**
 * Pagination: one page at a time, page by page, or every key with `for await`.
 *
 * Run it with `npx tsx examples/pagination.ts` (against an in-process mock).
 *
 * @module
 */
import { Keysmith, type FetchLike } from 'keysmith';
import { createMockApi } from 'keysmith/mock';

/**
 * Where the example sends its requests, and how many keys it creates first.
 *
 * @example
 * ```ts
 * const options: PaginationOptions = { apiKey: process.env.KEYSMITH_API_KEY ?? '', create: 0 };
 * ```
 */
export interface PaginationOptions {
  /** A key that holds `keys:*` (an admin key). */
  apiKey: string;
  /** Leave it out to use the key's environment. */
  baseUrl?: string;
  /** Leave it out to use the global `fetch`. */
  fetch?: FetchLike;
  /** Keys to create before listing, so there is more than one page. @default 23 */
  create?: number;
  /** Where progress goes. */
  log?: (line: string) => void;
}

/**
 * What each way of paging saw.
 *
 * @example
 * ```ts
 * const { pages, total } = await main({ apiKey });
 * ```
 */
export interface PaginationResult {
  /** Keys on the first page. */
  firstPage: number;
  /** Pages walked by hand with `hasNextPage()` / `getNextPage()`. */
  pages: number;
  /** Keys seen by `for await` over the list. */
  total: number;
  /** Pages seen by `iterPages()`. */
  iteratedPages: number;
}

/**
 * Creates some keys, then lists the environment's active keys three ways, 10 per page.
 *
 * @example
 * ```ts
 * await main({ apiKey: process.env.KEYSMITH_API_KEY ?? '', create: 0 });
 * ```
 */
export async function main({
  apiKey,
  baseUrl,
  fetch,
  create = 23,
  log = console.log,
}: PaginationOptions): Promise<PaginationResult> {
  const client = new Keysmith({ apiKey, baseUrl, fetch });
  for (let n = 1; n <= create; n++) await client.keys.create({ name: `batch-${n}`, permissions: ['keys:read'] });
  const filters = { limit: 10, status: 'active', environment: client.environment } as const;

  // 1. One page: the API's list body plus a cursor.
  const first = await client.keys.list(filters);
  log(`First page: ${first.data.length} keys, has_more=${first.has_more}, next_cursor=${first.next_cursor ?? 'null'}`);

  // 2. Page by page, by hand (say, to render "next" buttons).
  let page = first;
  let pages = 1;
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    pages++;
  }
  log(`Walked ${pages} pages by hand`);

  // 3. Every key: `for await` fetches the next page when the loop needs it.
  let total = 0;
  for await (const key of client.keys.list(filters)) {
    if (total < 3) log(`  ${key.masked_key}  ${key.name}`);
    total++;
  }
  log(`for await saw ${total} keys`);

  // 4. Every page, when you want the batches.
  let iteratedPages = 0;
  for await (const batch of first.iterPages()) {
    iteratedPages++;
    log(`  page ${iteratedPages}: ${batch.data.length} keys`);
  }
  return { firstPage: first.data.length, pages, total, iteratedPages };
}

if (process.argv[1] !== undefined && import.meta.url === new URL(process.argv[1], 'file:').href) {
  const mock = createMockApi();
  await main({ apiKey: mock.adminKey, fetch: (request) => mock.fetch(request) });
}
