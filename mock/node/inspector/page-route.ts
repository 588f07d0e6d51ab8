/**
 * `GET /__mock/`: the inspector page, one HTML document with its script and style inline. It is
 * reached only past the controls' guard (a loopback peer, a local `Host`, no foreign `Origin`), and
 * answered with a Content-Security-Policy that lets it run exactly its own script and style (by
 * hash), talk to this origin only, load nothing else, and be framed by nobody.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { INSPECTOR_PAGE } from '../../generated/inspector-page.js';
import { newRequestId, sendError } from '../json-error.js';

/** The page's hashes, as the generated module carries them. */
export interface PageHashes {
  readonly scriptHash: string;
  readonly styleHash: string;
}

/**
 * The inspector's Content-Security-Policy: nothing by default; its own inline script and style by
 * hash; `fetch` to this origin (the controls); `data:` images for the empty icon that keeps the
 * browser from asking for `/favicon.ico`; no `<base>`, no form posting anywhere, no framing.
 *
 * @example
 * ```ts
 * res.setHeader('Content-Security-Policy', inspectorPolicy(INSPECTOR_PAGE));
 * ```
 */
export function inspectorPolicy(page: PageHashes): string {
  return [
    "default-src 'none'",
    `script-src '${page.scriptHash}'`,
    `style-src '${page.styleHash}'`,
    "connect-src 'self'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const HEADERS = [
  'content-type',
  'text/html; charset=utf-8',
  'content-security-policy',
  inspectorPolicy(INSPECTOR_PAGE),
  'x-content-type-options',
  'nosniff',
  'x-frame-options',
  'DENY',
  'referrer-policy',
  'no-referrer',
  'cross-origin-opener-policy',
  'same-origin',
  'cross-origin-resource-policy',
  'same-origin',
  'cache-control',
  'no-store',
];

/**
 * Answers a request for the page (`/__mock/`), already past the controls' guard. `/__mock` is sent
 * to `/__mock/`, so the page's relative world is one path.
 */
export function answerInspectorPage(req: IncomingMessage, res: ServerResponse, path: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(
      res,
      { status: 405, code: 'invalid_request', message: 'The inspector page accepts GET, HEAD.' },
      { headers: ['allow', 'GET, HEAD'] },
    );
    return;
  }
  if (!path.startsWith('/__mock/')) {
    res.writeHead(308, ['location', '/__mock/', 'content-length', '0', 'cache-control', 'no-store']);
    res.end();
    return;
  }
  const body = Buffer.from(INSPECTOR_PAGE.html, 'utf8');
  res.writeHead(200, [...HEADERS, 'content-length', String(body.length), 'x-request-id', newRequestId()]);
  res.end(req.method === 'HEAD' ? undefined : body);
}
