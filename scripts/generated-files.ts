/**
 * Everything generated from openapi.yaml, computed in memory: `npm run generate` writes it,
 * `npm run check:generated` compares it with what is committed. One function, so the two can
 * never disagree about what "fresh" means.
 *
 * - `src/generated/api.ts`: the types, by openapi-typescript (with the explicit `undefined`s of
 *   `sdk-surface/api-types.ts`);
 * - `src/generated/schemas.ts`, `resources/*.ts`, `keysmith-api.ts`: the SDK's methods and the
 *   friendly type names, by the templates in `scripts/sdk-surface/`, formatted by Prettier;
 * - `mock/generated/openapi.ts`: the document as data, for the mock's validator;
 * - `schemas/seed-file.schema.json` and `schemas/mock-state.schema.json`: the JSON Schemas of the
 *   seed file and of a saved mock state, which the package ships for editors and other languages
 *   (`keysmith/mock/seed-file.schema.json`, `keysmith/mock/state.schema.json`).
 */
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { assertSupportedDocument } from '../mock/contract/supported-schema.ts';
import { SEED_SCHEMA_PATH, seedFileSchema } from '../mock/node/seed-file-schema.ts';
import { MOCK_STATE_SCHEMA, MOCK_STATE_SCHEMA_PATH } from '../mock/snapshot/snapshot-schema.ts';
import { withExplicitUndefined } from './sdk-surface/api-types.ts';
import { readSurface } from './sdk-surface/read-surface.ts';
import { BANNER, renderSurface } from './sdk-surface/render-files.ts';

type Json = Record<string, unknown>;

/** Each schema's description, by name. */
function schemaDescriptions(document: Json): Map<string, string> {
  const schemas =
    (document.components as { schemas?: Record<string, { description?: unknown }> } | undefined)?.schemas ?? {};
  const descriptions = new Map<string, string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (typeof schema.description === 'string') descriptions.set(name, schema.description.trim());
  }
  return descriptions;
}

/** The SDK's generated surface for a spec's text: path → formatted contents. */
export async function sdkSurfaceFiles(specText: string, root: URL): Promise<Map<string, string>> {
  const document = parse(specText) as Json;
  const files = renderSurface(readSurface(document), schemaDescriptions(document));
  const formatted = new Map<string, string>();
  for (const [path, contents] of files) {
    const options = await resolveConfig(new URL(path, root));
    formatted.set(path, await format(contents, { ...options, parser: 'typescript' }));
  }
  return formatted;
}

/** Path (relative to the project root) → file contents, for the project's openapi.yaml. */
export async function generatedFiles(root: URL): Promise<Map<string, string>> {
  return generatedFilesFor(await readFile(new URL('openapi.yaml', root), 'utf8'), root);
}

/** Path (relative to the project root) → file contents, for a spec's text. */
export async function generatedFilesFor(specText: string, root: URL): Promise<Map<string, string>> {
  // The mock validates requests against these schemas: refuse one it would only pretend to check.
  assertSupportedDocument(parse(specText));
  const ast = await openapiTS(specText);
  const types = BANNER + '\n' + astToString(withExplicitUndefined(ast));
  const spec = parse(specText) as unknown;
  const specModule =
    BANNER +
    '\n/** The OpenAPI document, as data: the mock validates requests against its schemas. */\n' +
    `export const openapi = ${JSON.stringify(spec, null, 2)} as const;\n`;
  const schemas = (spec as { components: { schemas: Parameters<typeof seedFileSchema>[0] } }).components.schemas;
  const asJsonFile = async (path: string, value: unknown): Promise<string> =>
    format(JSON.stringify(value), { ...(await resolveConfig(new URL(path, root))), parser: 'json' });
  return new Map([
    ['src/generated/api.ts', types],
    ...(await sdkSurfaceFiles(specText, root)),
    ['mock/generated/openapi.ts', specModule],
    [SEED_SCHEMA_PATH, await asJsonFile(SEED_SCHEMA_PATH, seedFileSchema(schemas))],
    [MOCK_STATE_SCHEMA_PATH, await asJsonFile(MOCK_STATE_SCHEMA_PATH, MOCK_STATE_SCHEMA)],
  ]);
}
