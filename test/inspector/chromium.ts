/**
 * Debian's headless Chromium for the inspector's tests, through playwright-core with the project's
 * flags; never a browser download. `rebound.test` resolves to 127.0.0.1, as a DNS-rebinding
 * attacker's name would, so a test can show what a page reached by a foreign name gets.
 */
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/runtimes/chromium.ts';

/** A name that resolves to this machine without being a local name. */
export const REBOUND_HOST = 'rebound.test';

function chromiumPath(): string {
  const found = spawnSync('which', ['chromium'], { encoding: 'utf8' }).stdout.trim();
  if (found === '') {
    throw new Error(
      "Chromium is not installed, and this test never downloads a browser. Install Debian's: apt-get update && apt-get install -y chromium",
    );
  }
  return found;
}

/** Starts the browser; close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${REBOUND_HOST} 127.0.0.1`],
  });
}
