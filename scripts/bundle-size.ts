/**
 * `npm run size`: what the SDK costs a browser bundle. esbuild bundles `keysmith`'s ESM entry
 * (dist/index.js, openapi-fetch included), minified, for the browser; the result is gzipped and
 * compared with the budget. The same measure of openapi-fetch alone, ky and the openai SDK's
 * client is printed beside it for comparison. Exits 1 above the budget.
 *
 * Flags: `--no-build` measures the dist/ there is; `--why` adds where the bytes go, per source file
 * (a bundle of src/index.ts, since dist/index.js is one file).
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BROWSER_BUILD, browserBundleSize, BUDGET_BYTES, type BundleSize } from './browser-bundle-size';
import { runOrThrow } from './runtimes/exec';
import { repoRoot } from './runtimes/paths';

type Measure = BundleSize;

const measure = (name: string, contents: string): Promise<Measure> => browserBundleSize(name, contents, repoRoot);

/** Minified bytes per input file of the SDK built from its sources, largest first. */
async function contributors(): Promise<[string, number][]> {
  const result = await build({
    ...BROWSER_BUILD,
    entryPoints: [join(repoRoot, 'src', 'index.ts')],
    metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0];
  if (!output) return [];
  return Object.entries(output.inputs)
    .map(([file, input]): [string, number] => [file, input.bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;
const inBytes = (count: number): string => `${count.toLocaleString('en-US')} B`;

async function main(): Promise<number> {
  const entry = join(repoRoot, 'dist', 'index.js');
  if (!process.argv.includes('--no-build'))
    await runOrThrow('npm', ['run', 'build', '--silent'], { cwd: repoRoot, timeoutMs: 300_000 });
  await access(entry);
  const sdk = JSON.stringify(entry);
  const measures = await Promise.all([
    measure('keysmith (whole ESM entry)', `export * from ${sdk};`),
    measure('keysmith ({ Keysmith } only)', `export { Keysmith } from ${sdk};`),
    measure('openapi-fetch', `export * from 'openapi-fetch'; export { default } from 'openapi-fetch';`),
    measure('ky', `export { default } from 'ky';`),
    measure('openai (OpenAI client)', `export { OpenAI } from 'openai';`),
  ]);
  const width = Math.max(...measures.map((m) => m.name.length)) + 2;
  console.log(`${'bundle (esbuild, minified, browser)'.padEnd(width)}${'min'.padStart(11)}${'min+gzip'.padStart(11)}`);
  for (const m of measures)
    console.log(`${m.name.padEnd(width)}${kB(m.minified).padStart(11)}${kB(m.gzipped).padStart(11)}`);
  const whole = measures[0];
  if (!whole) throw new Error('no measure of keysmith');
  if (process.argv.includes('--why')) {
    console.log('\nwhere the minified bytes go (src/index.ts bundled):');
    for (const [file, bytes] of await contributors()) console.log(`${kB(bytes).padStart(10)}  ${file}`);
  }
  const within = whole.gzipped <= BUDGET_BYTES;
  console.log(
    // In bytes: the size sits close enough to the budget that kB with two decimals could hide which side it is on.
    `\nbudget: ${inBytes(BUDGET_BYTES)} min+gzip for the whole entry → ${inBytes(whole.gzipped)} (${within ? 'within' : 'OVER'} by ${inBytes(Math.abs(BUDGET_BYTES - whole.gzipped))})`,
  );
  return within ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
