/**
 * `GET /v1/me` and `GET /v1/rate-limit`: about the calling key itself.
 */
import type { components } from '../../src/generated/api.js';
import { iso } from './key-view.js';
import type { Operation } from './operation.js';
import { tightest, windowsOf } from '../pipeline/steps/5-rate-limit.js';
import { jsonAnswer } from '../pipeline/mock-answer.js';

/** The calling key: id, name, environment, permissions, masked label and owner. */
export const getMe: Operation = ({ caller, state }) => {
  const body: components['schemas']['Identity'] = {
    object: 'identity',
    id: caller.id,
    name: caller.name,
    environment: caller.environment,
    permissions: caller.permissions as string[],
    masked_key: caller.maskedKey,
    owner: { id: state.owner.id, name: state.owner.name },
  };
  return jsonAnswer(200, body);
};

/**
 * The calling key's tightest window and both windows. The core lets this request through even
 * when the key is over its limit, and does not count it against the limit.
 */
export const getRateLimit: Operation = ({ caller, now }) => {
  const windows = windowsOf(caller, now);
  const tight = tightest(windows);
  const body: components['schemas']['RateLimitStatus'] = {
    object: 'rate_limit',
    limit: tight.limit,
    remaining: tight.remaining,
    reset: Math.ceil(tight.resetsAt / 1000),
    reset_at: iso(tight.resetsAt),
    windows: windows.map((window) => ({
      window: window.window,
      limit: window.limit,
      remaining: window.remaining,
      reset: Math.ceil(window.resetsAt / 1000),
    })),
  };
  return jsonAnswer(200, body);
};
