/**
 * What every answer must be, by the spec alone: a status the operation declares, a body valid
 * against the declared schema (by ajv, not the mock's validator), the declared headers present and
 * parsing, no 5xx that was not injected, and no secret — nor any 12-character piece of one —
 * outside the answer that hands it out.
 */
import { oracleError } from './ajv-oracle.js';
import type { SpecOperation } from './spec-operations.js';

/** An answer as received. */
export interface Received {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * `text` with every secret (and secret-shaped piece) shown as its masked label, so that a failure
 * report never prints one. The fuzzer's own, independent of the mock's `scrubSecrets`.
 */
export function maskSecrets(text: string): string {
  return text.replace(/(ks_(?:prod|stage|dev)_)[0-9A-Za-z]{4,}/g, '$1••••');
}

/** The length of a secret piece that must never go out. */
export const PIECE = 12;

/** Every `PIECE`-character piece of each secret, for {@link leakedPieces}. */
export function piecesOf(secrets: Iterable<string>): Set<string> {
  const pieces = new Set<string>();
  for (const secret of secrets) for (let i = 0; i + PIECE <= secret.length; i++) pieces.add(secret.slice(i, i + PIECE));
  return pieces;
}

/** The pieces of `pieces` that occur in `text`. */
export function leakedPieces(text: string, pieces: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let i = 0; i + PIECE <= text.length; i++) {
    const piece = text.slice(i, i + PIECE);
    if (pieces.has(piece)) found.push(piece);
  }
  return found;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A header value as its schema's type: an integer header must be digits. */
function headerValue(type: unknown, raw: string): unknown {
  if (type === 'integer' || type === 'number') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  return raw;
}

/**
 * The contract's verdict on one answer to `operation`.
 *
 * @param faulted - whether a status fault was pending for this call (a 5xx is then allowed).
 * @param secretPieces - pieces of every secret the mock has given out.
 * @returns the violations found; empty when the answer conforms.
 */
export function contractViolations(
  operation: SpecOperation,
  received: Received,
  faulted: boolean,
  secretPieces: ReadonlySet<string>,
): string[] {
  const problems = leaks(operation, received, secretPieces);
  const declared = operation.responses[String(received.status)];
  if (received.status >= 500 && !faulted) problems.push(`a ${received.status} that no fault asked for`);
  if (declared === undefined) {
    problems.push(`status ${received.status} is not declared for ${operation.id}`);
    return problems;
  }
  if (received.headers.get('x-request-id') === null) problems.push('no X-Request-Id');
  for (const [name, header] of Object.entries(declared.headers)) {
    const raw = received.headers.get(name);
    if (raw === null) {
      if (header.required) problems.push(`the required header ${name} is missing`);
      continue;
    }
    const error = oracleError(header.schema, headerValue(header.schema.type, raw));
    if (error !== null) problems.push(`header ${name}: ${JSON.stringify(raw)} ${error}`);
  }
  if (declared.schema !== null) {
    if (!/^application\/json\b/.test(received.headers.get('content-type') ?? ''))
      problems.push(`Content-Type is ${received.headers.get('content-type') ?? 'missing'}`);
    const parsed = parseJson(received.text);
    if (!parsed.ok) problems.push('the body is not JSON');
    else {
      const error = oracleError(declared.schema, parsed.value);
      if (error !== null) problems.push(`the body does not match the ${received.status} schema: ${error}`);
    }
  }
  return problems;
}

/** A create or regenerate hands out its key's secret in `secret`; nothing else may show a piece of one. */
function leaks(operation: SpecOperation, received: Received, secretPieces: ReadonlySet<string>): string[] {
  let text = received.text;
  const handsOut = operation.id === 'createApiKey' || operation.id === 'regenerateApiKey';
  if (handsOut && received.status < 300) {
    const parsed = parseJson(text);
    if (parsed.ok && typeof parsed.value === 'object' && parsed.value !== null)
      text = JSON.stringify({ ...parsed.value, secret: '' });
  }
  const headers = [...received.headers.entries()].map(([name, value]) => `${name}: ${value}`).join('\n');
  const found = leakedPieces(`${text}\n${headers}`, secretPieces);
  return found.length === 0 ? [] : [`a piece of a secret goes out: …${found[0] ?? ''}…`];
}
