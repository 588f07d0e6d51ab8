/**
 * Raw HTTP/1.1 over a `net` socket: the bytes go out exactly as written (duplicated headers, NUL
 * bytes, broken framing — what `fetch` and `node:http` would refuse to send or would tidy up),
 * and the answer is read back as bytes.
 */
import { connect } from 'node:net';

/**
 * An answer as it came off the socket.
 *
 * @example
 * ```ts
 * const { status, headers, body }: RawAnswer = await rawRequest(port, bytes);
 * ```
 */
export interface RawAnswer {
  /** 0 when no complete answer arrived. */
  status: number;
  /** The status line and header lines. */
  head: string;
  headers: Map<string, string[]>;
  body: string;
  /** Why there is no answer, when there is none. */
  failure: string | null;
}

const NO_ANSWER_MS = 10_000;

function parse(bytes: Buffer, failure: string | null): RawAnswer {
  const split = bytes.indexOf('\r\n\r\n');
  if (split === -1)
    return {
      status: 0,
      head: bytes.toString('latin1'),
      headers: new Map(),
      body: '',
      failure: failure ?? 'no complete head',
    };
  const head = bytes.subarray(0, split).toString('latin1');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  let rest = bytes.subarray(split + 4);
  const length = headers.get('content-length')?.[0];
  if (length !== undefined) {
    if (rest.length < Number(length))
      return { status: 0, head, headers, body: '', failure: failure ?? 'body cut short' };
    rest = rest.subarray(0, Number(length));
  }
  return { status, head, headers, body: rest.toString('utf8'), failure: null };
}

/**
 * Sends `request` (the whole message, head and body) to `port` on 127.0.0.1 and resolves with the
 * answer, or with `status: 0` and the reason when none arrived (bounded by a timeout).
 *
 * @example
 * ```ts
 * const answer = await rawRequest(port, 'GET /v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
 * answer.status; // 401
 * ```
 */
export function rawRequest(port: number, request: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (failure: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(Buffer.concat(chunks), failure));
    };
    const socket = connect({ port, host: '127.0.0.1' });
    const timer = setTimeout(() => {
      finish('no answer in time');
    }, NO_ANSWER_MS);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      finish(null);
    });
    socket.on('close', () => {
      finish(null);
    });
    // The server may answer (413) and hang up before the whole body is written: what arrived counts.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code ?? error.message);
    });
    socket.write(request);
  });
}
