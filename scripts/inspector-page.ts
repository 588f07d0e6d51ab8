/**
 * Builds the mock's inspector page (`mock/node/inspector/page/`) into one HTML document with its
 * script and style inline, and writes it as a module, `mock/generated/inspector-page.ts`, with the
 * SHA-256 of each inline part for the page's Content-Security-Policy. `npm run generate` writes
 * it, `npm run check:generated` fails when it is stale.
 *
 * Checked in rather than built by `npm run build`, so that the server runs the same page from its
 * sources (tests, `npm start`) as from the package, with no build step and no file to find at run
 * time. esbuild bundles and minifies; its output is the same bytes for the same sources.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { KEY_STATUS_COLOURS } from '../mock/node/inspector/status-colours.ts';

/**
 * Where the built page goes, from the project root.
 *
 * @example
 * ```ts
 * const files = new Map([[INSPECTOR_PAGE_PATH, await inspectorPageModule(root, ['getMe'])]]);
 * ```
 */
export const INSPECTOR_PAGE_PATH = 'mock/generated/inspector-page.ts';

/** Browsers a developer runs today; the page uses `<dialog>`, `CSS.escape` and flex gaps. */
const TARGET = ['chrome111', 'edge111', 'firefox113', 'safari16.4'];

const BANNER = `/**
 * GENERATED from mock/node/inspector/page/ by \`npm run generate\` — do not edit by hand.
 * \`npm test\` fails when this file is stale.
 */
`;

/** The badge colours of the key statuses, from the palette the lifecycle diagram uses too. */
function statusCss(): string {
  return Object.entries(KEY_STATUS_COLOURS)
    .map(([status, { fill, stroke }]) => `.status.${status}{background:${fill};border-color:${stroke};color:${stroke}}`)
    .join('');
}

const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The page's script: main.ts and what it imports, as one minified IIFE. */
async function pageScript(root: URL, pageDir: URL, operationIds: readonly string[]): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('main.ts', pageDir))],
    absWorkingDir: fileURLToPath(root),
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: TARGET,
    charset: 'utf8',
    legalComments: 'none',
    define: { KEYSMITH_OPERATION_IDS: JSON.stringify(operationIds) },
    logLevel: 'silent',
    metafile: true,
  });
  // The page may import types from the server's side, never code: that would ship the mock in it.
  const pagePath = fileURLToPath(pageDir);
  const outside = Object.keys(result.metafile.inputs).filter(
    (input) => !input.startsWith('<define:') && !fileURLToPath(new URL(input, root)).startsWith(pagePath),
  );
  if (outside.length > 0)
    throw new Error(`The inspector page bundles code from outside its folder: ${outside.join(', ')}.`);
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild wrote no script for the inspector page.');
  return output.text.trim();
}

/**
 * The page as one document: the template with its style and script inline. `operationIds` are the
 * spec's, for the page's filters and fault form.
 */
export async function buildInspectorPage(
  root: URL,
  operationIds: readonly string[],
): Promise<{ html: string; script: string; style: string }> {
  const pageDir = new URL('mock/node/inspector/page/', root);
  const [template, css, script] = await Promise.all([
    readFile(new URL('index.html', pageDir), 'utf8'),
    readFile(new URL('inspector.css', pageDir), 'utf8'),
    pageScript(root, pageDir, operationIds),
  ]);
  const style = (await transform(css + statusCss(), { loader: 'css', minify: true, target: TARGET })).code.trim();
  // Text that would end the inline element early cannot be there; esbuild escapes it, this checks.
  if (/<\/script/i.test(script) || /<\/style/i.test(style))
    throw new Error('The inspector page would close its own inline element.');
  const html = template
    .replace(/\n\s*/g, '')
    .replace('<!--style-->', () => `<style>${style}</style>`)
    .replace('<!--script-->', () => `<script>${script}</script>`);
  return { html, script, style };
}

/** The generated module's text. */
export async function inspectorPageModule(root: URL, operationIds: readonly string[]): Promise<string> {
  const { html, script, style } = await buildInspectorPage(root, operationIds);
  return `${BANNER}
/** The mock's inspector page, with its script and style inline, and their hashes for its Content-Security-Policy. */
export const INSPECTOR_PAGE: { readonly html: string; readonly scriptHash: string; readonly styleHash: string } = {
  html: ${JSON.stringify(html)},
  scriptHash: '${sha256(script)}',
  styleHash: '${sha256(style)}',
};
`;
}
