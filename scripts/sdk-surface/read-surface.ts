/**
 * The SDK's surface as the spec declares it: one {@link SurfaceOperation} per operation, read from
 * `x-keysmith-method`, the parameters, the request body, the success response, `x-codeSamples`
 * and `x-keysmith-pagination`. Pure: a parsed document in, plain data out. The templates in
 * `render-*.ts` turn it into TypeScript.
 */

/** Where a method lives: on a resource (`client.keys.create`) or on the client itself (`client.me`). */
export interface MethodPath {
  /** The resource's property on the client (`keys`), or `null` for a method of the client. */
  readonly resource: string | null;
  /** The method's name (`create`). */
  readonly name: string;
}

/** What `x-keysmith-pagination` says about a list operation. */
export interface Pagination {
  /** The query parameter that takes the cursor. */
  readonly cursor: string;
  /** The response field holding the page's items. */
  readonly items: string;
  /** The response field saying whether another page follows. */
  readonly hasMore: string;
  /** The response field holding the next page's cursor. */
  readonly nextCursor: string;
  /** The schema name of one item (from the items field's `$ref`). */
  readonly itemSchema: string;
}

/** A path parameter, with the spec's description and example. */
export interface PathParam {
  readonly name: string;
  readonly description: string;
  readonly example: unknown;
}

/** One operation of the spec, as the SDK exposes it. */
export interface SurfaceOperation {
  readonly operationId: string;
  readonly method: MethodPath;
  /** `GET`, `POST`, … */
  readonly httpMethod: string;
  /** The path template, e.g. `/v1/api-keys/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  /** The TypeScript example of `x-codeSamples` (lang `TypeScript`, label `keysmith`). */
  readonly example: string;
  /** The path parameters, in the order of the path. */
  readonly pathParams: readonly PathParam[];
  /** The query parameters (name and example), and whether any is required; `null` without any. */
  readonly query: {
    readonly params: readonly { readonly name: string; readonly example: unknown }[];
    readonly required: boolean;
  } | null;
  /** The request body: its schema name, whether it is required, its description and first example. */
  readonly body: {
    readonly schema: string;
    readonly required: boolean;
    readonly description: string;
    readonly example: unknown;
    /** The body's properties that are lists of `Scope`s (`permissions`): the SDK types them with the known scopes. */
    readonly scopeLists: readonly ScopeList[];
  } | null;
  /** The success response's schema name. */
  readonly response: string;
  /** Whether the operation declares an `Idempotency-Key` header: the SDK then sends one on every call. */
  readonly idempotent: boolean;
  readonly pagination: Pagination | null;
}

/** The resources the tags name with `x-keysmith-resource`, with the tag's description. */
export interface SurfaceResource {
  readonly name: string;
  readonly description: string;
}

/** A property of a request body that is a list of `Scope`s. */
export interface ScopeList {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
}

/** The whole surface. */
export interface Surface {
  readonly operations: readonly SurfaceOperation[];
  readonly resources: readonly SurfaceResource[];
  /** The scopes the spec names (`x-keysmith-known-scopes` on the `Scope` schema), in its order; empty when it names none. */
  readonly knownScopes: readonly string[];
}

/**
 * The scopes `x-keysmith-known-scopes` of the `Scope` schema lists: the values `permissions`
 * autocompletes. Empty when the spec has no such list.
 */
