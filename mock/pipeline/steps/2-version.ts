/**
 * Step 2, version: the `Keysmith-Version` a call asks for. The mock serves one version, the spec's;
 * a call without the header gets it too.
 */
import { API_VERSION } from '../../contract/spec.js';

/** Whether a call's `Keysmith-Version` header (or its absence) asks for the version the mock serves. */
export function isServedVersion(header: string | null): boolean {
  return header === null || header === API_VERSION;
}
