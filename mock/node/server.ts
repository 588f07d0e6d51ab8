/**
 * The `node:http` server around a mock: routes the `/__mock/` controls, reads the body, takes the
 * environment from the path prefix and hands the call to the mock (by its direct entry when it
 * offers one, see `../adapters/direct-entry.ts`, else `mock.fetch`), and turns every failure into
 * a JSON error (or, for an injected network fault, a reset connection) without ever crashing.
 */
import { createServer, maxHeaderSize, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Environment, MockApi } from '../types.js';
import { directEntryOf, type DirectEntry } from '../adapters/direct-entry.js';
import type { MockAnswer } from '../pipeline/mock-answer.js';
import { handleControl, isControlPath } from './control-routes.js';
import { applyCors } from './cors.js';
import { landOnServer, serverBaseUrls } from './environment-prefix.js';
import { fromResponse, requestPath, toMockCall, toRequest, writeAnswer } from './http-adapter.js';
import { rawErrorResponse, sendError, type HttpError } from './json-error.js';
import { BODY_LIMIT, TOO_LARGE, announcesTooLarge, hasBody, readBody } from './read-body.js';

/**
 * Where the server listens.
 *
 * @example
 * ```ts
 * const listen: ListenOptions = { port: 0, host: '127.0.0.1', onError: (error) => console.error(error) };
 * ```
 */
export interface ListenOptions {
  /**
   * The port; `0` picks a free one (read it back from `url`).
   * @default 0
   */
  port?: number;
  /**
   * The interface to bind. Keep the default unless other machines must reach the mock: the
   * controls answer loopback peers only, but the API itself answers anyone who can connect.
   * @default '127.0.0.1'
   */
  host?: string;
  /** Called with any unexpected exception (answered as a 500); defaults to ignoring it. */
  onError?: (error: unknown) => void;
}

/**
 * A running mock server.
 *
 * @example
 * ```ts
 * const server: MockServer = await startMockServer();
 * await fetch(`${server.urls.development}/v1/me`, { headers: { Authorization: `Bearer ${server.mock.adminKeys.development}` } });
 * await server.close();
 * ```
 */
export interface MockServer {
  /** The production base URL (the root of the port), e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The base URL of each environment: production at the root, the others under `/staging`, `/development`. */
  urls: Record<Environment, string>;
  /** The mock served: its controls work in-process as well as over `/__mock/`. */
  mock: MockApi;
  /** Stops listening and drops open connections. Safe to call twice. */
  close(): Promise<void>;
}

const PAYLOAD_TOO_LARGE: HttpError = {
  status: 413,
  code: 'payload_too_large',
  message: `The request body is larger than ${BODY_LIMIT} bytes.`,
};

/**
 * Methods `Request` refuses that Node's parser lets through (it rejects `TRACK` itself, and
 * `CONNECT` has its own event); answered here so both ways into the core agree.
 */
const UNSUPPORTED_METHODS = new Set(['TRACE']);

interface ServerState {
  mock: MockApi | undefined;
  /** The mock's direct entry, when it offers one. */
  directEntry: DirectEntry | undefined;
  /** Where each environment's requests go in the core: the mock's own base URLs. */
  targets: Record<Environment, string>;
  urls: Record<Environment, string>;
  onError: (error: unknown) => void;
}

/**
 * Starts a server and then makes the mock it serves, since the mock's base URLs contain the port
 * (known only once listening). Requests are routed by path prefix to `mock.baseUrls`, so a mock made
 * with other base URLs is served correctly too.
 */
