/**
 * The template of one generated method: its doc comment, its signature and the one call into the
 * hand-written core that makes its request. The call goes through openapi-fetch's typed request
 * methods (`api.POST('/v1/api-keys', …)`), so a generated method that disagrees with the spec's
 * paths, parameters or body does not compile.
 */
import type { SurfaceOperation } from './read-surface.ts';
import { docComment, sentence } from './tsdoc.ts';

/** What the runtime's `Page` reads from a list body; the spec's `x-keysmith-pagination` must name these fields. */
const PAGE_FIELDS = { items: 'data', hasMore: 'has_more', nextCursor: 'next_cursor' } as const;

/** `listApiKeys` → `ListApiKeysParams`: the name of an operation's query type. */
export function queryTypeName(operationId: string): string {
  return `${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}Params`;
}

/** One parameter of a generated method. */
interface Parameter {
  readonly name: string;
  readonly type: string;
  /** `?` for an optional one, ` = {}` for a query that may be left out, '' otherwise. */
  readonly optional: '' | '?' | ' = {}';
  readonly description: string;
}

/** The body is `changes` for a PATCH, which sets only what it names, and `params` otherwise. */
function bodyName(operation: SurfaceOperation): string {
  return operation.httpMethod === 'PATCH' ? 'changes' : 'params';
}

function parametersOf(operation: SurfaceOperation): Parameter[] {
  const parameters: Parameter[] = operation.pathParams.map((param) => ({
    name: param.name,
    type: 'string',
    optional: '',
    description: param.description,
  }));
  if (operation.body !== null) {
    parameters.push({
      name: bodyName(operation),
      type: operation.body.schema,
      optional: operation.body.required ? '' : '?',
      description: `${sentence(operation.body.description)} See {@link ${operation.body.schema}}.`,
    });
  }
  if (operation.query !== null) {
    parameters.push({
      name: operation.body === null ? 'params' : 'query',
      type: queryTypeName(operation.operationId),
      optional: operation.query.required ? '' : ' = {}',
      description: `The query: ${operation.query.params.map(({ name }) => `\`${name}\``).join(', ')}.`,
    });
  }
  const settings = ['signal', 'timeout', 'maxRetries', ...(operation.idempotent ? ['idempotencyKey'] : [])];
  parameters.push({
    name: 'options',
    type: 'RequestOptions',
    optional: '?',
    description: `This call's own settings: ${settings.map((name) => `\`${name}\``).join(', ')}.`,
  });
  return parameters;
}

/** The arguments of openapi-fetch's request method: the path template and the `params` / `body` it takes. */
function requestInit(operation: SurfaceOperation, query: string | null): string {
  const params: string[] = [];
  if (operation.pathParams.length > 0) params.push(`path: { ${operation.pathParams.map((p) => p.name).join(', ')} }`);
  if (query !== null) params.push(`query: ${query}`);
  const init: string[] = [];
  if (params.length > 0) init.push(`params: { ${params.join(', ')} }`);
  if (operation.body !== null) init.push(`body: ${bodyName(operation)}`);
  const path = `'${operation.path}'`;
  return init.length === 0 ? path : `${path}, { ${init.join(', ')} }`;
}

/** The type a method resolves to. */
function resultType(operation: SurfaceOperation): string {
  return operation.pagination === null
    ? `ApiPromise<${operation.response}>`
    : `PagePromise<${operation.pagination.itemSchema}>`;
}

function methodBody(operation: SurfaceOperation, self: string): string {
  const { pagination } = operation;
  const queryName = operation.query === null ? null : operation.body === null ? 'params' : 'query';
  const send = `(api) => api.${operation.httpMethod}(${requestInit(operation, queryName)})`;
  if (pagination === null) {
    const call = operation.idempotent ? '{ options, idempotent: true }' : '{ options }';
    return `return this.#core.run(${call}, ${send});`;
  }
  for (const [field, expected] of Object.entries(PAGE_FIELDS)) {
    const declared = pagination[field as keyof typeof PAGE_FIELDS];
    if (declared !== expected) {
      throw new Error(
        `${operation.operationId}: x-keysmith-pagination.${field} is "${declared}", but the SDK's Page reads "${expected}".`,
      );
    }
  }
  if (queryName === null) throw new Error(`${operation.operationId} is paginated but takes no query for the cursor.`);
  const args = parametersOf(operation)
    .map((p) => (p.name === queryName ? `{ ...${queryName}, ${pagination.cursor}: cursor }` : p.name))
    .join(', ');
  return [
    `return this.#core.page(`,
    `  { options },`,
    `  ${send},`,
    `  (cursor) => ${self}.${operation.method.name}(${args}),`,
    `);`,
  ].join('\n');
}

/** Extra sentences the runtime adds to what the spec says. */
function runtimeNotes(operation: SurfaceOperation): string[] {
  const notes: string[] = [];
  if (operation.pagination !== null) {
    notes.push('Await it for the first page, or `for await` over it for every item of every page.');
  }
  if (operation.idempotent) {
    notes.push(
      'Sent with an `Idempotency-Key` (`options.idempotencyKey`, or a fresh one) that every retry of\nthe call reuses, so retrying it is safe.',
    );
  }
  return notes;
}

/**
 * One method: its doc comment (the spec's summary, description and example), its signature and
 * its body, indented for a class.
 *
 * @param self - how the method reaches its own class for the next page (`this`).
 */
export function renderMethod(operation: SurfaceOperation, self = 'this'): string {
  const parameters = parametersOf(operation);
  const doc = docComment(
    {
      paragraphs: [sentence(operation.summary), operation.description, ...runtimeNotes(operation)],
      params: parameters.map((p) => [p.name, p.description]),
      examples: [operation.example],
    },
    2,
  );
  const signature = parameters.map(
    (p) => `${p.name}${p.optional === '?' ? '?' : ''}: ${p.type}${p.optional === ' = {}' ? ' = {}' : ''}`,
  );
  const body = methodBody(operation, self)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `${doc}\n  ${operation.method.name}(${signature.join(', ')}): ${resultType(operation)} {\n${body}\n  }`;
}
