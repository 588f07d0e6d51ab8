/**
 * `npm run docs:generate`: rewrites the generated parts of the guides — the error table of
 * docs/errors.md (from openapi.yaml), the retry defaults of docs/retries-and-rate-limits.md (from
 * `RETRY_DEFAULTS`) and docs/key-states.svg (from docs-key-states.ts).
 * With `--check` it writes nothing and exits 1 when either is stale.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_TABLE, readSpecErrorCodes, renderErrorTable } from './docs-errors.ts';
import { KEY_STATE_DIAGRAM, renderStateDiagram } from './docs-key-states.ts';
import { replaceGenerated } from './docs-markers.ts';
import { RETRY_DEFAULTS_TABLE, renderRetryDefaults } from './docs-retry-defaults.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * One generated file: where it lives and what it should contain.
 *
 * @example
 * ```ts
 * const stale = generatedDocs().filter((file) => readFileSync(file.path, 'utf8') !== file.content);
 * ```
 */
export interface GeneratedDoc {
  /** Absolute path. */
  readonly path: string;
  /** Path from the project root, for messages. */
  readonly name: string;
  /** The content it should have. */
  readonly content: string;
}

/**
 * What every generated docs file should contain, computed from its sources.
 *
 * @example
 * ```ts
 * for (const file of generatedDocs()) writeFileSync(file.path, file.content);
 * ```
 */
export function generatedDocs(): GeneratedDoc[] {
  const errorsPath = `${ROOT}docs/errors.md`;
  const retriesPath = `${ROOT}docs/retries-and-rate-limits.md`;
  const errorTable = renderErrorTable(readSpecErrorCodes(readFileSync(`${ROOT}openapi.yaml`, 'utf8')));
  return [
    {
      path: errorsPath,
      name: 'docs/errors.md',
      content: replaceGenerated(readFileSync(errorsPath, 'utf8'), ERROR_TABLE, errorTable),
    },
    {
      path: retriesPath,
      name: 'docs/retries-and-rate-limits.md',
      content: replaceGenerated(readFileSync(retriesPath, 'utf8'), RETRY_DEFAULTS_TABLE, renderRetryDefaults()),
    },
    { path: `${ROOT}docs/key-states.svg`, name: 'docs/key-states.svg', content: renderStateDiagram(KEY_STATE_DIAGRAM) },
  ];
}

function current(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = generatedDocs().filter((file) => current(file.path) !== file.content);
  for (const file of stale) {
    if (check) console.error(`${file.name} is stale: run npm run docs:generate.`);
    else writeFileSync(file.path, file.content);
  }
  if (!check)
    console.log(
      stale.length === 0 ? 'Generated docs were up to date.' : `Updated ${stale.map((file) => file.name).join(', ')}.`,
    );
  process.exitCode = check && stale.length > 0 ? 1 : 0;
}
