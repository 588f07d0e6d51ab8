/**
 * Reads a `Request`'s body up to the mock's limit and no further: a client sending megabytes gets
 * its 413 without the mock buffering them.
 */
import type { CallBody } from '../pipeline/mock-call.js';
import { BODY_LIMIT_BYTES } from '../pipeline/steps/6-validate-request.js';

const TOO_LARGE: CallBody = { tooLarge: true, bytes: null };

/** The body of `request`, or the fact that it is larger than {@link BODY_LIMIT_BYTES}. */
export async function readRequestBody(request: Request): Promise<CallBody> {
  const stream = request.body;
  if (stream === null) return { tooLarge: false, bytes: null };
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > BODY_LIMIT_BYTES) {
    await stream.cancel().catch(() => undefined);
    return TOO_LARGE;
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Bounded: every chunk but an empty one brings at least a byte closer to the limit.
  for (let reads = 0; reads < BODY_LIMIT_BYTES + 1024; reads++) {
    const { done, value } = await reader.read();
    if (done) return { tooLarge: false, bytes: concat(chunks, size) };
    size += value.length;
    if (size > BODY_LIMIT_BYTES) break;
    chunks.push(value);
  }
  await reader.cancel().catch(() => undefined);
  return TOO_LARGE;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const [only] = chunks;
  if (chunks.length === 1 && only !== undefined) return only;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
