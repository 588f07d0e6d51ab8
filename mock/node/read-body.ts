/**
 * Collects a request body up to a limit, and stops reading the moment the limit is passed: a
 * client sending megabytes gets its 413 without the server buffering (or even reading) the rest.
 */
import type { IncomingMessage } from 'node:http';
import { BODY_LIMIT_BYTES } from '../pipeline/steps/6-validate-request.js';

/**
 * The largest body the server accepts: the core's own limit (64 KiB, as `openapi.yaml` documents
 * for `payload_too_large`), so both answer 413 at the same size.
 */
export const BODY_LIMIT = BODY_LIMIT_BYTES;

/** What {@link readBody} returns when the body passed the limit. */
export const TOO_LARGE = Symbol('too large');

/**
 * Whether the request announces a body at all, from its framing headers: most requests are GETs
 * without one, and those skip the stream machinery entirely.
 */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/** Whether `Content-Length` alone already says the body is over the limit (so not a byte is read). */
export function announcesTooLarge(req: IncomingMessage, limit: number = BODY_LIMIT): boolean {
  const length = req.headers['content-length'];
  // Node's parser has already rejected a Content-Length that is not a number.
  return length !== undefined && Number(length) > limit;
}

/**
 * Reads the whole body, or stops at `limit` bytes, pauses the request and returns {@link TOO_LARGE}.
 * Rejects when the client goes away before the body ends.
 */
export function readBody(req: IncomingMessage, limit: number = BODY_LIMIT): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanUp();
        req.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanUp();
      const [only] = chunks;
      resolve(chunks.length === 1 && only !== undefined ? only : Buffer.concat(chunks, size));
    };
    const onGone = (): void => {
      cleanUp();
      reject(new Error('The client closed the connection before the request body ended.'));
    };
    const cleanUp = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('close', onGone);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('close', onGone);
  });
}
