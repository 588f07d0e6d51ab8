/**
 * The operation table: for each `operationId` of the spec, the scope it needs, whether it counts
 * against the rate limit, and its implementation. Typed by the generated `operations`, so an
 * operation added to `openapi.yaml` fails to compile here until the mock implements it.
 */
import type { Operation } from './operation.js';
import type { OperationId } from '../contract/spec.js';
import { getMe, getRateLimit } from './caller.js';
import { createKey } from './create-key.js';
import { getKey, listKeys } from './read-keys.js';
import { regenerateKey } from './regenerate-key.js';
import { deleteKey, revokeKey, updateKey } from './write-keys.js';

/** How the core runs one operation. */
export interface OperationEntry {
  /** The scope the caller needs, or `null` for none. */
  readonly scope: string | null;
  /** `false` for `GET /v1/rate-limit`: asking about the limit never uses it up. */
  readonly limited: boolean;
  readonly run: Operation;
}

/** Every operation of the API. */
export const operationTable: Readonly<Record<OperationId, OperationEntry>> = {
  createApiKey: { scope: 'keys:write', limited: true, run: createKey },
  listApiKeys: { scope: 'keys:read', limited: true, run: listKeys },
  getApiKey: { scope: 'keys:read', limited: true, run: getKey },
  updateApiKey: { scope: 'keys:write', limited: true, run: updateKey },
  revokeApiKey: { scope: 'keys:write', limited: true, run: revokeKey },
  regenerateApiKey: { scope: 'keys:write', limited: true, run: regenerateKey },
  deleteApiKey: { scope: 'keys:delete', limited: true, run: deleteKey },
  getRateLimit: { scope: 'rate_limit:read', limited: false, run: getRateLimit },
  getMe: { scope: null, limited: true, run: getMe },
};
