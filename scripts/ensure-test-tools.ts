/**
 * `npm test` needs two programs from Debian's packages: Chromium (the docs site's browser test)
 * and curl (the curl example). Installs whichever is missing with apt-get, so a fresh machine
 * passes `npm install && npm test` with nothing done by hand. Never downloads a browser.
 */
import { ensureChromium } from './runtimes/chromium';
import { run, runOrThrow } from './runtimes/exec';

const chromium = await ensureChromium();
if (chromium.installed) console.log(`installed chromium (${chromium.path}) with apt-get`);
if ((await run('which', ['curl'], { timeoutMs: 10_000 })).code !== 0) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOrThrow('apt-get', ['update'], { env, timeoutMs: 300_000 });
  await runOrThrow('apt-get', ['install', '-y', 'curl'], { env, timeoutMs: 300_000 });
  console.log('installed curl with apt-get');
}
