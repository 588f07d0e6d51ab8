/**
 * `Idempotency-Key` records: the first answer of an operation, kept 24 hours (mock clock) per
 * calling key and idempotency key, with a fingerprint of the request (method, path, SHA-256 of
 * the body). The record holds the answer as sent — for create and regenerate that includes the
 * new secret, the one sanctioned place it reappears — and nothing else of the request.
 */
import type { Reply } from '../pipeline/mock-answer.js';

const TTL = 24 * 3_600_000;

interface StoredAnswer {
  readonly fingerprint: string;
  readonly status: number;
  readonly body: string;
  readonly errorCode: Reply['errorCode'];
  readonly expiresAt: number;
}

/**
 * What a lookup found.
 *
 * @example
 * ```ts
 * const found: IdempotencyLookup = records.lookup(callerId, 'create-1', fingerprint, now);
 * if (found.kind === 'replay') return found.reply;
 * ```
 */
export type IdempotencyLookup = { kind: 'new' } | { kind: 'replay'; reply: Reply } | { kind: 'conflict' };

/**
 * The idempotency records of one mock.
 *
 * @example
 * ```ts
 * const records = new IdempotencyRecords();
 * records.save(callerId, 'create-1', fingerprint, 201, body, null, now);
 * records.lookup(callerId, 'create-1', fingerprint, now).kind; // "replay"
 * ```
 */
export class IdempotencyRecords {
  private readonly answers = new Map<string, StoredAnswer>();

  /** Whether this request was answered before (a replay), collides with another request, or is new. */
  lookup(callerId: string, idempotencyKey: string, fingerprint: string, now: number): IdempotencyLookup {
    const stored = this.answers.get(`${callerId} ${idempotencyKey}`);
    if (stored === undefined || stored.expiresAt <= now) return { kind: 'new' };
    if (stored.fingerprint !== fingerprint) return { kind: 'conflict' };
    return {
      kind: 'replay',
      reply: {
        status: stored.status,
        body: stored.body,
        serialized: true,
        errorCode: stored.errorCode,
        headers: { 'Idempotent-Replayed': 'true' },
      },
    };
  }

  /** Keeps the first answer to this request for 24 hours. */
  save(
    callerId: string,
    idempotencyKey: string,
    fingerprint: string,
    status: number,
    body: string,
    errorCode: Reply['errorCode'],
    now: number,
  ): void {
    this.prune(now);
    const id = `${callerId} ${idempotencyKey}`;
    // Re-inserting keeps the Map in expiry order, which is what `prune` relies on.
    this.answers.delete(id);
    this.answers.set(id, { fingerprint, status, body, errorCode, expiresAt: now + TTL });
  }

  /** Drops expired records from the oldest end; stops at the first live one. */
  private prune(now: number): void {
    for (const [id, answer] of this.answers) {
      if (answer.expiresAt > now) return;
      this.answers.delete(id);
    }
  }
}
