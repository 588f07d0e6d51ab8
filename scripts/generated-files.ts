/**
 * Everything generated from openapi.yaml, computed in memory: `npm run generate` writes it,
 * `npm run check:generated` compares it with what is committed. One function, so the two can
 * never disagree about what "fresh" means.
 */
import { readFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const BANNER = `/**
 * GENERATED from openapi.yaml by \`npm run generate\` — do not edit by hand.
 * \`npm test\` fails when this file is stale.
 */
`;

/** Path (relative to the project root) → file contents. */
export async function generatedFiles(root: URL): Promise<Map<string, string>> {
  const specText = await readFile(new URL('openapi.yaml', root), 'utf8');
  const ast = await openapiTS(specText);
  const types = BANNER + '\n' + astToString(ast);
  const spec = parse(specText) as unknown;
  const specModule =
    BANNER +
    '\n/** The OpenAPI document, as data: the mock validates requests against its schemas. */\n' +
    `export const openapi = ${JSON.stringify(spec, null, 2)} as const;\n`;
  return new Map([
    ['src/generated/api.ts', types],
    ['mock/generated/openapi.ts', specModule],
  ]);
}
