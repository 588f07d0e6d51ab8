/**
 * The generated half of docs/errors.md: one row per error code of openapi.yaml, with the statuses
 * the spec's responses give it (read from every operation's error responses, not typed by hand),
 * the SDK error class that status becomes (asked of the SDK's own factory), and the hand-kept text
 * of docs-error-guidance.ts. `npm run docs:generate` rewrites the table between its markers;
 * test/docs/errors.test.ts fails when the committed table differs.
 *
 * @module
 */
import type { ErrorCode } from 'keysmith';
import { parse } from 'yaml';
import { errorFromResponse } from '../src/errors.ts';
import { ERROR_GUIDANCE } from './docs-error-guidance.ts';

/**
 * The name of the generated part of docs/errors.md.
 *
 * @example
 * ```ts
 * generatedPart(readFileSync('docs/errors.md', 'utf8'), ERROR_TABLE);
 * ```
 */
export const ERROR_TABLE = 'error table';

/**
 * What the spec says about one error code.
 *
 * @example
 * ```ts
 * const spec: SpecErrorCode = { code: 'not_found', statuses: [404], type: 'not_found_error' };
 * ```
 */
export interface SpecErrorCode {
  readonly code: ErrorCode;
  /** Every status whose response can carry the code, ascending. */
  readonly statuses: readonly number[];
  /** The `error.type` those responses give it. */
  readonly type: string;
}

interface Ref {
  $ref?: string;
}
interface ErrorBodySchema {
  properties?: { error?: { allOf?: { properties?: { code?: { enum?: string[] }; type?: { const?: string } } }[] } };
}
interface Spec {
  /** Each path item holds its operations, and other fields (`parameters`, `summary`) beside them. */
  paths: Record<string, Record<string, unknown>>;
  components: {
    responses: Record<string, { content?: Record<string, { schema?: Ref }> }>;
    schemas: Record<string, ErrorBodySchema & { enum?: string[] }>;
  };
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace']);

function target(ref: string | undefined, prefix: string): string | undefined {
  return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

/** The codes (and their type) an error response's body schema allows. */
function codesOfResponse(spec: Spec, response: Ref): { codes: string[]; type: string } | undefined {
  const name = target(response.$ref, '#/components/responses/');
  const schemaRef =
    name === undefined ? undefined : spec.components.responses[name]?.content?.['application/json']?.schema;
  const schemaName = target(schemaRef?.$ref, '#/components/schemas/');
  const parts = schemaName === undefined ? undefined : spec.components.schemas[schemaName]?.properties?.error?.allOf;
  const narrowed = parts?.find((part) => part.properties?.code?.enum !== undefined)?.properties;
  if (narrowed?.code?.enum === undefined) return undefined;
  return { codes: narrowed.code.enum, type: narrowed.type?.const ?? '' };
}

/**
 * Reads every error code of the spec's `ErrorCode` enum with the statuses its responses give it.
 * Throws when a code of the enum is reachable from no response, or a response names a code the
 * enum does not have: either is a spec mistake the guide must not paper over.
 *
 * @param specText - openapi.yaml's text.
 * @example
 * ```ts
 * const codes = readSpecErrorCodes(readFileSync('openapi.yaml', 'utf8'));
 * codes.find((c) => c.code === 'rate_limited')?.statuses; // [429]
 * ```
 */
export function readSpecErrorCodes(specText: string): SpecErrorCode[] {
  const spec = parse(specText) as Spec;
  const enumCodes = spec.components.schemas['ErrorCode']?.enum ?? [];
  const found = new Map<string, { statuses: Set<number>; type: string }>();
  for (const item of Object.values(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const responses = (operation as { responses?: Record<string, Ref> }).responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        const body = codesOfResponse(spec, response);
        if (body === undefined) continue;
        for (const code of body.codes) {
          if (!enumCodes.includes(code))
            throw new Error(`A ${status} response names ${code}, which ErrorCode does not list.`);
          const entry = found.get(code) ?? { statuses: new Set<number>(), type: body.type };
          entry.statuses.add(Number(status));
          found.set(code, entry);
        }
      }
    }
  }
  return enumCodes.map((code) => {
    const entry = found.get(code);
    if (entry === undefined) throw new Error(`ErrorCode lists ${code}, but no response of any operation can carry it.`);
    return { code: code as ErrorCode, statuses: [...entry.statuses].sort((a, b) => a - b), type: entry.type };
  });
}

/** The class the SDK throws for an error response with this status and code. */
function sdkClassFor(status: number, code: ErrorCode): string {
  const body = { error: { type: 'api_error', code, message: 'Example.', request_id: 'req_docs' } };
  return errorFromResponse('GET /v1/me', new Response(null, { status }), body, { receivedAt: 0, attempts: 1 }).name;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * An SDK error class as a link from docs/errors.md to its declaration, which reads on the
 * repository page and which the site's plugin turns into a link to the class's page.
 */
const classLink = (name: string): string => `[\`${name}\`](../src/errors.ts#${name})`;

/**
 * The Markdown table of every error code, ordered by status and then as the spec lists them.
 *
 * @example
 * ```ts
 * const table = renderErrorTable(readSpecErrorCodes(specText));
 * ```
 */
export function renderErrorTable(codes: readonly SpecErrorCode[]): string {
  const rows = [...codes]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.statuses[0] ?? 0) - (b.entry.statuses[0] ?? 0) || a.index - b.index)
    .map(({ entry }) => {
      const classes = [...new Set(entry.statuses.map((status) => sdkClassFor(status, entry.code)))];
      const guidance = ERROR_GUIDANCE[entry.code];
      return `| \`${entry.code}\` | ${entry.statuses.join(', ')} | ${classes.map(classLink).join(', ')} | ${cell(guidance.meaning)} | ${cell(guidance.todo)} |`;
    });
  return [
    '| code | status | SDK error | what it means | what to do |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
