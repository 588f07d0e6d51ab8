/**
 * The state one mock instance works on, and the context an operation runs in. Everything a
 * `reset()` replaces lives in `MockState`; nothing is module-global, so two mocks in one process
 * share nothing.
 */
import type { Environment } from '../../src/secret-format.js';
import type { ScopeInterner } from './frozen-values.js';
import type { IdempotencyRecords } from './idempotency-records.js';
import type { KeyRecord } from './key-record.js';
import type { KeyStore } from './key-store.js';
import type { Reply, ErrorCode, ErrorExtras } from '../pipeline/mock-answer.js';
import type { ValidInput } from '../pipeline/validate-request.js';
import type { PlanLimits } from '../types.js';

/**
 * The mutable state and the fixed settings of one mock.
 *
 * @example
 * ```ts
 * state.store = KeyStore.of(seed.records); // what reset() does
 * ```
 */
export interface MockState {
  store: KeyStore;
  idempotency: IdempotencyRecords;
  readonly plan: PlanLimits;
  readonly owner: { readonly id: string; readonly name: string };
  readonly baseUrls: Readonly<Record<Environment, string>>;
  /** The shared, frozen copy of a scope list (duplicates dropped). */
  scopes: ScopeInterner;
  /** A fresh `key_…` id, unused in the store. */
  newKeyId(): string;
  /** A fresh secret of the environment, never issued before in this mock. */
  newSecret(environment: Environment): { secret: string; hash: string };
}

/**
 * What an operation gets: the authenticated caller, the validated input, and the state.
 *
 * @example
 * ```ts
 * const reply = getKey({ now, requestId, environment, caller, input, state, fail });
 * ```
 */
export interface OperationContext {
  readonly now: number;
  readonly requestId: string;
  /** The environment of the base URL called, which is also the caller's. */
  readonly environment: Environment;
  readonly caller: KeyRecord;
  readonly input: ValidInput;
  readonly state: MockState;
  /** An error reply carrying this request's id. */
  fail(status: number, code: ErrorCode, message: string, extras?: ErrorExtras): Reply;
}

/**
 * One operation of the API, run after authentication and validation.
 *
 * @example
 * ```ts
 * const getMe: Operation = ({ caller }) => ({ status: 200, body: { id: caller.id }, errorCode: null });
 * ```
 */
export type Operation = (context: OperationContext) => Reply;
