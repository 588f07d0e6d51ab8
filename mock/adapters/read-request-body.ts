/**
 * Reads a request body up to the mock's limit and no further: a client sending megabytes gets
 * its 413 without the mock buffering them.
 */
import { BODY_LIMIT_BYTES, type BodyRead } from '../pipeline/validate-request.js';

/**
 * The body of `request`, or the fact that it is larger than {@link BODY_LIMIT_BYTES}.
 *
 * @example
 * ```ts
 * const body = await readBody(request);
 * if (body.tooLarge) console.log('413');
 * ```
 */
export async function readBody(request: Request): Promise<BodyRead> {
  const stream = request.body;
  if (stream === null) return { tooLarge: false, bytes: null };
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > BODY_LIMIT_BYTES) {
    await stream.cancel().catch(() => undefined);
    return { tooLarge: true };
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Bounded: every chunk but an empty one brings at least a byte closer to the limit.
  for (let reads = 0; reads < BODY_LIMIT_BYTES + 1024; reads++) {
    const { done, value } = await reader.read();
    if (done) {
      if (chunks.length === 1) return { tooLarge: false, bytes: chunks[0]! };
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      return { tooLarge: false, bytes };
    }
    size += value.length;
    if (size > BODY_LIMIT_BYTES) break;
    chunks.push(value);
  }
  await reader.cancel().catch(() => undefined);
  return { tooLarge: true };
}
