/**
 * The validator cannot silently weaken: a schema asking for a keyword or format it does not
 * implement is refused where it is loaded — by the generator, and when the mock starts.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  assertSupportedDocument,
  assertSupportedSchema,
  UnsupportedSchemaError,
} from '../../mock/contract/supported-schema.js';
import { openapi } from '../../mock/generated/openapi.js';
import { generatedFilesFor } from '../../scripts/generated-files.ts';

const ROOT_URL = new URL('../../', import.meta.url);
const anyRef = (): boolean => true;

type Spec = { components: { schemas: Record<string, Record<string, unknown>> } };
const readSpec = (): Spec => parse(readFileSync(new URL('openapi.yaml', ROOT_URL), 'utf8')) as Spec;

describe('assertSupportedSchema', () => {
  test.each([
    [{ type: 'object', patternProperties: { '^x': {} } }, /root uses the keyword "patternProperties"/],
    [{ type: 'string', nullable: true }, /root uses the keyword "nullable"/],
    [{ type: 'string', format: 'email' }, /root uses the format "email"/],
    [{ type: 'text' }, /root uses the type "text"/],
    [{ type: 'string', pattern: '(' }, /root uses the pattern "\(" \(not a valid regular expression/],
    [{ properties: { a: { anyOf: [] } } }, /root\.properties\.a uses the keyword "anyOf"/],
    [{ items: { exclusiveMinimum: 0 } }, /root\.items uses the keyword "exclusiveMinimum"/],
    [{ oneOf: [{ type: 'null' }, { if: {} }] }, /root\.oneOf\[1\] uses the keyword "if"/],
    [{ $defs: { A: { contains: {} } } }, /root\.\$defs\.A uses the keyword "contains"/],
  ])('refuses %j, naming where', (schema, message) => {
    expect(() => {
      assertSupportedSchema(schema, 'root', anyRef);
    }).toThrow(message);
  });

  test('refuses a $ref it cannot resolve', () => {
    expect(() => {
      assertSupportedSchema({ $ref: '#/components/schemas/Nope' }, 'root', () => false);
    }).toThrow(UnsupportedSchemaError);
  });

  test('lets annotations and x- extensions pass: they never change what is valid', () => {
    const schema = {
      title: 'T',
      description: 'D',
      example: 1,
      examples: [1],
      default: 1,
      deprecated: false,
      'x-keysmith-note': true,
      type: 'integer',
    };
    expect(() => {
      assertSupportedSchema(schema, 'root', anyRef);
    }).not.toThrow();
  });
});

describe('a spec the validator cannot check faithfully', () => {
  afterEach(() => {
    vi.doUnmock('../../mock/generated/openapi.js');
    vi.resetModules();
  });

  test('the project’s own spec passes', () => {
    expect(() => {
      assertSupportedDocument(openapi);
    }).not.toThrow();
  });

  test('is refused in a parameter’s inline schema, named by its path', () => {
    const spec = readSpec() as Spec & { paths: Record<string, Record<string, { parameters: unknown[] }>> };
    spec.paths['/v1/api-keys']?.get?.parameters.push({
      name: 'q',
      in: 'query',
      schema: { type: 'string', format: 'uri' },
    });
    expect(() => {
      assertSupportedDocument(spec);
    }).toThrow(/openapi\.yaml paths\.\/v1\/api-keys\.get\.parameters\[5\]\.schema uses the format "uri"/);
  });

  test('fails npm run generate', async () => {
    const spec = readSpec();
    spec.components.schemas.KeyId = { ...spec.components.schemas.KeyId, format: 'uuid' };
    await expect(generatedFilesFor(stringify(spec), ROOT_URL)).rejects.toThrow(
      /components\.schemas\.KeyId uses the format "uuid"/,
    );
  });

  test('fails the mock at start', async () => {
    const spec = structuredClone(openapi) as unknown as Spec;
    spec.components.schemas.Metadata = { ...spec.components.schemas.Metadata, patternProperties: { '^x-': {} } };
    vi.resetModules();
    vi.doMock('../../mock/generated/openapi.js', () => ({ openapi: spec }));
    await expect(import('../../mock/index.js')).rejects.toThrow(
      /components\.schemas\.Metadata uses the keyword "patternProperties"/,
    );
  });
});
