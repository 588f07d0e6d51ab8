/**
 * Whether two PNGs show the same picture to the eye: the same size, and every pixel within a few
 * shades. Chromium now and then rasterises an anti-aliased edge one shade apart from one run to
 * the next; comparing this way keeps a re-take from rewriting a committed screenshot for that.
 * Decoded by the browser itself (a canvas), so the tests need no image library.
 */
import type { Browser } from 'playwright-core';

/** The largest difference, per colour channel, that still counts as the same pixel. */
const SHADES = 8;

/** Compares two PNG images in a blank page of `browser`. */
export async function samePicture(browser: Browser, first: Buffer, second: Buffer): Promise<boolean> {
  if (first.equals(second)) return true;
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ urls, shades }) => {
        const pixels = await Promise.all(
          urls.map(async (url) => {
            const bitmap = await createImageBitmap(await (await fetch(url)).blob());
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d');
            if (context === null) throw new Error('No 2D canvas.');
            context.drawImage(bitmap, 0, 0);
            return context.getImageData(0, 0, bitmap.width, bitmap.height);
          }),
        );
        const [a, b] = pixels;
        if (a === undefined || b === undefined || a.width !== b.width || a.height !== b.height) return false;
        return a.data.every((value, index) => Math.abs(value - (b.data[index] ?? -256)) <= shades);
      },
      {
        urls: [first, second].map((png) => `data:image/png;base64,${png.toString('base64')}`),
        shades: SHADES,
      },
    );
  } finally {
    await page.close();
  }
}
