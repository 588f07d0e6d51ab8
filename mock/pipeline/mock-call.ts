/**
 * The one shape of an incoming call, whichever adapter received it: the fetch door (and through it
 * the MSW handler) builds it from a `Request`, the HTTP server from Node's `IncomingMessage`. Each
 * adapter works out where the call landed — environment, path, query — once, from what it holds
 * (a URL, or the server's path prefix), and reads the body before handing the call over; the
 * pipeline parses no URL and awaits no body.
 */
import type { Environment } from '../../src/secret-format.js';

/** Where a call landed: its environment, and its path and query below that environment's base URL. */
export interface CallTarget {
  readonly environment: Environment;
  /** The path below the base URL (`/v1/api-keys/key_…`), as sent: at least `/`, not decoded. */
  readonly path: string;
  /** The query without its `?` (`limit=5`), or `''`. */
  readonly query: string;
}

/** A request body as the adapter read it, never more than the mock's limit. */
export interface CallBody {
  /** Whether the body was larger than the limit (its bytes are then not kept). */
  readonly tooLarge: boolean;
  /** The bytes, or `null` for no body (or one too large). */
  readonly bytes: Uint8Array | null;
}

/** An incoming call, as every adapter hands it to the pipeline. */
export interface MockCall {
  readonly method: string;
  /** The absolute URL, normalised (as `new URL(…).href` writes it): what the request log shows. */
  readonly url: string;
  /**
   * Where the call landed, or `null` when `url` is under none of the mock's base URLs. Left out
   * (by a server from another copy of the package, say), the pipeline works it out from `url`.
   */
  readonly target?: CallTarget | null;
  /** A header's value (names case-insensitive, repeated headers joined with `, `), or `null`. */
  readonly header: (name: string) => string | null;
  readonly body: CallBody;
}
