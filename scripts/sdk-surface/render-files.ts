/**
 * The files of the SDK's generated surface, as text: one class per resource, the client's own
 * methods in a base class that `Keysmith` extends, and the friendly names of the spec's schemas.
 * Generated code imports only types from the hand-written runtime, so nothing it holds runs
 * before the runtime does.
 */
import type { ScopeList, Surface, SurfaceOperation, SurfaceResource } from './read-surface.ts';
import { queryTypeName, renderMethod } from './render-methods.ts';
import { docComment, sentence } from './tsdoc.ts';
import { tsLiteral } from './ts-literal.ts';

/** The first lines of every generated file. */
export const BANNER = `/**
 * GENERATED from openapi.yaml by \`npm run generate\` — do not edit by hand.
 * \`npm test\` fails when this file is stale.
 */
`;

/** `rateLimit` → `RateLimitResource`. */
function className(resource: string): string {
  return `${resource.charAt(0).toUpperCase()}${resource.slice(1)}Resource`;
}

/** `rateLimit` → `rate-limit`. */
function fileName(resource: string): string {
  return resource.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** The type names a set of operations uses, for its imports. */
function typesUsed(operations: readonly SurfaceOperation[]): { runtime: string[]; schemas: string[] } {
  const runtime = new Set<string>(['RequestOptions']);
  const schemas = new Set<string>();
  for (const operation of operations) {
    if (operation.body !== null) schemas.add(operation.body.schema);
    if (operation.query !== null) schemas.add(queryTypeName(operation.operationId));
    if (operation.pagination === null) {
      runtime.add('ApiPromise');
      schemas.add(operation.response);
    } else {
      runtime.add('PagePromise');
      schemas.add(operation.pagination.itemSchema);
    }
  }
  return { runtime: [...runtime].sort(), schemas: [...schemas].sort() };
}

const RUNTIME_MODULES: Readonly<Record<string, string>> = {
  ApiPromise: 'api-promise.js',
  PagePromise: 'pagination.js',
  RequestOptions: 'request-options.js',
};

/** `import type` lines for the runtime's types, the core and the schemas, from a file `depth` folders below `src/generated/`. */
function imports(operations: readonly SurfaceOperation[], depth: number, extra: readonly string[] = []): string {
  const up = '../'.repeat(depth + 1);
  const { runtime, schemas } = typesUsed(operations);
  // The runtime's types first, then this folder's own (the resources, the schemas).
  const lines = runtime.map((name) => `import type { ${name} } from '${up}${RUNTIME_MODULES[name] ?? ''}';`);
  lines.push(`import type { Core } from '${up}internal/core.js';`);
  lines.sort((a, b) => a.localeCompare(b));
  lines.push(...extra);
  const here = depth === 0 ? './' : '../'.repeat(depth);
  if (schemas.length > 0) lines.push(`import type { ${schemas.join(', ')} } from '${here}schemas.js';`);
  return lines.join('\n');
}

function renderResource(resource: SurfaceResource, operations: readonly SurfaceOperation[]): string {
  const [first] = operations;
  const doc = docComment({
    paragraphs: [sentence(resource.description), `Reached as \`client.${resource.name}\`.`],
    examples: first === undefined ? [] : [first.example],
  });
  return `${BANNER}${imports(operations, 1)}

${doc}
export class ${className(resource.name)} {
  readonly #core: Core;

  /** @internal */
  constructor(core: Core) {
    this.#core = core;
  }

${operations.map((operation) => renderMethod(operation)).join('\n\n')}
}
`;
}

function renderClientMethods(surface: Surface, own: readonly SurfaceOperation[]): string {
  const used = surface.resources.filter((resource) =>
    surface.operations.some((o) => o.method.resource === resource.name),
  );
  const resourceImports = used.map(
    (resource) => `import { ${className(resource.name)} } from './resources/${fileName(resource.name)}.js';`,
  );
  const fields = used.map(
    (resource) =>
      `${docComment({ paragraphs: [sentence(resource.description)] }, 2)}\n  readonly ${resource.name}: ${className(resource.name)};`,
  );
  const assignments = used.map((resource) => `    this.${resource.name} = new ${className(resource.name)}(core);`);
  const doc = docComment({
    paragraphs: [
      `The API's operations as the spec names them: the resources (${used.map((r) => `\`${r.name}\``).join(', ')})\n` +
        "and the client's own methods. `Keysmith` extends it with its options and its runtime.",
    ],
    examples: own.length > 0 && own[0] !== undefined ? [own[0].example] : [],
    modifiers: ['@hidden'],
  });
  return `${BANNER}${imports(own, 0, resourceImports)}

${doc}
export abstract class KeysmithApi {
${fields.join('\n\n')}

  readonly #core: Core;

  /** @internal */
  protected constructor(core: Core) {
    this.#core = core;
${assignments.join('\n')}
  }

${own.map((operation) => renderMethod(operation)).join('\n\n')}
}
`;
}

/** `const name: Type = await client.keys.get('key_…');`: how an example reaches a value of a response type. */
function exampleCall(operation: SurfaceOperation, declaration: string): string {
  const head = `${declaration} = await client.${methodPathOf(operation)}(`;
  const args: string[] = operation.pathParams.map((param) => tsLiteral(param.example));
  if (operation.body?.required === true) args.push(tsLiteral(operation.body.example ?? {}, head.length));
  return `${head}${args.join(', ')});`;
}

const variableName = (typeName: string): string => `${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}`;

/**
 * The friendly name of every schema the surface uses, in alphabetical order, each with the
 * schema's description and an example of where a value of it comes from or goes.
 */
function renderSchemas(surface: Surface, descriptions: ReadonlyMap<string, string>): string {
  const entries = new Map<string, { type: string; description: string; example: string }>();
  const schema = (name: string): string => `components['schemas']['${name}']`;
  const described = (name: string): string => descriptions.get(name) ?? `The ${name} schema of openapi.yaml.`;
  // The first example found for a name wins, so the plainest sources come first: a response a
  // call returns, then a body or query a call takes, then an item of a list.
  for (const operation of surface.operations) {
    if (operation.pagination !== null) continue;
    const name = operation.response;
    if (entries.has(name)) continue;
    const example = exampleCall(operation, `const ${variableName(name)}: ${name}`);
    entries.set(name, { type: schema(name), description: described(name), example });
  }
  for (const operation of surface.operations) {
    const { body, query } = operation;
    if (body !== null && !entries.has(body.schema)) {
      const head = `const ${bodyVariable(operation)}: ${body.schema} = `;
      entries.set(body.schema, {
        type:
          surface.knownScopes.length > 0 ? withKnownScopes(schema(body.schema), body.scopeLists) : schema(body.schema),
        description: body.description,
        example: `${head}${tsLiteral(body.example ?? {}, head.length)};`,
      });
    }
    if (query !== null) {
      const name = queryTypeName(operation.operationId);
      const cursor = operation.pagination?.cursor;
      const example = Object.fromEntries(
        query.params.filter((p) => p.name !== cursor && p.example !== undefined).map((p) => [p.name, p.example]),
      );
      const head = `const params: ${name} = `;
      entries.set(name, {
        type: `NonNullable<operations['${operation.operationId}']['parameters']['query']>`,
        description: `The query of \`${methodPathOf(operation)}\`: ${query.params.map((p) => `\`${p.name}\``).join(', ')}`,
        example: `${head}${tsLiteral(example, head.length)};\nconst page = await client.${methodPathOf(operation)}(params);`,
      });
    }
  }
  for (const operation of surface.operations) {
    const name = operation.pagination?.itemSchema;
    if (name === undefined || entries.has(name)) continue;
    const example = `for await (const item of client.${methodPathOf(operation)}()) {\n  const ${variableName(name)}: ${name} = item;\n}`;
    entries.set(name, { type: schema(name), description: described(name), example });
  }

  if (surface.knownScopes.length > 0) {
    entries.set('KnownScope', {
      type: surface.knownScopes.map((scope) => tsLiteral(scope)).join(' | '),
      description:
        'A scope the spec names (`x-keysmith-known-scopes` on its `Scope` schema): what `permissions` autocompletes',
      example: `const scope: KnownScope = ${tsLiteral(surface.knownScopes[0])};`,
    });
    // Intersected with `{}`: a bare template-literal type would absorb the literals it matches
    // (`'keys:read' | \`\${string}:\${string}\`` is just the template), and editors would offer none.
    entries.set('Scope', {
      type: 'KnownScope | (`${string}:${string}` & {})',
      description:
        'A permission, `resource:action`: one of the {@link KnownScope}s, or any other such as `tasks:read`; a string without a colon does not compile',
      example: `const permissions: Scope[] = [${tsLiteral(surface.knownScopes[0])}, 'tasks:read'];`,
    });
  }
  const written = [...entries]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, entry]) =>
        `${docComment({ paragraphs: [sentence(entry.description)], examples: [entry.example] })}\nexport type ${name} = ${entry.type};`,
    );
  return `${BANNER}import type { components, operations } from './api.js';

${written.join('\n\n')}
`;
}

