/**
 * What `openapi.yaml` says each operation can answer: every status with its headers, and for an
 * error status every code its error schema allows. The contract tests check each of them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SPEC } from './prism-process.js';

interface Ref {
  $ref?: string;
}
interface HeaderSpec extends Ref {
  example?: unknown;
}
interface ResponseSpec extends Ref {
  headers?: Record<string, HeaderSpec>;
  content?: { 'application/json'?: { schema?: Ref } };
}
interface ErrorSchema {
  properties?: { error?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } };
}
interface Document {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, ResponseSpec> }>>;
  components: {
    responses: Record<string, ResponseSpec>;
    headers: Record<string, HeaderSpec>;
    schemas: Record<string, ErrorSchema>;
  };
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const lastSegment = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/**
 * One outcome as a string: `"<operationId> <status> <code>"`, with `-` as the code of a success.
 *
 * @example
 * ```ts
 * outcome('getMe', 401, 'revoked_api_key'); // "getMe 401 revoked_api_key"
 * ```
 */
export function outcome(operationId: string, status: number, code: string | null): string {
  return `${operationId} ${status} ${code ?? '-'}`;
}

/**
 * One response the spec declares for an operation.
 *
 * @example
 * ```ts
 * const response: DeclaredResponse = { operationId: 'getMe', method: 'GET', path: '/v1/me', status: 200, codes: [], headers: { 'X-Request-Id': 'req_3kTn8QpL2vXz9WcB' } };
 * ```
 */
export interface DeclaredResponse {
  operationId: string;
  method: string;
  /** The path template, e.g. `/v1/api-keys/{id}`. */
  path: string;
  status: number;
  /** The error codes its schema allows; empty for a success. */
  codes: string[];
  /** Each header it declares, with the header's `example` (`undefined` when it has none). */
  headers: Record<string, unknown>;
}

function loadDocument(): Document {
  return parse(readFileSync(SPEC, 'utf8')) as Document;
}

/**
 * Every response of every operation the spec declares.
 *
 * @example
 * ```ts
 * declaredResponses().find((response) => response.operationId === 'getMe' && response.status === 429)?.headers['Retry-After']; // 30
 * ```
 */
export function declaredResponses(): DeclaredResponse[] {
  const document = loadDocument();
  const deref = <T extends Ref>(value: T, table: Record<string, T>): T => {
    if (value.$ref === undefined) return value;
    const target = table[lastSegment(value.$ref)];
    if (target === undefined) throw new Error(`${value.$ref} names no component of the spec.`);
    return target;
  };
  const declared: DeclaredResponse[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || operation.operationId === undefined) continue;
      for (const [status, raw] of Object.entries(operation.responses ?? {})) {
        const response = deref(raw, document.components.responses);
        const headers: Record<string, unknown> = {};
        for (const [name, header] of Object.entries(response.headers ?? {}))
          headers[name] = deref(header, document.components.headers).example;
        let codes: string[] = [];
        if (!status.startsWith('2')) {
          const schemaRef = response.content?.['application/json']?.schema?.$ref;
          const schema = schemaRef === undefined ? undefined : document.components.schemas[lastSegment(schemaRef)];
          codes = schema?.properties?.error?.allOf?.flatMap((part) => part.properties?.code?.enum ?? []) ?? [];
          if (codes.length === 0)
            throw new Error(`${operation.operationId} ${status}: no error codes found in the spec.`);
        }
        declared.push({
          operationId: operation.operationId,
          method: method.toUpperCase(),
          path,
          status: Number(status),
          codes,
          headers,
        });
      }
    }
  }
  return declared;
}

/**
 * Every outcome the spec declares, sorted.
 *
 * @example
 * ```ts
 * declaredOutcomes().includes('createApiKey 409 idempotency_conflict'); // true
 * ```
 */
export function declaredOutcomes(): string[] {
  return declaredResponses()
    .flatMap((response) =>
      response.codes.length === 0
        ? [outcome(response.operationId, response.status, null)]
        : response.codes.map((code) => outcome(response.operationId, response.status, code)),
    )
    .sort();
}
