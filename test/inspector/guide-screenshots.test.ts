/**
 * The testing guide shows the inspector in screenshots taken by `npm run docs:screenshots`
 * (test/inspector/take-guide-screenshots.ts, with the suite's own scenario and browser). A plain
 * `npm test` never rewrites a committed file: it checks that the committed ones exist, have the
 * size they are taken at, and are shown in the guide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../docs/site-build.ts';
import { GUIDE_SCREENSHOTS, SCREENSHOT_HEIGHT, SCREENSHOT_WIDTH } from './take-guide-screenshots.ts';

const GUIDE = 'docs/testing-with-the-mock.md';

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the inspector in the testing guide', () => {
  test.each(GUIDE_SCREENSHOTS)('$file is committed, 1280×800, and shown in the guide', ({ file }) => {
    expect(pngSize(readFileSync(join(ROOT, file)))).toEqual([SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT]);
    const name = file.replace(/^docs\//, '');
    expect(readFileSync(join(ROOT, GUIDE), 'utf8')).toMatch(new RegExp(`!\\[[^\\]]+\\]\\(\\./${name}\\)`));
  });
});
