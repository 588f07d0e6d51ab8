/**
 * `GET /v1/api-keys` and `GET /v1/api-keys/{id}`.
 */
import type { Environment } from '../../src/secret-format.js';
import { KeyRecord } from '../store/key-record.js';
import { apiKeyView } from './key-view.js';
import type { Operation } from './operation.js';
import { findKey } from './shared.js';
import { jsonAnswer } from '../pipeline/mock-answer.js';

/** One page of keys, newest first. The cursor is a key id; a deleted key's id stays a valid cursor. */
export const listKeys: Operation = (context) => {
  const { query } = context.input;
  const { store } = context.state;
  let after: KeyRecord | null = null;
  if (typeof query.starting_after === 'string') {
    after = store.get(query.starting_after) ?? null;
    if (after === null) {
      return context.fail(
        400,
        'validation_error',
        'starting_after must be the id of a key (the next_cursor of a page).',
        { param: 'starting_after' },
      );
    }
  }
  const page = store.page({
    limit: query.limit as number,
    after,
    status: query.status as string | undefined,
    environment: query.environment as Environment | undefined,
    now: context.now,
  });
  return jsonAnswer(200, {
    object: 'list',
    data: page.data.map((key) => apiKeyView(key, context.now)),
    has_more: page.hasMore,
    next_cursor: page.hasMore ? (page.data.at(-1)?.id ?? null) : null,
  });
};

/** One key with its usage counters and `last_used_at`. */
export const getKey: Operation = (context) => {
  const key = findKey(context);
  if (!(key instanceof KeyRecord)) return key;
  return jsonAnswer(200, apiKeyView(key, context.now));
};
