/**
 * `GET /__mock/state` answers `mock.snapshot()`; `PUT /__mock/state` restores the snapshot in its
 * body, all or nothing. The body is checked against the snapshot's own JSON Schema (the one the
 * package ships), and a refused one names the problem.
 */
import { checkSnapshot } from '../../snapshot/check-snapshot.js';
import type { MockApi } from '../../types.js';
import type { Parsed } from '../control-input.js';

/**
 * The largest state `PUT /__mock/state` reads (64 MiB): about 90,000 keys. Larger than the API's
 * 64 KiB, since a state holds every key.
 */
export const STATE_BODY_LIMIT = 64 * 1024 * 1024;

/** Restores the state in `body`, or says why it cannot. */
export function putState(mock: MockApi, body: Record<string, unknown>): Parsed<{ ok: true; keys: number }> {
  const check = checkSnapshot(body);
  const refuse = (problem: string): Parsed<never> => ({
    ok: false,
    error: {
      status: 400,
      code: 'invalid_request',
      message: `The state was refused: ${problem}. Send a state as GET /__mock/state answers it.`,
    },
  });
  if (!check.ok) return refuse(check.problem);
  try {
    mock.restore(check.snapshot);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return refuse(error.message.replace(/^mock\.restore\(snapshot\): /, '').replace(/\.$/, ''));
  }
  return { ok: true, value: { ok: true, keys: check.snapshot.keys.length } };
}
