/**
 * Reading the SDK's environment variables (`KEYSMITH_API_KEY`, `KEYSMITH_BASE_URL`) wherever
 * there are some.
 *
 * @internal
 */

/** An environment variable's value; `undefined` where it is unset or empty, or where there is no `process` (a browser). */
export function readEnvVar(name: string): string | undefined {
  try {
    // `process` is absent in browsers; in Deno reading env may need a permission and throw.
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}
