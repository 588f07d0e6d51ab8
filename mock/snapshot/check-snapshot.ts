/**
 * Whether a value is a snapshot this mock can restore, and if not, the one problem to fix, named
 * by its path. Checked in the order a person would want to hear it: not ours at all, a version
 * we cannot read, then the schema, then what a schema cannot say (ids and hashes that repeat,
 * references to keys that are missing). Messages never quote a value: a hand-edited file may
 * hold anything.
 */
import { validate } from '../contract/json-schema.js';
import { scrubSecrets } from '../pipeline/scrub-secrets.js';
import { ENVIRONMENTS } from '../store/seed.js';
import { MOCK_STATE_FORMAT, MOCK_STATE_VERSION, type MockSnapshot } from './snapshot-format.js';
import { resolveStateRef, STATE_SCHEMA } from './snapshot-schema.js';

/** A snapshot fit to restore, or the problem with it. */
export type SnapshotCheck = { ok: true; snapshot: MockSnapshot } | { ok: false; problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function foreignness(value: unknown): string | null {
  if (!isObject(value)) return 'a mock state must be a JSON object';
  if (value.format !== MOCK_STATE_FORMAT) {
    return `this is not a keysmith-mock state: it has no "format": "${MOCK_STATE_FORMAT}"`;
  }
  const { version } = value;
  if (typeof version === 'number' && Number.isInteger(version) && version > MOCK_STATE_VERSION) {
    return `this state was written in format version ${version}, newer than this keysmith-mock reads (${MOCK_STATE_VERSION}); upgrade keysmith`;
  }
  if (version !== MOCK_STATE_VERSION) return `version must be ${MOCK_STATE_VERSION}`;
  return null;
}

/** What the schema cannot say: unique ids and hashes, and references that resolve. */
function inconsistency(snapshot: MockSnapshot): string | null {
  const ids = new Map<string, MockSnapshot['keys'][number]>();
  const hashes = new Set<string>();
  for (const [index, key] of snapshot.keys.entries()) {
    if (ids.has(key.id)) return `keys.${index}.id repeats the id of an earlier key`;
    ids.set(key.id, key);
    if (hashes.has(key.secret_hash)) return `keys.${index}.secret_hash repeats the secret of an earlier key`;
    hashes.add(key.secret_hash);
  }
  for (const [index, replaced] of snapshot.replaced_secrets.entries()) {
    if (!ids.has(replaced.key_id)) return `replaced_secrets.${index}.key_id names no key of keys`;
    if (hashes.has(replaced.secret_hash))
      return `replaced_secrets.${index}.secret_hash repeats a secret already listed`;
    hashes.add(replaced.secret_hash);
  }
  for (const environment of ENVIRONMENTS) {
    const admin = ids.get(snapshot.admin_key_ids[environment]);
    if (admin === undefined) return `admin_key_ids.${environment} names no key of keys`;
    if (admin.environment !== environment) return `admin_key_ids.${environment} names a ${admin.environment} key`;
  }
  return null;
}

/** Checks `value` against the snapshot format. */
export function checkSnapshot(value: unknown): SnapshotCheck {
  const foreign = foreignness(value);
  if (foreign !== null) return { ok: false, problem: foreign };
  const violation = validate(STATE_SCHEMA, value, resolveStateRef);
  // A field name is in the path, and a hand-edited file could put a secret there.
  if (violation !== null) return { ok: false, problem: scrubSecrets(violation.message.replace(/\.$/, '')) };
  const snapshot = value as MockSnapshot;
  const problem = inconsistency(snapshot);
  return problem === null ? { ok: true, snapshot } : { ok: false, problem };
}
