/**
 * What an operation is: a function from the context of one authenticated, validated call to its
 * answer. Operations are the last step of the pipeline and the only one that changes the store.
 */
import type { Environment } from '../../src/secret-format.js';
import type { ErrorCode, ErrorExtras, MockAnswer } from '../pipeline/mock-answer.js';
import type { ValidInput } from '../pipeline/steps/6-validate-request.js';
import type { KeyRecord } from '../store/key-record.js';
import type { MockState } from '../store/mock-state.js';

/** What an operation gets: the authenticated caller, the validated input, and the state. */
export interface OperationContext {
  readonly now: number;
  readonly requestId: string;
  /** The environment of the base URL called, which is also the caller's. */
  readonly environment: Environment;
  readonly caller: KeyRecord;
  readonly input: ValidInput;
  readonly state: MockState;
  /** An error answer carrying this call's request id. */
  readonly fail: (status: number, code: ErrorCode, message: string, extras?: ErrorExtras) => MockAnswer;
}

/** One operation of the API, run after authentication and validation. */
export type Operation = (context: OperationContext) => MockAnswer;
