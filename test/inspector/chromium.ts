/**
 * Debian's headless Chromium for the inspector's tests, through playwright-core with the project's
 * flags; never a browser download. `rebound.test` resolves to 127.0.0.1, as a DNS-rebinding
 * attacker's name would, so a test can show what a page reached by a foreign name gets.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, installedChromiumPath } from '../../scripts/runtimes/chromium.ts';

/** A name that resolves to this machine without being a local name. */
export const REBOUND_HOST = 'rebound.test';

/** Starts the browser; close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: installedChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${REBOUND_HOST} 127.0.0.1`],
  });
}
