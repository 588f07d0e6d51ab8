/**
 * The inspector page in Debian's headless Chromium, against a real `startMockServer`: it loads
 * cleanly, follows the mock live, never shows or fetches a secret, and its controls change the mock.
 */
import type { MockServer } from 'keysmith/mock/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { api, json, startServer } from '../server/helpers-controls.ts';
import { launchChromium, REBOUND_HOST } from './chromium.ts';
import { openInspector, type OpenInspector } from './open-inspector.ts';

const FULL_SECRET = /ks_(prod|stage|dev)_[0-9A-Za-z]{38}/;
/** The page polls twice a second: a change shows within one second. */
const LIVE_MS = 1000;
/** For what needs no particular speed: the first draw, on a machine that may be busy. */
const SETTLE_MS = 5000;

let server: MockServer | undefined;
let browser: Browser | undefined;
let open: OpenInspector | undefined;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await open?.close();
  open = undefined;
  running().server.mock.reset();
});

function running(): { server: MockServer; browser: Browser } {
  if (server === undefined || browser === undefined) throw new Error('beforeAll did not start the server and Chromium');
  return { server, browser };
}

async function inspector(): Promise<OpenInspector> {
  const { server, browser } = running();
  open = await openInspector(browser, server.url);
  return open;
}

interface Created {
  id: string;
  secret: string;
  masked_key: string;
}

async function createKey(body: Record<string, unknown> = {}): Promise<Created> {
  const res = await api(running().server, 'POST', '/v1/api-keys', { body: { name: 'ci', permissions: [], ...body } });
  return json<Created>(res);
}

