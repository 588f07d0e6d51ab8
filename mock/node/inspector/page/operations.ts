/**
 * Every operation of the API, by its operationId, for the filters and the fault form. Written in
 * when the page is built (scripts/inspector-page.ts), so the page carries the list and not the spec.
 */
import type { OperationId } from './wire.js';

declare const KEYSMITH_OPERATION_IDS: readonly OperationId[];

/** The operationIds of `openapi.yaml`, in the spec's order. */
export const OPERATION_IDS: readonly OperationId[] = KEYSMITH_OPERATION_IDS;
