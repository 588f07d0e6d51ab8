/**
 * Measure 6a — browser bundle, min+gzip: Keysmith's SDK entry (openapi-fetch included) and the
 * peers, each bundled by esbuild for the browser, minified, gzipped at level 9 (the approach of
 * `scripts/bundle-size.ts`, applied to the sources). Deterministic: one figure each.
 *
 * Goal: Keysmith ≤ 7 kB (7,000 B), the CI budget of `npm run size` (issue 6 set 6,000 B; issues 12
 * and 17 moved it to 7,000 B to pay for readable code and the features users reach for).
 *
 * Run alone: `npx tsx bench/bundle-size.ts`.
 */
import { BUDGET_BYTES } from '../scripts/browser-bundle-size.ts';
import { browserBundleSize, SDK_ENTRY, type BundleSize } from './lib/bundle.ts';
import { checkGoal, isMain, printResult, type MeasureResult, type Row } from './lib/result.ts';

const sdk = JSON.stringify(SDK_ENTRY);
const CONTENDERS: [name: string, contents: string][] = [
  ['keysmith (whole entry)', `export * from ${sdk};`],
  ['keysmith ({ Keysmith } only)', `export { Keysmith } from ${sdk};`],
  ['openapi-fetch', `export * from 'openapi-fetch'; export { default } from 'openapi-fetch';`],
  ['ofetch', `export { ofetch, createFetch } from 'ofetch';`],
  ['ky', `export { default } from 'ky';`],
  ['stripe', `export { default } from 'stripe';`],
  ['openai', `export { OpenAI } from 'openai';`],
];

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureBundleSize();
 * ```
 */
export async function measureBundleSize(): Promise<MeasureResult> {
  const notes: string[] = [];
  const sizes: BundleSize[] = [];
  for (const [name, contents] of CONTENDERS) {
    try {
      sizes.push(await browserBundleSize(name, contents));
    } catch (error) {
      notes.push(`${name} did not bundle for the browser: ${String(error).split('\n')[0]}`);
    }
  }
  const reference = sizes.find((size) => size.name === 'openapi-fetch');
  const rows: Row[] = sizes.map((size) => {
    const kB = size.gzipped / 1000;
    return {
      name: size.name,
      summary: { median: kB, min: kB, max: kB, count: 1 },
      ratio: reference === undefined ? undefined : size.gzipped / reference.gzipped,
      note: `${size.gzipped.toLocaleString('en-US')} B gzipped, ${(size.minified / 1000).toFixed(1)} kB minified`,
      ours: size.name.startsWith('keysmith'),
    };
  });
  const whole = sizes.find((size) => size.name === 'keysmith (whole entry)');
  return {
    id: 'bundle',
    title: '6a. Browser bundle, min+gzip (esbuild, es2022)',
    unit: 'kB',
    reference: 'openapi-fetch',
    higherIsBetter: false,
    rows,
    // In bytes, not kB: the figure sits close enough to the bound that two decimals would hide which side it is on.
    goals: [
      checkGoal(
        '5a',
        'keysmith SDK (openapi-fetch included) ≤ 7 kB (7,000 B) min+gzip',
        whole?.gzipped ?? Number.NaN,
        BUDGET_BYTES,
        'max',
        ' B',
      ),
    ],
    chartGoal: reference === undefined ? undefined : { ratio: BUDGET_BYTES / reference.gzipped, id: '5a' },
    notes,
  };
}

if (isMain(import.meta.url)) printResult(await measureBundleSize());
