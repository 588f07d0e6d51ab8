/**
 * `Idempotency-Key` records: the first answer of an operation, kept 24 hours (mock clock) per
 * calling key and idempotency key, with a fingerprint of the request (method, path, SHA-256 of
 * the body). The record holds the answer as sent — for create and regenerate that includes the
 * new secret, the one sanctioned place it reappears — and nothing else of the request.
 */
import type { MockAnswer } from '../pipeline/mock-answer.js';

const TTL = 24 * 3_600_000;
const REPLAYED: Readonly<Record<string, string>> = Object.freeze({ 'Idempotent-Replayed': 'true' });

/** The first answer to a request, as kept. */
export interface StoredAnswer {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
  readonly errorCode: MockAnswer['errorCode'];
  readonly expiresAt: number;
}

/** A record as a snapshot lists it. */
export interface IdempotencyEntry extends StoredAnswer {
  readonly callerId: string;
  readonly idempotencyKey: string;
}

/** What a lookup found: nothing, the first answer to replay, or a different request under the same key. */
export type IdempotencyLookup = { kind: 'new' } | { kind: 'replay'; answer: MockAnswer } | { kind: 'conflict' };

/** The idempotency records of one mock. */
export class IdempotencyRecords {
  private readonly answers = new Map<string, StoredAnswer>();

  /** Whether this request was answered before (a replay), collides with another request, or is new. */
  lookup(callerId: string, idempotencyKey: string, fingerprint: string, now: number): IdempotencyLookup {
    const stored = this.answers.get(`${callerId} ${idempotencyKey}`);
    if (stored === undefined || stored.expiresAt <= now) return { kind: 'new' };
    if (stored.fingerprint !== fingerprint) return { kind: 'conflict' };
    return {
      kind: 'replay',
      answer: { status: stored.status, headers: REPLAYED, body: stored.body, errorCode: stored.errorCode },
    };
  }

  /** Keeps the first answer to this request for 24 hours: its status, body and error code. */
  save(callerId: string, idempotencyKey: string, fingerprint: string, answer: MockAnswer, now: number): void {
    this.prune(now);
    const id = `${callerId} ${idempotencyKey}`;
    // Re-inserting keeps the Map in expiry order, which is what `prune` relies on.
    this.answers.delete(id);
    this.answers.set(id, {
      fingerprint,
      status: answer.status,
      body: answer.body,
      errorCode: answer.errorCode,
      expiresAt: now + TTL,
    });
  }

  /** The live records at `now`, oldest first (for a snapshot). */
  list(now: number): IdempotencyEntry[] {
    const entries: IdempotencyEntry[] = [];
    for (const [id, stored] of this.answers) {
      if (stored.expiresAt <= now) continue;
      // The caller is a key id (`key_…`), which holds no space; the idempotency key may.
      const space = id.indexOf(' ');
      entries.push({ ...stored, callerId: id.slice(0, space), idempotencyKey: id.slice(space + 1) });
    }
    return entries;
  }

  /** Records holding these entries (a restore), kept in expiry order as `prune` needs. */
  static of(entries: readonly IdempotencyEntry[]): IdempotencyRecords {
    const records = new IdempotencyRecords();
    for (const { callerId, idempotencyKey, ...stored } of [...entries].sort((a, b) => a.expiresAt - b.expiresAt)) {
      records.answers.set(`${callerId} ${idempotencyKey}`, stored);
    }
    return records;
  }

  /** Drops expired records from the oldest end; stops at the first live one. */
  private prune(now: number): void {
    for (const [id, answer] of this.answers) {
      if (answer.expiresAt > now) return;
      this.answers.delete(id);
    }
  }
}
