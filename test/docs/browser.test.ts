/**
 * Opens the built site in Debian's headless Chromium (driven by playwright-core; no browser is ever
 * downloaded): the pages load without console errors, the navigation reaches every guide, the
 * state diagram renders, and the search finds the mock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, assert, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, installedChromiumPath } from '../../scripts/runtimes/chromium.ts';
import { builtSite } from './site-build.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const GUIDES = [
  { title: 'Getting started', page: 'documents/Getting_started.html' },
  { title: 'Testing with the mock', page: 'documents/Testing_with_the_mock.html' },
  { title: 'Retries and rate limits', page: 'documents/Retries_and_rate_limits.html' },
  { title: 'Key lifecycle', page: 'documents/Key_lifecycle.html' },
  { title: 'Errors', page: 'documents/Errors.html' },
];

// Each stays undefined if beforeAll fails before starting it, so afterAll stops only what runs.
let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let profile: string | undefined;

beforeAll(async () => {
  const executablePath = installedChromiumPath();
  const site = await builtSite();
  if (site.exitCode !== 0) throw new Error(`The site did not build:\n${site.log}`);
  server = await serveStatic(site.dir);
  profile = mkdtempSync(join(tmpdir(), 'keysmith-docs-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
}, 300_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The served site and the browser that beforeAll started. */
function running(): { server: StaticServer; context: BrowserContext } {
  assert.exists(server, 'beforeAll serves the site');
  assert.exists(context, 'beforeAll starts Chromium');
  return { server, context };
}

/** Opens a page and records what went wrong while it loaded. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const { server, context } = running();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
  // The navigation and search are drawn by scripts once the page has loaded.
  await page.locator('#tsd-nav-container li').first().waitFor();
  return { page, problems };
}

describe('the site in Chromium', () => {
  test.each([
    'index.html',
    ...GUIDES.map((guide) => guide.page),
    'classes/keysmith.Keysmith.html',
    'functions/keysmith_mock.createMockApi.html',
  ])(
    '%s loads without console errors',
    async (path) => {
      const { page, problems } = await open(path);
      expect(await page.locator('h1').first().textContent()).not.toBe('');
      expect(problems).toEqual([]);
      await page.close();
    },
    60_000,
  );

  test('the navigation reaches every guide from the home page', async () => {
    const { page, problems } = await open('index.html');
    for (const guide of GUIDES) {
      await page.goto(`${running().server.origin}/index.html`);
      const link = page.locator('#tsd-nav-container a', { hasText: guide.title }).first();
      await link.waitFor();
      await link.click();
      await page.waitForURL(`**/${guide.page}`);
      expect(await page.locator('.col-content h1').first().textContent()).toBe(guide.title);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  test('the key lifecycle guide shows the state diagram as a picture', async () => {
    const { page, problems } = await open('documents/Key_lifecycle.html');
    const diagram = page.locator('img[src*="key-states.svg"]');
    await diagram.waitFor();
    const size = await diagram.evaluate((image: HTMLImageElement) => ({
      width: image.naturalWidth,
      height: image.naturalHeight,
      done: image.complete,
    }));
    expect(size.done).toBe(true);
    expect(size.width).toBeGreaterThan(500);
    expect(size.height).toBeGreaterThan(200);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('the search finds createMockApi', async () => {
    const { page, problems } = await open('index.html');
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('createMockApi');
    const hit = page.locator('#tsd-search-results li a', { hasText: 'createMockApi' }).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL('**/functions/keysmith_mock.createMockApi.html');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('asked the server for nothing it does not have', () => {
    expect(running().server.missing).toEqual([]);
  });
});