export async function listenMockServer(
  createMock: (urls: Record<Environment, string>) => MockApi,
  options: ListenOptions = {},
): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const state: ServerState = {
    mock: undefined,
    directEntry: undefined,
    targets: serverBaseUrls(''),
    urls: serverBaseUrls(''),
    onError: options.onError ?? (() => {}),
  };
  // A request without Host would otherwise get Node's body-less 400.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    answer(req, res, state);
  });
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (announcesTooLarge(req)) {
      refuseTooLarge(req, res);
      return;
    }
    res.writeContinue();
    answer(req, res, state);
  });
  server.on('clientError', answerUnparsable);
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.end(rawErrorResponse({ status: 405, code: 'invalid_request', message: 'CONNECT is not supported.' }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Once listening, a server error (say, out of file descriptors) is reported, never thrown.
  server.on('error', state.onError);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    }));

  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  const url = formatOrigin(host, port);
  state.urls = serverBaseUrls(url);
  try {
    const mock = createMock(state.urls);
    state.targets = withoutTrailingSlash(mock.baseUrls);
    state.directEntry = directEntryOf(mock);
    state.mock = mock;
    return { url, urls: state.urls, mock, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The origin clients should use: a wildcard bind is reached over loopback, an IPv6 literal in brackets. */
export function formatOrigin(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

function answer(req: IncomingMessage, res: ServerResponse, state: ServerState): void {
  handle(req, res, state).catch((error: unknown) => {
    state.onError(error);
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    sendError(res, { status: 500, code: 'internal_error', message: 'An internal error occurred. Retry the request.' });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, state: ServerState): Promise<void> {
  const { mock } = state;
  if (mock === undefined) {
    sendError(res, { status: 503, code: 'service_unavailable', message: 'The mock is starting. Retry shortly.' });
    return;
  }
  const path = requestPath(req.url ?? '');
  if (path === null) {
    sendError(res, {
      status: 400,
      code: 'invalid_request',
      message: 'The request target must be a path such as /v1/me.',
    });
    return;
  }
  if (isControlPath(path)) {
    await handleControl(req, res, path, { mock, urls: state.urls });
    return;
  }
  if (applyCors(req, res)) return;
  if (UNSUPPORTED_METHODS.has(req.method ?? '')) {
    sendError(res, { status: 405, code: 'invalid_request', message: `${req.method ?? ''} is not supported.` });
    return;
  }

  let body: Buffer | undefined;
  if (hasBody(req)) {
    const read = announcesTooLarge(req) ? TOO_LARGE : await readBody(req);
    if (read === TOO_LARGE) {
      refuseTooLarge(req, res);
      return;
    }
    body = read;
  }
  const { directEntry } = state;
  let exchange: () => Promise<MockAnswer>;
  try {
    const landing = landOnServer(path, state.targets);
    if (directEntry === undefined) {
      const request = toRequest(req, landing.url, body);
      exchange = async () => fromResponse(await mock.fetch(request));
    } else {
      const call = toMockCall(req, landing, body);
      exchange = () => directEntry(call);
    }
  } catch {
    sendError(res, {
      status: 400,
      code: 'invalid_request',
      message: 'The request could not be read (its URL, method or a header is invalid).',
    });
    return;
  }
  let answer: MockAnswer;
  try {
    answer = await exchange();
  } catch (error) {
    if (!isMockNetworkError(error)) throw error;
    req.socket.destroy();
    return;
  }
  writeAnswer(res, answer, req.method === 'HEAD');
}

/** Answers 413 and hangs up without reading the rest of the body. */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  req.pause();
  res.once('finish', () => req.socket.destroy());
  sendError(res, PAYLOAD_TOO_LARGE, { close: true });
}

/**
 * Node's parser gave up (bad request line, header block over the limit, NUL bytes, a timeout):
 * there is no response object, so the JSON error goes straight onto the socket.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Writing raw bytes after a response has begun would corrupt it; Node's own handler checks the same.
  const inProgress =
    (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (error.code === 'ECONNRESET' || !socket.writable || inProgress) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message =
    status === 431
      ? `The request line and headers are larger than ${maxHeaderSize} bytes.`
      : status === 408
        ? 'The request took too long to arrive.'
        : 'The request is not valid HTTP/1.1.';
  socket.end(rawErrorResponse({ status, code: 'invalid_request', message }));
}

/**
 * Name-based on purpose: the CLI bundle and a user's copy of `keysmith/mock` may each carry their
 * own `MockNetworkError` class.
 */
function isMockNetworkError(error: unknown): boolean {
  return error instanceof Error && error.name === 'MockNetworkError';
}

function withoutTrailingSlash(urls: Record<Environment, string>): Record<Environment, string> {
  const trim = (url: string): string => (url.endsWith('/') ? url.slice(0, -1) : url);
  return { production: trim(urls.production), staging: trim(urls.staging), development: trim(urls.development) };
}
