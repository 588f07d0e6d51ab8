/**
 * The API's view of a stored key: the `ApiKey` object of the spec. Never the secret — only
 * create and regenerate add it, through {@link withSecret}.
 */
import type { components } from '../../src/generated/api.js';
import { SECRET_PREFIXES } from '../../src/secret-format.js';
import { formatTimestamp } from '../contract/timestamp-range.js';
import type { KeyRecord } from '../store/key-record.js';
import { usageAt } from '../store/usage.js';

/** An `ApiKey` of the spec. */
export type ApiKeyView = components['schemas']['ApiKey'];
/** An `ApiKeyWithSecret` of the spec. */
export type ApiKeyWithSecretView = components['schemas']['ApiKeyWithSecret'];

/** Epoch milliseconds as an RFC 3339 UTC timestamp; never a `+010000-…` one (it throws). */
export const iso = (ms: number): string => formatTimestamp(ms);
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/** A key as the API shows it at `now` (status and usage depend on the clock). */
export function apiKeyView(key: KeyRecord, now: number): ApiKeyView {
  return {
    object: 'api_key',
    id: key.id,
    name: key.name,
    description: key.description,
    environment: key.environment,
    status: key.statusAt(now),
    prefix: SECRET_PREFIXES[key.environment],
    masked_key: key.maskedKey,
    permissions: key.permissions as string[],
    rate_limit: { per_minute: key.perMinute, per_hour: key.perHour },
    expires_at: isoOrNull(key.expiresAt),
    created_at: iso(key.createdAt),
    updated_at: iso(key.updatedAt),
    last_used_at: isoOrNull(key.lastUsedAt),
    revoked_at: isoOrNull(key.revokedAt),
    previous_secret_expires_at: isoOrNull(key.previousSecretExpiresAt),
    usage: usageAt(key, now),
    metadata: key.metadata,
    created_by: key.createdBy,
  };
}

/** The key and its full secret: the body of create and regenerate, the only answers that carry it. */
export function withSecret(view: ApiKeyView, secret: string): ApiKeyWithSecretView {
  return { ...view, secret };
}
