/**
 * `$ref`s inside a standalone schema (the seed file's, a control's): `#/$defs/Name`, as JSON
 * Schema 2020-12 and editors read them. The spec's own schemas use `#/components/schemas/` instead
 * (`spec.ts`).
 */
import type { JsonSchema, SchemaResolver } from './json-schema.js';
import { assertSupportedSchema } from './supported-schema.js';

const PREFIX = '#/$defs/';

/** The resolver of `root`'s `#/$defs/Name` references. */
export function localResolver(root: JsonSchema): SchemaResolver {
  return (ref) => {
    const name = ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : undefined;
    const schema =
      name !== undefined && root.$defs !== undefined && Object.hasOwn(root.$defs, name) ? root.$defs[name] : undefined;
    if (schema === undefined) throw new Error(`The schema has no ${ref}`);
    return schema;
  };
}

/**
 * A standalone schema, checked as the spec is: a keyword, format or `$ref` the validator cannot
 * honour throws when the module that holds the schema loads.
 *
 * @returns `root` with its resolver.
 */
export function checkedSchema(root: JsonSchema, where: string): { schema: JsonSchema; resolve: SchemaResolver } {
  const resolve = localResolver(root);
  assertSupportedSchema(root, where, (ref) => {
    try {
      resolve(ref);
      return true;
    } catch {
      return false;
    }
  });
  return { schema: root, resolve };
}