export function readKnownScopes(document: Json): string[] {
  const schemas = (document.components as { schemas?: Record<string, Json> } | undefined)?.schemas;
  const listed = schemas?.['Scope']?.['x-keysmith-known-scopes'];
  if (listed === undefined) return [];
  if (!Array.isArray(listed) || !listed.every((scope) => typeof scope === 'string' && scope.includes(':'))) {
    throw new Error('x-keysmith-known-scopes of the Scope schema must be a list of `resource:action` strings.');
  }
  return listed as string[];
}

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const METHOD_PATH = /^(?:(?<resource>[a-z][A-Za-z]*)\.)?(?<name>[a-z][A-Za-z]*)$/;
const SCHEMA_REF = /^#\/components\/schemas\/(?<name>[A-Za-z0-9_]+)$/;
const SCOPE_REF = '#/components/schemas/Scope';

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where} must be a non-empty string.`);
  return value;
}

function object(value: unknown, where: string): Json {
  if (!isObject(value)) throw new Error(`${where} must be an object.`);
  return value;
}

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
function resolve(document: Json, value: unknown): unknown {
  if (!isObject(value) || typeof value.$ref !== 'string') return value;
  let target: unknown = document;
  for (const part of value.$ref.replace(/^#\//, '').split('/')) {
    target = isObject(target) ? target[part] : undefined;
  }
  if (target === undefined) throw new Error(`${value.$ref} points at nothing.`);
  return target;
}

/** The schema name a `$ref` names; refuses an inline schema, since the SDK names every type it exposes. */
function schemaName(schema: unknown, where: string): string {
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? SCHEMA_REF.exec(schema.$ref) : null;
  if (!ref?.groups?.name) throw new Error(`${where} must be a $ref to a schema under #/components/schemas.`);
  return ref.groups.name;
}

function readMethod(value: unknown, where: string): MethodPath {
  const match = METHOD_PATH.exec(text(value, `${where} x-keysmith-method`));
  if (!match?.groups?.name) {
    throw new Error(`${where} x-keysmith-method must look like "keys.create" or "me"; got ${JSON.stringify(value)}.`);
  }
  return { resource: match.groups.resource ?? null, name: match.groups.name };
}

function readExample(operation: Json, where: string): string {
  const samples = operation['x-codeSamples'];
  const sample = Array.isArray(samples)
    ? samples.find((s): s is Json => isObject(s) && s.lang === 'TypeScript' && s.label === 'keysmith')
    : undefined;
  if (sample === undefined)
    throw new Error(`${where} needs an x-codeSamples entry with lang TypeScript, label keysmith.`);
  return text(sample.source, `${where} x-codeSamples source`).trimEnd();
}

function readPathParams(path: string, parameters: readonly Json[], where: string): PathParam[] {
  return [...path.matchAll(/\{(?<name>[^}]+)\}/g)].map((match) => {
    const name = match.groups?.name ?? '';
    const declared = parameters.find((p) => p.in === 'path' && p.name === name);
    if (declared === undefined) throw new Error(`${where} does not declare its path parameter ${name}.`);
    return {
      name,
      description: text(declared.description, `${where} parameter ${name} description`),
      example: declared.example,
    };
  });
}

function readBody(document: Json, value: unknown, where: string): NonNullable<SurfaceOperation['body']> {
  const body = object(value, `${where} requestBody`);
  const media = object(object(body.content, `${where} requestBody content`)['application/json'], `${where} body`);
  const schema = schemaName(media.schema, `${where} body schema`);
  const resolved = object(resolve(document, media.schema), schema);
  const examples = isObject(media.examples) ? Object.values(media.examples) : [];
  const first = examples.map((example) => resolve(document, example)).find(isObject);
  const properties = isObject(resolved.properties) ? resolved.properties : {};
  const required = Array.isArray(resolved.required) ? resolved.required : [];
  const scopeLists = Object.entries(properties)
    .filter(([, property]) => isObject(property) && isObject(property.items) && property.items.$ref === SCOPE_REF)
    .map(([name, property]) => ({
      name,
      required: required.includes(name),
      description: isObject(property) && typeof property.description === 'string' ? property.description : '',
    }));
  return {
    schema,
    required: body.required === true,
    description: text(resolved.description, `${schema} description`),
    example: first?.value,
    scopeLists,
  };
}

function readPagination(document: Json, operation: Json, response: string, where: string): Pagination | null {
  const value = operation['x-keysmith-pagination'];
  if (value === undefined) return null;
  const declared = object(value, `${where} x-keysmith-pagination`);
  const field = (key: string): string => text(declared[key], `${where} x-keysmith-pagination.${key}`);
  const items = field('items');
  const schema = object(resolve(document, { $ref: `#/components/schemas/${response}` }), response);
  const properties = object(schema.properties, `${response}.properties`);
  const itemsSchema = object(resolve(document, properties[items]), `${response}.${items}`);
  return {
    cursor: field('cursor'),
    items,
    hasMore: field('hasMore'),
    nextCursor: field('nextCursor'),
    itemSchema: schemaName(itemsSchema.items, `${response}.${items}.items`),
  };
}

