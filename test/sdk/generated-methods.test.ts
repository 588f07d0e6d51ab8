/**
 * Every operation of openapi.yaml, called through the method the spec names for it
 * (`x-keysmith-method`), with an injected fetch: the request it sends must be the one the spec
 * describes. The expectations are read from the spec here, independently of the generator.
 */
import { readFileSync } from 'node:fs';
import { Keysmith } from 'keysmith';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { json, keyRecord, PROD_KEY } from './helpers.js';

interface SpecParameter {
  name: string;
  in: string;
  example?: unknown;
}
interface SpecOperation {
  operationId: string;
  'x-keysmith-method': string;
  parameters?: ({ $ref: string } | SpecParameter)[];
  requestBody?: {
    required?: boolean;
    content: { 'application/json': { examples?: Record<string, { value: unknown }> } };
  };
  'x-keysmith-pagination'?: { cursor: string };
}
type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';
type SpecPathItem = { parameters?: ({ $ref: string } | SpecParameter)[] } & Partial<Record<HttpMethod, SpecOperation>>;
interface Spec {
  paths: Record<string, SpecPathItem>;
  components: { parameters: Record<string, SpecParameter> };
}

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Spec;
const HTTP_METHODS: readonly string[] = ['get', 'post', 'patch', 'put', 'delete'] satisfies HttpMethod[];
const KEY_ID = 'key_7Hq2ZbN4xTmW9cLp';

function parameter(reference: { $ref: string } | SpecParameter): SpecParameter {
  if (!('$ref' in reference)) return reference;
  const name = reference.$ref.split('/').at(-1) ?? '';
  const found = spec.components.parameters[name];
  if (found === undefined) throw new Error(`${reference.$ref} points at nothing`);
  return found;
}

/** One operation, and the call and request the spec implies for it. */
interface Case {
  operationId: string;
  httpMethod: string;
  method: string;
  /** The path the request must reach. */
  path: string;
  /** The arguments, in the SDK's order: path parameters, then the body or the query. */
  args: unknown[];
  query: Record<string, string>;
  body: unknown;
  idempotent: boolean;
  paginated: boolean;
}

const cases: Case[] = Object.entries(spec.paths).flatMap(([template, item]) =>
  // In the document's order.
  Object.keys(item)
    .filter((key): key is HttpMethod => HTTP_METHODS.includes(key))
    .map((httpMethod): Case => {
      const operation = item[httpMethod] as SpecOperation;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(parameter);
      const pathParams = parameters.filter((p) => p.in === 'path');
      const queryParams = parameters.filter((p) => p.in === 'query' && p.example !== undefined);
      const query = Object.fromEntries(queryParams.map((p) => [p.name, p.example]));
      const body = operation.requestBody?.content['application/json'].examples;
      const bodyExample = body === undefined ? undefined : Object.values(body)[0]?.value;
      const args: unknown[] = pathParams.map(() => KEY_ID);
      if (operation.requestBody !== undefined) args.push(bodyExample);
      if (queryParams.length > 0) args.push(query);
      return {
        operationId: operation.operationId,
        httpMethod: httpMethod.toUpperCase(),
        method: operation['x-keysmith-method'],
        path: pathParams.reduce((path, p) => path.replace(`{${p.name}}`, KEY_ID), template),
        args,
        query: Object.fromEntries(queryParams.map((p) => [p.name, String(p.example)])),
        body: bodyExample,
        idempotent: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        paginated: operation['x-keysmith-pagination'] !== undefined,
      };
    }),
);

/** A client whose fetch records each request and answers a success the method can read. */
function recordingClient(): { client: Keysmith; sent: Request[] } {
  const sent: Request[] = [];
  const client = new Keysmith({
    apiKey: PROD_KEY,
    fetch: (request) => {
      sent.push(request);
      const isList = request.method === 'GET' && new URL(request.url).pathname === '/v1/api-keys';
      const body = isList
        ? { object: 'list', data: [keyRecord(KEY_ID)], has_more: false, next_cursor: null }
        : keyRecord(KEY_ID);
      return Promise.resolve(json(200, body));
    },
  });
  return { client, sent };
}

