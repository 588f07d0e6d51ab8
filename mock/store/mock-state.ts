/**
 * The state one mock instance works on. Everything a `reset()` replaces lives in `MockState`;
 * nothing is module-global, so two mocks in one process share nothing.
 */
import type { Environment } from '../../src/secret-format.js';
import type { PlanLimits } from '../types.js';
import type { ScopeInterner } from './frozen-values.js';
import type { IdempotencyRecords } from './idempotency-records.js';
import type { KeyStore } from './key-store.js';

/** The mutable state and the fixed settings of one mock. */
export interface MockState {
  /** The keys; it also mints their ids and secrets. */
  store: KeyStore;
  idempotency: IdempotencyRecords;
  readonly plan: PlanLimits;
  readonly owner: { readonly id: string; readonly name: string };
  readonly baseUrls: Readonly<Record<Environment, string>>;
  /** The shared, frozen copy of a scope list (duplicates dropped). */
  readonly scopes: ScopeInterner;
}
