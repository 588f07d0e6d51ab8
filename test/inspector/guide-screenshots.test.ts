/**
 * The testing guide shows the inspector in screenshots the test suite takes. Taking them is opt-in
 * (`npm run docs:screenshots` sets KEYSMITH_SCREENSHOTS=1), so a plain `npm test` never
 * rewrites a committed file; every run checks that the committed ones exist and are shown.
 * The mock they show is seeded and its clock frozen, and the browser's size, zone and locale are
 * fixed, so a re-take on the same machine gives the same pictures; one that differs from the
 * committed file by a shade of anti-aliasing leaves the file alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../docs/site-build.ts';
import { launchChromium } from './chromium.ts';
import { guideScenario } from './guide-scenario.ts';
import { openInspector } from './open-inspector.ts';
import { samePicture } from './same-picture.ts';

const GUIDE = 'docs/testing-with-the-mock.md';
const SCREENSHOTS = [
  { file: 'docs/inspector.png', colorScheme: 'light' as const, request: null },
  { file: 'docs/inspector-request-dark.png', colorScheme: 'dark' as const, request: 'POST /v1/api-keys' },
];
const WIDTH = 1280;
const HEIGHT = 800;

/**
 * A screenshot the page gives twice in a row, as Playwright's own `toHaveScreenshot` waits for: a
 * frame caught mid-change, or an edge rasterised a shade apart, is taken again.
 */
async function stableScreenshot(page: Page): Promise<Buffer> {
  const take = (): Promise<Buffer> => page.screenshot({ animations: 'disabled', caret: 'hide' });
  let last = await take();
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const next = await take();
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error('The page never gave the same screenshot twice in a row.');
}

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the inspector in the testing guide', () => {
  test.each(SCREENSHOTS)('$file is committed, 1280×800, and shown in the guide', ({ file }) => {
    expect(pngSize(readFileSync(join(ROOT, file)))).toEqual([WIDTH, HEIGHT]);
    const name = file.replace(/^docs\//, '');
    expect(readFileSync(join(ROOT, GUIDE), 'utf8')).toMatch(new RegExp(`!\\[[^\\]]+\\]\\(\\./${name}\\)`));
  });

  test.runIf(process.env.KEYSMITH_SCREENSHOTS === '1')(
    'takes the screenshots (KEYSMITH_SCREENSHOTS=1)',
    async () => {
      const server = await guideScenario();
      const browser = await launchChromium();
      try {
        for (const shot of SCREENSHOTS) {
          const { page, problems, close } = await openInspector(browser, server.url, {
            colorScheme: shot.colorScheme,
            locale: 'en-US',
            timezoneId: 'UTC',
            deviceScaleFactor: 1,
          });
          await page.locator('#requests-table tbody tr[data-request]').first().waitFor();
          if (shot.request !== null) {
            await page
              .locator('#requests-table tbody tr[data-request] button', { hasText: shot.request })
              .first()
              .click();
            await page.locator('#request-dialog').waitFor({ state: 'visible' });
          }
          expect(problems).toEqual([]);
          const path = join(ROOT, shot.file);
          const picture = await stableScreenshot(page);
          // A shade of anti-aliasing is no change: the committed file stays as it is.
          if (!existsSync(path) || !(await samePicture(browser, readFileSync(path), picture)))
            writeFileSync(path, picture);
          await close();
        }
      } finally {
        await browser.close();
        await server.close();
      }
    },
    60_000,
  );
});
