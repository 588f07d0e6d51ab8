/**
 * The Chromium row: a `keysmith-mock` server (under the machine's Node), the page server, and a
 * headless Chromium that loads the bundled suite and runs its three cells.
 */
import type { CellReport } from '../../test/runtimes/report';
import { launchChromium } from './chromium';
import { startCliServer } from './cli-server';
import { startPageServer, type PageServer } from './page-server';
import type { Runtime } from './runtimes';

/** What the Chromium row produced. */
export interface BrowserRun {
  reports: CellReport[];
  /** How the page reached the server: directly (CORS) or through the page server's proxy. */
  httpMode: 'cors' | 'same-origin proxy';
  /** Console errors and page errors, for a failure's diagnosis. */
  log: string[];
}

const PAGE_LIMIT_MS = 120_000;

// `evaluate` has no timeout of its own; a hung page must not hang the matrix.
function withLimit<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`the page gave no answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([promise, limit]).finally(() => {
    clearTimeout(timer);
  });
}

/** Whether the server answers a browser's preflight for an authenticated cross-origin GET. */
async function allowsCrossOrigin(serverOrigin: string): Promise<boolean> {
  const response = await fetch(`${serverOrigin}/v1/me`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://127.0.0.1:1',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization,keysmith-version',
    },
  });
  const allowed = response.headers.get('access-control-allow-origin');
  return allowed === '*' || allowed === 'http://127.0.0.1:1';
}

/**
 * @example
 * const { reports } = await runInChromium({ chromiumPath, node: node20, consumerDir, www });
 */
export async function runInChromium(options: {
  chromiumPath: string;
  node: Runtime;
  consumerDir: string;
  www: string;
}): Promise<BrowserRun> {
  const log: string[] = [];
  const server = await startCliServer(options.node, options.consumerDir);
  let page: PageServer | undefined;
  try {
    const cors = await allowsCrossOrigin(server.origin);
    // The `/__mock/` controls never answer cross-origin (a page must not drive a developer's
    // mock), so the page always reaches them through its own server's proxy; the API goes
    // straight to the mock server when it allows CORS.
    page = await startPageServer(options.www, new URL(server.origin));
    const origins = { api: cors ? server.origin : page.origin, controls: page.origin };
    const context = await launchChromium(options.chromiumPath);
    try {
      const tab = await context.newPage();
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          log.push(`console.${message.type()}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
      await tab.goto(`${page.origin}/`, { timeout: PAGE_LIMIT_MS });
      await tab.waitForFunction(() => typeof window.keysmithSmoke === 'function', undefined, {
        timeout: PAGE_LIMIT_MS,
      });
      tab.setDefaultTimeout(PAGE_LIMIT_MS);
      const reports = await withLimit(
        tab.evaluate(async ({ api, controls }) => {
          const smoke = window.keysmithSmoke;
          if (!smoke) throw new Error('the page did not load the smoke suite');
          return smoke(api, controls);
        }, origins),
        PAGE_LIMIT_MS,
      );
      return { reports, httpMode: cors ? 'cors' : 'same-origin proxy', log };
    } finally {
      await context.close();
    }
  } finally {
    await page?.close();
    await server.stop();
  }
}
