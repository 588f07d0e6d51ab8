/**
 * Debian's Chromium, driven by playwright-core. Never a browser download: when `which chromium`
 * finds nothing, apt installs the distribution's package (CI runs as root on a fresh machine).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { run, runOrThrow } from './exec';
import { tempDir } from './paths';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// machine's closed network refuses; the rest keep a CI start quiet and deterministic.
/** The flags every headless Chromium of this project starts with. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function which(name: string): Promise<string | undefined> {
  const result = await run('which', [name], { timeoutMs: 10_000 });
  const path = result.stdout.trim();
  return result.code === 0 && path ? path : undefined;
}

/**
 * Path of the Chromium binary that is installed, for tests (which `npm test` provides through
 * scripts/ensure-test-tools.ts); throws a clear error when there is none, and never installs one.
 *
 * @example
 * const browser = await chromium.launch({ executablePath: installedChromiumPath(), args: CHROMIUM_ARGS });
 */
export function installedChromiumPath(): string {
  const found = spawnSync('which', ['chromium'], { encoding: 'utf8' }).stdout.trim();
  if (found === '') {
    throw new Error(
      "Chromium is not installed, and this test never downloads a browser. Install Debian's: apt-get update && apt-get install -y chromium",
    );
  }
  return found;
}

/**
 * Path of the Chromium binary, installed with apt-get when missing.
 *
 * @example
 * const executablePath = await ensureChromium();
 */
export async function ensureChromium(): Promise<{ path: string; installed: boolean }> {
  const found = await which('chromium');
  if (found) return { path: found, installed: false };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOrThrow('apt-get', ['update'], { env, timeoutMs: 300_000 });
  await runOrThrow('apt-get', ['install', '-y', 'chromium'], { env, timeoutMs: 600_000 });
  const path = await which('chromium');
  if (!path) throw new Error('apt-get installed chromium but `which chromium` still finds nothing');
  return { path, installed: true };
}

/**
 * A headless Chromium with a fresh, empty profile; close it to end the browser.
 *
 * @example
 * const context = await launchChromium(path);
 * const page = await context.newPage();
 */
export async function launchChromium(executablePath: string): Promise<BrowserContext> {
  const userDataDir = join(await tempDir('keysmith-chromium-'), 'profile');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