/** The method the spec names, looked up on the client: `keys.create` → `client.keys.create`. */
function methodOf(client: Keysmith, path: string): (...args: unknown[]) => Promise<unknown> {
  const [first = '', second] = path.split('.');
  const owner: unknown = second === undefined ? client : (client as unknown as Record<string, unknown>)[first];
  const method = (owner as Record<string, unknown> | undefined)?.[second ?? first];
  if (typeof method !== 'function') throw new Error(`client.${path} is not a method`);
  return (...args: unknown[]) => (method as (...a: unknown[]) => Promise<unknown>).apply(owner, args);
}

describe('the methods generated from openapi.yaml', () => {
  test('the spec has an x-keysmith-method for each of its nine operations', () => {
    expect(cases.map((c) => c.method).sort()).toEqual([
      'keys.create',
      'keys.delete',
      'keys.get',
      'keys.list',
      'keys.regenerate',
      'keys.revoke',
      'keys.update',
      'me',
      'rateLimit.get',
    ]);
  });

  test('the client has exactly the methods the spec names, and no other resource method', () => {
    const { client } = recordingClient();
    const own = (value: object): string[] =>
      Object.getOwnPropertyNames(Object.getPrototypeOf(value)).filter((name) => name !== 'constructor');
    const resourceMethods = ['keys', 'rateLimit'].flatMap((resource) =>
      own((client as unknown as Record<string, object>)[resource] ?? {}).map((name) => `${resource}.${name}`),
    );
    const specMethods = cases.map((c) => c.method);
    expect(resourceMethods.sort()).toEqual(specMethods.filter((m) => m.includes('.')).sort());
    for (const method of specMethods.filter((m) => !m.includes('.')))
      expect(typeof methodOf(client, method)).toBe('function');
  });

  test.each(cases)('$method sends $httpMethod $path as the spec describes it', async (c) => {
    const { client, sent } = recordingClient();
    await methodOf(client, c.method)(...c.args);
    expect(sent).toHaveLength(1);
    const [request] = sent;
    if (request === undefined) throw new Error('no request was sent');
    const url = new URL(request.url);
    expect(request.method).toBe(c.httpMethod);
    expect(url.pathname).toBe(c.path);
    expect(Object.fromEntries(url.searchParams)).toEqual(c.query);
    const text = await request.text();
    if (c.body === undefined) {
      expect(text).toBe('');
    } else {
      expect(JSON.parse(text)).toEqual(c.body);
      expect(request.headers.get('content-type')).toBe('application/json');
    }
    expect(request.headers.get('keysmith-version')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Idempotency-Key exactly where the spec declares the header.
    expect(request.headers.has('idempotency-key')).toBe(c.idempotent);
  });

  test.each(cases.filter((c) => c.idempotent))(
    '$method sends the caller’s idempotencyKey on every attempt',
    async (c) => {
      let attempts = 0;
      const keys: (string | null)[] = [];
      const client = new Keysmith({
        apiKey: PROD_KEY,
        sleep: () => Promise.resolve(),
        fetch: (request) => {
          keys.push(request.headers.get('idempotency-key'));
          attempts += 1;
          return Promise.resolve(
            attempts === 1 ? json(503, { error: { code: 'service_unavailable' } }) : json(200, keyRecord(KEY_ID)),
          );
        },
      });
      await methodOf(client, c.method)(...c.args, { idempotencyKey: 'retry-me-1' });
      expect(keys).toEqual(['retry-me-1', 'retry-me-1']);
    },
  );

  test.each(cases.filter((c) => c.paginated))('$method is an async iterator over every page', async (c) => {
    const { client } = recordingClient();
    const items: unknown[] = [];
    const iterable = methodOf(client, c.method)(...c.args) as unknown as AsyncIterable<unknown>;
    for await (const item of iterable) items.push(item);
    expect(items).toEqual([keyRecord(KEY_ID)]);
  });
});