describe('the inspector page', () => {
  test('loads with no console errors and no failed requests, and draws within a second', async () => {
    const { page, problems } = await inspector();
    await page.waitForTimeout(LIVE_MS);
    expect(problems).toEqual([]);
    const drawn = await page.evaluate(() => performance.getEntriesByName('keysmith-inspector:drawn')[0]?.startTime);
    expect(drawn).toBeLessThan(1000);
    expect(await page.locator('#keys-table tbody tr[data-key]').count()).toBe(1);
  });

  test('shows a key created over HTTP within a second, by its masked label; its secret is nowhere', async () => {
    const { page, problems, traffic } = await inspector();
    const key = await createKey({ name: 'made over HTTP' });
    const row = page.locator(`#keys-table tr[data-key="${key.id}"]`);
    await row.waitFor({ timeout: LIVE_MS });
    expect(await row.textContent()).toContain(key.masked_key);
    expect(await row.textContent()).toContain('made over HTTP');
    await api(running().server, 'GET', '/v1/me', { key: key.secret });
    await page
      .locator('#requests-table tbody tr[data-request]', { hasText: 'GET /v1/me' })
      .waitFor({ timeout: LIVE_MS });

    const admins = Object.values(running().server.mock.adminKeys);
    const dom = await page.content();
    const seen = await traffic();
    for (const secret of [key.secret, ...admins]) {
      expect(dom).not.toContain(secret);
      expect(seen).not.toContain(secret);
    }
    expect(dom).not.toMatch(FULL_SECRET);
    expect(seen).not.toMatch(FULL_SECRET);
    expect(seen).not.toContain('/__mock/keys');
    expect(problems).toEqual([]);
  });

  test('shows a key as expired once the clock, advanced from the page, passes its expiry', async () => {
    const key = await createKey({ expires_at: '2026-11-01T10:00:00Z' });
    const { page } = await inspector();
    const status = page.locator(`#keys-table tr[data-key="${key.id}"] .status`);
    await expect.poll(() => status.textContent(), { timeout: SETTLE_MS }).toBe('active');
    await page.locator('#advance-amount').fill('61');
    await page.locator('#advance-unit').selectOption({ label: 'min' });
    await page.getByRole('button', { name: 'Advance', exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: LIVE_MS }).toBe('expired');
    expect(running().server.mock.clock.now().toISOString()).toBe('2026-11-01T10:01:00.000Z');
    expect(await page.locator('#clock-now').textContent()).toBe('2026-11-01 10:01:00Z');
  });

  test('filters the request list by operation, status and key, showing only matching rows', async () => {
    const { server } = running();
    const key = await createKey({ permissions: ['keys:read'] });
    await api(server, 'GET', '/v1/me', { key: key.secret });
    await api(server, 'GET', '/v1/api-keys', { key: key.secret });
    await api(server, 'POST', '/v1/api-keys', { body: { name: '' } });
    await api(server, 'GET', '/v1/me');
    const { page } = await inspector();
    const rows = page.locator('#requests-table tbody tr[data-request]');
    await expect.poll(() => rows.count(), { timeout: SETTLE_MS }).toBe(5);
    const column = (index: number) => rows.locator(`td:nth-child(${index})`).allTextContents();

    await page.locator('#filter-operation').selectOption('createApiKey');
    await expect.poll(() => rows.count(), { timeout: LIVE_MS }).toBe(2);
    expect(new Set(await column(3))).toEqual(new Set(['createApiKey']));

    await page.locator('#filter-status').fill('400');
    await expect.poll(() => rows.count(), { timeout: LIVE_MS }).toBe(1);
    expect(await column(6)).toEqual(['400']);

    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => rows.count(), { timeout: LIVE_MS }).toBe(5);
    await page.locator('#filter-key').selectOption(key.id);
    await expect.poll(() => rows.count(), { timeout: LIVE_MS }).toBe(3);
    const involved = server.mock.requests.find({ keyId: key.id }).map((entry) => entry.requestId);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.request))).toEqual(
      involved.reverse(),
    );
  });

  test('resets the mock from the page: the keys made and the request log are gone', async () => {
    await createKey({ name: 'temporary' });
    const { page } = await inspector();
    const keys = page.locator('#keys-table tbody tr[data-key]');
    expect(await keys.count()).toBe(2);
    await page.getByRole('button', { name: 'Reset…' }).click();
    await page.locator('#reset-confirm').click();
    await expect.poll(() => keys.count(), { timeout: LIVE_MS }).toBe(1);
    await page.locator('#requests-table tbody tr.empty').waitFor({ timeout: LIVE_MS });
    expect(
      running()
        .server.mock.snapshot()
        .keys.map((key) => key.name),
    ).not.toContain('temporary');
    expect(running().server.mock.requests.all()).toEqual([]);
  });

  test('adds a targeted fault from the page, which the mock then holds', async () => {
    const key = await createKey();
    const { page } = await inspector();
    await page.locator('#fault-operation').selectOption('revokeApiKey');
    await page.locator('#fault-key').selectOption(key.id);
    await page.locator('#fault-count').fill('2');
    await page.getByRole('button', { name: 'Add fault' }).click();
    await expect
      .poll(() => page.locator('#faults-list li').allTextContents(), { timeout: LIVE_MS })
      .toEqual([`answer 503 to revokeApiKey, key ${key.masked_key}; 2 more`]);
    expect(running().server.mock.faults.list()).toEqual([
      { fault: { status: 503 }, operation: 'revokeApiKey', keyId: key.id, probability: 1, left: 2 },
    ]);
  });

  test('opens a request from the keyboard, shows its masked body and its answer, and closes on Escape', async () => {
    const stray = (await createKey()).secret;
    const created = await createKey({ name: stray });
    const { page } = await inspector();
    const opener = page.locator('#requests-table tbody tr[data-request] button').first();
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#request-dialog');
    await dialog.waitFor({ state: 'visible' });
    const [requestBody, answerBody] = await dialog.locator('pre').allTextContents();
    expect(requestBody).toContain(`"name": "ks_prod_••••${stray.slice(-4)}"`);
    expect(answerBody).toContain(`"id": "${created.id}"`);
    expect(answerBody).toContain(`"secret": "ks_prod_••••${created.secret.slice(-4)}"`);
    expect(await dialog.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['createApiKey', '201']));
    expect(await dialog.innerHTML()).not.toContain(stray);
    expect(await dialog.innerHTML()).not.toContain(created.secret.slice(8, 20));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  test('gives a page reached by a foreign name no page, and a page of another site no data', async () => {
    const { server, browser } = running();
    await createKey({ name: 'private' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const rebound = await page.goto(`http://${REBOUND_HOST}:${new URL(server.url).port}/__mock/`);
      expect(rebound?.status()).toBe(403);
      expect(await rebound?.headerValue('content-type')).toBe('application/json');
      expect(await page.locator('#keys-table').count()).toBe(0);

      await page.route('http://evil.test/', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<p>evil</p>' }),
      );
      await page.goto('http://evil.test/');
      const read = await page.evaluate(async (url) => {
        try {
          return await (await fetch(url)).text();
        } catch {
          return 'refused';
        }
      }, `${server.url}/__mock/api-keys`);
      expect(read).toBe('refused');
    } finally {
      await context.close();
    }
  });
});