/**
 * A request body's type with its lists of scopes typed as `Scope[]`, so that they autocomplete the
 * known scopes (the spec's own type, from openapi-typescript, says `string[]`).
 */
function withKnownScopes(type: string, scopeLists: readonly ScopeList[]): string {
  if (scopeLists.length === 0) return type;
  const omitted = scopeLists.map((list) => `'${list.name}'`).join(' | ');
  const properties = scopeLists.map(
    (list) =>
      `${docComment({ paragraphs: [sentence(list.description)], examples: [] })}\n${list.name}${list.required ? '' : '?'}: Scope[]${list.required ? '' : ' | undefined'};`,
  );
  return `Omit<${type}, ${omitted}> & {\n${properties.join('\n')}\n}`;
}

function methodPathOf(operation: SurfaceOperation): string {
  return operation.method.resource === null
    ? operation.method.name
    : `${operation.method.resource}.${operation.method.name}`;
}

function bodyVariable(operation: SurfaceOperation): string {
  return operation.httpMethod === 'PATCH' ? 'changes' : 'params';
}

/**
 * What `keysmith` exports of the generated surface: the resources' types and the friendly type
 * names. `src/index.ts` re-exports this file whole, so a resource or a type the spec gains or
 * loses is exported or gone without a hand edit.
 */
function renderSurfaceBarrel(surface: Surface): string {
  const resources = surface.resources
    .filter((resource) => surface.operations.some((o) => o.method.resource === resource.name))
    .map((resource) => `export type { ${className(resource.name)} } from './resources/${fileName(resource.name)}.js';`);
  return `${BANNER}${resources.join('\n')}
export type * from './schemas.js';
`;
}

/**
 * Every file of the generated surface: path (from the project root) → contents, before formatting.
 *
 * @param descriptions - each schema's description, by name, for the friendly type names' docs.
 */
export function renderSurface(surface: Surface, descriptions: ReadonlyMap<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const resource of surface.resources) {
    const operations = surface.operations.filter((operation) => operation.method.resource === resource.name);
    if (operations.length === 0) continue;
    files.set(`src/generated/resources/${fileName(resource.name)}.ts`, renderResource(resource, operations));
  }
  files.set(
    'src/generated/keysmith-api.ts',
    renderClientMethods(
      surface,
      surface.operations.filter((o) => o.method.resource === null),
    ),
  );
  files.set('src/generated/schemas.ts', renderSchemas(surface, descriptions));
  files.set('src/generated/surface.ts', renderSurfaceBarrel(surface));
  return files;
}
