/**
 * The JSON the page reads from the `/__mock/` controls, typed from the server's own types (type
 * imports only: nothing of the server is bundled into the page).
 */
import type { PendingFault } from '../../../faults/fault-types.js';
import type { Environment, LoggedRequest, OperationId } from '../../../types.js';
import type { InspectedKey, InspectedKeys } from '../inspected-keys.js';

export type { Environment, InspectedKey, InspectedKeys, OperationId, PendingFault };

/** A request-log entry as JSON carries it: its time is a string. */
export type LoggedRequestJson = Omit<LoggedRequest, 'at'> & { at: string };

/** `GET /__mock/requests`. */
export interface RequestsJson {
  data: LoggedRequestJson[];
}

/** `GET /__mock/faults`. */
export interface FaultsJson {
  pending: number | 'unlimited';
  rules: PendingFault[];
}

/** `GET /__mock/clock` and `POST /__mock/clock`. */
export interface ClockJson {
  now: string;
}