/**
 * Reads the SDK's surface from a parsed OpenAPI document.
 *
 * @throws Error naming the operation and the field when an extension is missing or malformed, or
 * when two operations claim the same method.
 */
export function readSurface(document: Json): Surface {
  const operations: SurfaceOperation[] = [];
  for (const [path, rawItem] of Object.entries(object(document.paths, 'paths'))) {
    const item = object(rawItem, path);
    const shared: unknown[] = Array.isArray(item.parameters) ? item.parameters : [];
    // In the document's order, which is the order the methods are written in.
    for (const httpMethod of Object.keys(item).filter((key) => HTTP_METHODS.includes(key))) {
      const operation = object(item[httpMethod], `${httpMethod.toUpperCase()} ${path}`);
      const operationId = text(operation.operationId, `${httpMethod.toUpperCase()} ${path} operationId`);
      const where = `operation ${operationId}`;
      const own: unknown[] = Array.isArray(operation.parameters) ? operation.parameters : [];
      const parameters = [...shared, ...own].map((p) => object(resolve(document, p), `${where} parameter`));
      const query = parameters.filter((p) => p.in === 'query');
      const body =
        operation.requestBody === undefined
          ? null
          : readBody(document, resolve(document, operation.requestBody), where);
      const success = Object.entries(object(operation.responses, `${where} responses`)).find(([status]) =>
        /^2\d\d$/.test(status),
      );
      if (success === undefined) throw new Error(`${where} declares no 2xx response.`);
      const content = object(
        object(resolve(document, success[1]), `${where} ${success[0]}`).content,
        `${where} ${success[0]} content`,
      );
      const response = schemaName(
        object(content['application/json'], `${where} response`).schema,
        `${where} response schema`,
      );
      operations.push({
        operationId,
        method: readMethod(operation['x-keysmith-method'], where),
        httpMethod: httpMethod.toUpperCase(),
        path,
        summary: text(operation.summary, `${where} summary`),
        description: text(operation.description, `${where} description`).trim(),
        example: readExample(operation, where),
        pathParams: readPathParams(path, parameters, where),
        query:
          query.length === 0
            ? null
            : {
                params: query.map((p) => ({ name: text(p.name, `${where} query parameter`), example: p.example })),
                required: query.some((p) => p.required === true),
              },
        body,
        response,
        idempotent: parameters.some(
          (p) => p.in === 'header' && typeof p.name === 'string' && p.name.toLowerCase() === 'idempotency-key',
        ),
        pagination: readPagination(document, operation, response, where),
      });
    }
  }

  const claimed = new Map<string, string>();
  for (const { method, operationId } of operations) {
    const key = method.resource === null ? method.name : `${method.resource}.${method.name}`;
    const other = claimed.get(key);
    if (other !== undefined)
      throw new Error(`Operations ${other} and ${operationId} both claim x-keysmith-method ${key}.`);
    claimed.set(key, operationId);
  }

  const tags = Array.isArray(document.tags) ? document.tags.filter(isObject) : [];
  const resources = tags
    .filter((tag) => tag['x-keysmith-resource'] !== undefined)
    .map((tag) => ({
      name: text(tag['x-keysmith-resource'], `tag ${String(tag.name)} x-keysmith-resource`),
      description: text(tag.description, `tag ${String(tag.name)} description`),
    }));
  for (const { method, operationId } of operations) {
    if (method.resource !== null && !resources.some((r) => r.name === method.resource)) {
      throw new Error(
        `Operation ${operationId} is on resource "${method.resource}", which no tag declares with x-keysmith-resource.`,
      );
    }
  }
  return { operations, resources, knownScopes: readKnownScopes(document) };
}
