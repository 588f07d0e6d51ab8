/**
 * The keys of one mock instance. Three indexes over the same records:
 * - `byId` — get, update, revoke, delete, and resolving a cursor: O(1);
 * - `bySecret` — SHA-256 hex of the current secret → key: authentication is O(1) at any size;
 * - `ordered` — creation order (a record's `seq` is its index): the listing walks it backwards
 *   from the newest key or from the cursor, so a page costs O(page), and keys created meanwhile
 *   land after the end and never shift later pages.
 * Secrets replaced by a regeneration stay in `pastSecrets` (hash → key and the moment the old
 * secret stops), so an old secret is recognised and refused with a precise code. New ids and
 * secrets are minted here, so none ever repeats one the store holds.
 */
import type { Environment } from '../../src/secret-format.js';
import type { KeyRecord } from './key-record.js';
import { mintFresh, type Mint } from './mint.js';
import { sha256Hex } from './sha256.js';

/** A secret a regeneration replaced: it works until `validUntil` (epoch ms), then never again. */
export interface PastSecret {
  readonly key: KeyRecord;
  readonly hash: string;
  validUntil: number;
}

/** What {@link KeyStore.page} lists. */
export interface PageQuery {
  limit: number;
  /** The cursor's key: the page starts with the next older key. */
  after: KeyRecord | null;
  status: string | undefined;
  environment: Environment | undefined;
  now: number;
}

/** The in-memory key collection of one mock. */
export class KeyStore {
  private readonly byId = new Map<string, KeyRecord>();
  private readonly bySecret = new Map<string, KeyRecord>();
  private readonly pastSecrets = new Map<string, PastSecret>();
  private readonly ordered: KeyRecord[] = [];

  constructor(private readonly mint: Mint) {}

  /** A fresh `key_…` id, unused in the store. */
  mintKeyId(): string {
    return this.mint.keyId((id) => this.byId.has(id));
  }

  /** A fresh secret of the environment, never issued before in this store, and its hash. */
  mintSecret(environment: Environment): { secret: string; hash: string } {
    return mintFresh(
      () => {
        const secret = this.mint.secret(environment);
        return { secret, hash: sha256Hex(secret) };
      },
      ({ hash }) => !this.hasSecret(hash),
    );
  }

  /** Stores a new record, newest of all. */
  add(record: KeyRecord): void {
    record.seq = this.ordered.length;
    this.ordered.push(record);
    this.byId.set(record.id, record);
    this.bySecret.set(record.secretHash, record);
  }

  /** The record with this id, deleted or not. */
  get(id: string): KeyRecord | undefined {
    return this.byId.get(id);
  }

  /** Whether any key (current or past secret) was ever issued this secret hash. */
  hasSecret(hash: string): boolean {
    return this.bySecret.has(hash) || this.pastSecrets.has(hash);
  }

  /** The key whose current secret has this hash. */
  current(hash: string): KeyRecord | undefined {
    return this.bySecret.get(hash);
  }

  /** The replaced secret with this hash. */
  past(hash: string): PastSecret | undefined {
    return this.pastSecrets.get(hash);
  }

  /**
   * Gives `record` a new secret. The old one keeps working until `oldValidUntil`; a secret
   * replaced earlier and still in its grace period stops at `now`, so at most two secrets of a
   * key ever work at once.
   */
  replaceSecret(record: KeyRecord, hash: string, maskedKey: string, oldValidUntil: number, now: number): void {
    if (record.previousSecretHash !== null) {
      const earlier = this.pastSecrets.get(record.previousSecretHash);
      if (earlier !== undefined && earlier.validUntil > now) earlier.validUntil = now;
    }
    this.bySecret.delete(record.secretHash);
    this.pastSecrets.set(record.secretHash, { key: record, hash: record.secretHash, validUntil: oldValidUntil });
    record.previousSecretHash = record.secretHash;
    record.secretHash = hash;
    record.maskedKey = maskedKey;
    this.bySecret.set(hash, record);
  }

  /**
   * Gives `record` another current secret without keeping the old one (a restore binding a seeded
   * admin key to this mock's admin secret): the old secret is simply unknown from then on.
   */
  rebindSecret(record: KeyRecord, hash: string, maskedKey: string): void {
    this.bySecret.delete(record.secretHash);
    record.secretHash = hash;
    record.maskedKey = maskedKey;
    this.bySecret.set(hash, record);
  }

  /** One page of listed keys, newest first, and whether more follow. */
  page(query: PageQuery): { data: KeyRecord[]; hasMore: boolean } {
    const data: KeyRecord[] = [];
    for (let i = query.after === null ? this.ordered.length - 1 : query.after.seq - 1; i >= 0; i--) {
      const record = this.ordered[i];
      if (record === undefined || record.deleted) continue;
      if (query.environment !== undefined && record.environment !== query.environment) continue;
      if (query.status !== undefined && record.statusAt(query.now) !== query.status) continue;
      if (data.length === query.limit) return { data, hasMore: true };
      data.push(record);
    }
    return { data, hasMore: false };
  }

  /** Every record, deleted ones included, in creation order (for a snapshot). */
  records(): readonly KeyRecord[] {
    return this.ordered;
  }

  /** The secrets regenerations replaced (for a snapshot). */
  replacedSecrets(): IterableIterator<PastSecret> {
    return this.pastSecrets.values();
  }

  /** Keeps a replaced secret of a stored key (a restore); its key must be added first. */
  addReplacedSecret(past: PastSecret): void {
    this.pastSecrets.set(past.hash, past);
  }

  /** A store holding fresh copies of these records, in this order, minting with `mint`. */
  static of(records: readonly KeyRecord[], mint: Mint): KeyStore {
    const store = new KeyStore(mint);
    for (const record of records) store.add(record.clone());
    return store;
  }
}
