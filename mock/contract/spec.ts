/**
 * The contract, compiled once from the generated spec module: the route table (path template →
 * method → operation) and each operation's parameters and body schema. Routing and validation
 * read only this, so they follow `openapi.yaml` without a second, hand-kept copy.
 */
import type { operations } from '../../src/generated/api.js';
import { openapi } from '../generated/openapi.js';
import type { JsonSchema, SchemaResolver } from './json-schema.js';
import { assertSupportedDocument } from './supported-schema.js';

/** An operation of the API, by its `operationId`. */
export type OperationId = keyof operations;

/** One request parameter of an operation. */
export interface ParameterSpec {
  readonly name: string;
  readonly in: 'query' | 'header' | 'path';
  readonly required: boolean;
  readonly schema: JsonSchema;
}

/** What the core needs to know about one operation. */
export interface OperationSpec {
  readonly id: OperationId;
  readonly method: string;
  readonly route: string;
  readonly parameters: readonly ParameterSpec[];
  readonly body: { readonly required: boolean; readonly schema: JsonSchema } | null;
}

/** One path template and the operations served on it. */
export interface RouteSpec {
  readonly template: string;
  /** The template split on `/`; `null` marks a parameter (`{id}`). */
  readonly segments: readonly (string | null)[];
  readonly parameterNames: readonly string[];
  readonly operations: ReadonlyMap<string, OperationSpec>;
  /** The `Allow` header of a 405 on this path. */
  readonly allow: string;
}

interface ParameterObject {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema: JsonSchema;
}
type ParameterEntry = ParameterObject | { readonly $ref: string };
interface OperationObject {
  readonly operationId: string;
  readonly parameters?: readonly ParameterEntry[];
  readonly requestBody?: {
    readonly required?: boolean;
    readonly content: { readonly 'application/json': { readonly schema: JsonSchema } };
  };
}
type PathItem = { readonly parameters?: readonly ParameterEntry[] } & {
  readonly [method in 'get' | 'post' | 'patch' | 'delete' | 'put']?: OperationObject;
};
interface OpenApiDocument {
  readonly info: { readonly version: string };
  readonly paths: { readonly [template: string]: PathItem };
  readonly components: {
    readonly schemas: { readonly [name: string]: JsonSchema };
    readonly parameters: { readonly [name: string]: ParameterObject };
  };
}

const document: OpenApiDocument = openapi;
// At mock start, as `npm run generate` did: a schema the validator cannot check faithfully is an error, not a pass.
assertSupportedDocument(document);

/** The only `Keysmith-Version` this mock serves, which is also the default. */
export const API_VERSION = document.info.version;

/** Resolves a `#/components/schemas/…` reference of the spec. */
export const resolveSchema: SchemaResolver = (ref) => {
  const schema = document.components.schemas[ref.slice('#/components/schemas/'.length)];
  if (schema === undefined) throw new Error(`openapi.yaml has no schema ${ref}`);
  return schema;
};

/** A named schema of the spec (`components.schemas`). */
export function schemaNamed(name: string): JsonSchema {
  return resolveSchema(`#/components/schemas/${name}`);
}

function parameterOf(entry: ParameterEntry): ParameterSpec {
  const parameter =
    '$ref' in entry ? document.components.parameters[entry.$ref.slice('#/components/parameters/'.length)] : entry;
  if (parameter === undefined) throw new Error(`openapi.yaml has no parameter ${JSON.stringify(entry)}`);
  if (parameter.in !== 'query' && parameter.in !== 'header' && parameter.in !== 'path') {
    throw new Error(`the mock does not support ${parameter.in} parameters`);
  }
  return { name: parameter.name, in: parameter.in, required: parameter.required === true, schema: parameter.schema };
}

const METHODS = ['get', 'post', 'patch', 'delete', 'put'] as const;

function compileRoutes(): RouteSpec[] {
  return Object.entries(document.paths).map(([template, item]) => {
    const operations = new Map<string, OperationSpec>();
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const body = operation.requestBody;
      operations.set(method.toUpperCase(), {
        id: operation.operationId as OperationId,
        method: method.toUpperCase(),
        route: template,
        parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(parameterOf),
        body:
          body === undefined
            ? null
            : { required: body.required === true, schema: body.content['application/json'].schema },
      });
    }
    const parts = template.split('/').slice(1);
    return {
      template,
      segments: parts.map((part) => (part.startsWith('{') ? null : part)),
      parameterNames: parts.filter((part) => part.startsWith('{')).map((part) => part.slice(1, -1)),
      operations,
      allow: [...operations.keys()].join(', '),
    };
  });
}

/** Every path of the spec with its operations. */
export const routes: readonly RouteSpec[] = compileRoutes();
