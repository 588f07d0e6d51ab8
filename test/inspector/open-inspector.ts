/**
 * Opens the inspector in a fresh browser context and records what a test asserts on: what went
 * wrong (console errors, page exceptions, failed or refused requests) and every byte of traffic
 * (URLs, request bodies, response bodies), so a test can say a secret was never sent.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** An open inspector and what its page has done so far. */
export interface OpenInspector {
  page: Page;
  /** Console errors, exceptions, failed requests and answers of 400 or more. */
  problems: string[];
  /** Every URL, request body and response body of the page so far (waits for bodies still arriving). */
  traffic: () => Promise<string>;
  close: () => Promise<void>;
}

/** Opens `${origin}/__mock/` at 1280×800 and waits until it shows live data. */
export async function openInspector(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<OpenInspector> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const bodies: Promise<string>[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('request', (request) => bodies.push(Promise.resolve(`${request.url()}\n${request.postData() ?? ''}`)));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    bodies.push(response.text().catch(() => ''));
  });
  await page.goto(`${origin}/__mock/`);
  await page.locator('#live', { hasText: /^Live$/ }).waitFor();
  return {
    page,
    problems,
    traffic: async () => (await Promise.all(bodies)).join('\n'),
    close: () => context.close(),
  };
}
