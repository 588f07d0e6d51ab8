/**
 * The failure of an injected `{ network: true }` fault.
 */

/**
 * What the core rejects with when a fault injects a network failure; the adapters turn it into
 * their own network error (`HttpResponse.error()` for MSW, a destroyed socket over HTTP). It is a
 * `TypeError`, like the failure of a real `fetch`, so client code sees what it would in production.
 *
 * @example
 * ```ts
 * mock.faults.inject({ network: true });
 * await mock.fetch(request).catch((error) => error instanceof MockNetworkError); // true
 * ```
 */
export class MockNetworkError extends TypeError {
  /** Always `'MockNetworkError'`. */
  override readonly name = 'MockNetworkError';
  constructor(message = 'The Keysmith mock injected a network failure.') {
    super(message);
  }
}
