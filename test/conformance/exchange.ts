/**
 * One request of the walk, over real HTTP to the mock server: sent, recorded for the curl
 * reproduction, checked against the contract (and the fault or check-order refusal it must be),
 * and counted.
 */
import { Agent, request } from 'node:http';
import type { Exchange } from './curl-repro.js';
import type { Model } from './model.js';
import type { ExpectedRefusal } from './mutations.js';
import { contractViolations, maskSecrets, piecesOf, type Received } from './oracles.js';
import type { Resolved, Sent } from './request.js';
import type { SpecOperation } from './spec-operations.js';

/** What the walk counts across runs. */
export interface Tallies {
  requests: number;
  controls: number;
  /** `operationId` → status → count. */
  statuses: Map<string, Map<number, number>>;
  violations: string[];
}

/** A fresh set of counters. */
export function newTallies(): Tallies {
  return { requests: 0, controls: 0, statuses: new Map(), violations: [] };
}

/** The mock server under test, and this run's record of what was sent. */
export interface Real {
  readonly base: string;
  readonly tallies: Tallies;
  exchanges: Exchange[];
  /** This run's calls that carried an `Idempotency-Key`, latest last: what a retry step resends. */
  retryable: Resolved[];
  /** Pieces of every secret given out, rebuilt when a new secret appears. */
  pieces: { count: number; set: Set<string> };
}

/** A check failed: the walk stops, and fast-check shrinks the sequence that led here. */
export class Violation extends Error {
  override readonly name = 'Violation';
}

// node:http rather than fetch: fetch cannot send a GET with a body, and the limit applies to those too.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Sends `sent` to the server; the answer as received. */
export function send(real: Real, sent: Sent, handedOut: Exchange['handedOut'] = null): Promise<Received> {
  real.exchanges.push({ sent, handedOut });
  const { hostname, port } = new URL(real.base);
  const headers: Record<string, string> = Object.fromEntries(sent.headers);
  if (sent.body !== null) headers['Content-Length'] = String(Buffer.byteLength(sent.body));
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = request(
      { host: hostname, port, method: sent.method, path: sent.path, headers, agent },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          answered = true;
          const received = new Headers();
          for (const [name, value] of Object.entries(incoming.headers))
            if (value !== undefined) received.set(name, Array.isArray(value) ? value.join(', ') : value);
          resolve({
            status: incoming.statusCode ?? 0,
            headers: received,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    // The server may answer a 413 and hang up before the whole body is written: the answer counts.
    outgoing.on('error', (error) => {
      if (!answered) reject(error);
    });
    outgoing.end(sent.body ?? undefined);
  });
}

function secretPieces(real: Real, model: Model): Set<string> {
  if (real.pieces.count !== model.secrets.size)
    real.pieces = { count: model.secrets.size, set: piecesOf(model.secrets) };
  return real.pieces.set;
}

/** The error code of an error body, if it is one. */
export function codeOf(received: Received): string | null {
  try {
    const body = JSON.parse(received.text) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : null;
  } catch {
    return null;
  }
}

/**
 * Sends one API request and checks its answer; a status fault pending on the server decides it
 * (unless the server refuses the body's size before any fault, as it does over 64 KiB).
 *
 * @returns the answer, and whether a fault decided it.
 * @throws Violation when the answer breaks the contract or the refusal it had to be.
 */
export async function call(
  real: Real,
  model: Model,
  operation: SpecOperation,
  sent: Sent,
  expected: ExpectedRefusal | null = null,
): Promise<{ received: Received; faulted: boolean }> {
  const oversized = (sent.body?.length ?? 0) > 65_536;
  const fault = oversized ? undefined : model.pendingFaults.shift();
  const received = await send(real, sent);
  real.tallies.requests++;
  const byStatus = real.tallies.statuses.get(operation.id) ?? new Map<number, number>();
  byStatus.set(received.status, (byStatus.get(received.status) ?? 0) + 1);
  real.tallies.statuses.set(operation.id, byStatus);

  const problems = contractViolations(operation, received, fault !== undefined, secretPieces(real, model));
  if (fault !== undefined && received.status !== fault)
    problems.push(`a ${fault} fault was pending; got ${received.status}`);
  const must = fault === undefined ? expected : null;
  if (must !== null && (received.status !== must.status || codeOf(received) !== must.code))
    problems.push(
      `must be ${must.status} ${must.code} by the spec's check order; got ${received.status} ${codeOf(received) ?? ''}`,
    );
  if (problems.length > 0)
    fail(real, `${sent.method} ${sent.path} → ${received.status}: ${problems.join('; ')}`, received);
  return { received, faulted: fault !== undefined };
}

/** Records a violation and stops the walk. */
export function fail(real: Real, problem: string, received?: Received): never {
  const masked = maskSecrets(problem);
  real.tallies.violations.push(masked);
  throw new Violation(
    received === undefined ? masked : `${masked}\n  answer: ${maskSecrets(received.text.slice(0, 400))}`,
  );
}

/** Sends a `/__mock/` control; it must succeed. */
export async function control(real: Real, method: string, path: string, body?: object): Promise<unknown> {
  const sent: Sent = {
    method,
    path: `/__mock/${path}`,
    headers: body === undefined ? [] : [['Content-Type', 'application/json']],
    body: body === undefined ? null : JSON.stringify(body),
  };
  const received = await send(real, sent);
  real.tallies.controls++;
  if (received.status !== 200) fail(real, `control ${method} ${path} → ${received.status}`, received);
  return JSON.parse(received.text) as unknown;
}
