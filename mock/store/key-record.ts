/**
 * One stored key. A class, so that 100,000 of them share one hidden class and keep their fields
 * in-object: times are epoch milliseconds (not strings or `Date`s), counters are plain numbers,
 * and the secret is present only as its SHA-256 hash.
 */
import type { Environment } from '../../src/secret-format.js';

/** The status a key is stored with; `expired` is never stored, it is derived from the clock. */
export type StoredStatus = 'active' | 'inactive' | 'revoked';

/** The fields a new record starts with. */
export interface KeyFields {
  id: string;
  environment: Environment;
  name: string;
  description: string | null;
  permissions: readonly string[];
  status: StoredStatus;
  secretHash: string;
  maskedKey: string;
  perMinute: number;
  perHour: number;
  expiresAt: number | null;
  createdAt: number;
  revokedAt: number | null;
  metadata: Readonly<Record<string, string>>;
  createdBy: string | null;
}

/** A stored key: its configuration, its secret's hash, and its usage and rate-limit counters. */
export class KeyRecord {
  /** Position in creation order: the listing's sort key and what a cursor points at. */
  seq = 0;
  id: string;
  environment: Environment;
  name: string;
  description: string | null;
  permissions: readonly string[];
  status: StoredStatus;
  /** Deleted keys stay as tombstones so their ids remain valid cursors. */
  deleted = false;
  secretHash: string;
  maskedKey: string;
  perMinute: number;
  perHour: number;
  expiresAt: number | null;
  createdAt: number;
  updatedAt: number;
  lastUsedAt: number | null = null;
  revokedAt: number | null;
  previousSecretExpiresAt: number | null = null;
  /** Hash of the secret a regeneration replaced, while it may still be in its grace period. */
  previousSecretHash: string | null = null;
  metadata: Readonly<Record<string, string>>;
  createdBy: string | null;
  /** Usage: the UTC day (epoch days) and month (year × 12 + month) the counters belong to. */
  usageDay = -1;
  requestsToday = 0;
  usageMonth = -1;
  requestsThisMonth = 0;
  /**
   * Rate limit: which fixed windows the counts belong to (epoch minutes and hours — small
   * integers, which V8 stores inline, where epoch milliseconds would each need a heap box).
   */
  minuteWindow = -1;
  minuteCount = 0;
  hourWindow = -1;
  hourCount = 0;

  constructor(fields: KeyFields) {
    this.id = fields.id;
    this.environment = fields.environment;
    this.name = fields.name;
    this.description = fields.description;
    this.permissions = fields.permissions;
    this.status = fields.status;
    this.secretHash = fields.secretHash;
    this.maskedKey = fields.maskedKey;
    this.perMinute = fields.perMinute;
    this.perHour = fields.perHour;
    this.expiresAt = fields.expiresAt;
    this.createdAt = fields.createdAt;
    this.updatedAt = fields.createdAt;
    this.revokedAt = fields.revokedAt;
    this.metadata = fields.metadata;
    this.createdBy = fields.createdBy;
  }

  /** A fresh copy (what `reset()` restores from); the frozen arrays and objects are shared. */
  clone(): KeyRecord {
    const copy = new KeyRecord(this);
    copy.seq = this.seq;
    copy.deleted = this.deleted;
    copy.updatedAt = this.updatedAt;
    copy.lastUsedAt = this.lastUsedAt;
    copy.previousSecretExpiresAt = this.previousSecretExpiresAt;
    copy.previousSecretHash = this.previousSecretHash;
    copy.usageDay = this.usageDay;
    copy.requestsToday = this.requestsToday;
    copy.usageMonth = this.usageMonth;
    copy.requestsThisMonth = this.requestsThisMonth;
    copy.minuteWindow = this.minuteWindow;
    copy.minuteCount = this.minuteCount;
    copy.hourWindow = this.hourWindow;
    copy.hourCount = this.hourCount;
    return copy;
  }

  /** The status as the API shows it, in the check order: revoked, inactive, then expired. */
  statusAt(now: number): 'active' | 'inactive' | 'expired' | 'revoked' {
    if (this.status !== 'active') return this.status;
    return this.expiresAt !== null && this.expiresAt <= now ? 'expired' : 'active';
  }
}
