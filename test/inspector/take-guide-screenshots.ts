/**
 * `npm run docs:screenshots`: takes the inspector's screenshots shown in the testing guide, from
 * the suite's seeded scenario (frozen clock) in Debian's Chromium at a fixed size, zone and
 * locale, so a re-take on the same machine gives the same pictures. A picture that differs from
 * the committed file by a shade of anti-aliasing leaves the file alone.
 * `guide-screenshots.test.ts` checks the committed files in every `npm test`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ROOT } from '../docs/site-build.ts';
import { launchChromium } from './chromium.ts';
import { guideScenario } from './guide-scenario.ts';
import { openInspector } from './open-inspector.ts';
import { samePicture } from './same-picture.ts';

/** The screenshots, where they go, and what each shows. */
export const GUIDE_SCREENSHOTS = [
  { file: 'docs/inspector.png', colorScheme: 'light' as const, request: null },
  { file: 'docs/inspector-request-dark.png', colorScheme: 'dark' as const, request: 'POST /v1/api-keys' },
];
export const SCREENSHOT_WIDTH = 1280;
export const SCREENSHOT_HEIGHT = 800;

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

/** Takes every screenshot, writing those that changed. */
async function takeGuideScreenshots(): Promise<void> {
  const server = await guideScenario();
  const browser = await launchChromium();
  try {
    for (const shot of GUIDE_SCREENSHOTS) {
      const { page, problems, close } = await openInspector(browser, server.url, {
        colorScheme: shot.colorScheme,
        locale: 'en-US',
        timezoneId: 'UTC',
        deviceScaleFactor: 1,
      });
      await page.locator('#requests-table tbody tr[data-request]').first().waitFor();
      if (shot.request !== null) {
        await page.locator('#requests-table tbody tr[data-request] button', { hasText: shot.request }).first().click();
        await page.locator('#request-dialog').waitFor({ state: 'visible' });
      }
      if (problems.length > 0) throw new Error(`The page had problems: ${problems.join('; ')}`);
      const path = join(ROOT, shot.file);
      const picture = await stableScreenshot(page);
      // A shade of anti-aliasing is no change: the committed file stays as it is.
      if (!existsSync(path) || !(await samePicture(browser, readFileSync(path), picture))) writeFileSync(path, picture);
      await close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await takeGuideScreenshots();
