/**
 * The operations of `openapi.yaml` as the fuzzer needs them, read from the YAML (not from the
 * mock's generated copy): each one's method, path, parameters, body schema, and for every status it
 * declares, the body schema and the headers.
 */
import { openApi, type Schema } from './ajv-oracle.js';

/** One parameter of an operation. */
export interface SpecParameter {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path';
  readonly required: boolean;
  readonly schema: Schema;
}

/** One header a response declares. */
export interface SpecHeader {
  readonly required: boolean;
  readonly schema: Schema;
}

/** One declared response. */
export interface SpecResponse {
  readonly schema: Schema | null;
  readonly headers: Readonly<Record<string, SpecHeader>>;
}

/** One operation of the spec. */
export interface SpecOperation {
  readonly id: string;
  readonly method: string;
  /** The path template, `/v1/api-keys/{id}`. */
  readonly template: string;
  readonly parameters: readonly SpecParameter[];
  readonly body: { readonly required: boolean; readonly schema: Schema } | null;
  /** By status (`"201"`). */
  readonly responses: Readonly<Record<string, SpecResponse>>;
}

type Node = Readonly<Record<string, unknown>>;
const METHODS = ['get', 'post', 'patch', 'delete', 'put'];

/** A `$ref` into `components.<kind>`, or the object itself. */
function deref(value: unknown, kind: 'parameters' | 'responses' | 'headers'): Node {
  const node = value as Node;
  if (typeof node.$ref !== 'string') return node;
  const target = openApi.components[kind][node.$ref.slice(node.$ref.lastIndexOf('/') + 1)];
  if (target === undefined) throw new Error(`${node.$ref} names no ${kind} of the spec`);
  return target;
}

function response(raw: unknown): SpecResponse {
  const node = deref(raw, 'responses');
  const content = node.content as { 'application/json'?: { schema?: Schema } } | undefined;
  const headers: Record<string, SpecHeader> = {};
  for (const [name, header] of Object.entries((node.headers ?? {}) as Node)) {
    const resolved = deref(header, 'headers');
    headers[name] = { required: resolved.required === true, schema: resolved.schema as Schema };
  }
  return { schema: content?.['application/json']?.schema ?? null, headers };
}

function operationsOf(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(openApi.paths)) {
    const shared = (item.parameters ?? []) as unknown[];
    for (const method of METHODS) {
      const operation = item[method] as Node | undefined;
      if (operation === undefined) continue;
      const body = operation.requestBody as
        { required?: boolean; content: { 'application/json': { schema: Schema } } } | undefined;
      operations.push({
        id: operation.operationId as string,
        method: method.toUpperCase(),
        template,
        parameters: [...shared, ...((operation.parameters ?? []) as unknown[])].map((raw) => {
          const parameter = deref(raw, 'parameters');
          return {
            name: parameter.name as string,
            in: parameter.in as SpecParameter['in'],
            required: parameter.required === true,
            schema: parameter.schema as Schema,
          };
        }),
        body:
          body === undefined
            ? null
            : { required: body.required === true, schema: body.content['application/json'].schema },
        responses: Object.fromEntries(
          Object.entries(operation.responses as Node).map(([status, raw]) => [status, response(raw)]),
        ),
      });
    }
  }
  return operations;
}

/** Every operation of the spec, by `operationId`. */
export const SPEC_OPERATIONS: ReadonlyMap<string, SpecOperation> = new Map(
  operationsOf().map((operation) => [operation.id, operation]),
);

/** The operation named `id`; throws for one the spec does not have. */
export function specOperation(id: string): SpecOperation {
  const operation = SPEC_OPERATIONS.get(id);
  if (operation === undefined) throw new Error(`openapi.yaml has no operation ${id}`);
  return operation;
}

/**
 * What a request that matches no path of the spec gets: the API's 404 (`NotFound`), or a fault.
 * The fuzzer checks such answers as if this were one more operation.
 */
export const UNROUTED: SpecOperation = {
  id: 'unrouted',
  method: 'GET',
  template: '/v1/{anything}',
  parameters: [],
  body: null,
  responses: Object.fromEntries(
    Object.entries({ 404: 'NotFound', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable' }).map(
      ([status, name]): [string, SpecResponse] => [status, response({ $ref: `#/components/responses/${name}` })],
    ),
  ),
};
