/**
 * The TypeDoc plugin behind `npm run docs`. It makes the site speak the package's language and
 * keeps it honest:
 *
 * - the three entry modules are named as users import them (`keysmith`, `keysmith/mock`,
 *   `keysmith/mock/node`) instead of by folder;
 * - the generated `paths` / `components` / `operations` types stay out of the site: the friendly
 *   aliases (`ApiKey`, `ErrorCode`, …) are shown with their resolved fields instead, and method
 *   signatures name those aliases instead of spelling the generated object types out;
 * - the generated fields are documented from `openapi.yaml`: openapi-typescript's `@description`
 *   becomes the summary, and a field that is only a `$ref` takes the referenced schema's description;
 * - every export of the three entries must have a summary and an `@example` (a warning otherwise,
 *   which fails the build under `treatWarningsAsErrors`);
 * - the guides' plain markdown links to a symbol's source file (`../src/errors.ts#ApiError`) lead
 *   to that symbol's page, and fail the build when the file declares no such export
 *   (`docs-source-links.ts`).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import {
  Application,
  Comment,
  Converter,
  DeclarationReflection,
  makeRecursiveVisitor,
  ReflectionKind,
  type Context,
  type ParameterReflection,
  type ProjectReflection,
  type Reflection,
  type SignatureReflection,
  type SomeType,
} from 'typedoc';
import { parse } from 'yaml';
import { resolveSourceLinks } from './docs-source-links.ts';

/**
 * The module name TypeDoc derives from each entry's folder → the specifier users import.
 *
 * @example
 * ```ts
 * MODULE_NAMES['mock/node']; // "keysmith/mock/node"
 * ```
 */
export const MODULE_NAMES: Readonly<Record<string, string>> = {
  src: 'keysmith',
  mock: 'keysmith/mock',
  'mock/node': 'keysmith/mock/node',
};

/**
 * The generated types re-exported by `keysmith` that the site leaves out.
 *
 * @example
 * ```ts
 * HIDDEN_GENERATED_EXPORTS.has('paths'); // true
 * ```
 */
export const HIDDEN_GENERATED_EXPORTS: ReadonlySet<string> = new Set(['paths', 'components', 'operations']);

const GENERATED_FILE = /[\\/]src[\\/]generated[\\/]/;
const GENERATED_REFERENCE = /\b(?:components|operations|paths)\[/;
const SCHEMA_REFERENCE = /components\["schemas"\]\["(\w+)"\]/;

interface Spec {
  components: { schemas: Record<string, { description?: string }> };
}

function readSchemaDescriptions(specPath: string): Map<string, string> {
  const spec = parse(readFileSync(specPath, 'utf8')) as Spec;
  const descriptions = new Map<string, string>();
  for (const [name, schema] of Object.entries(spec.components.schemas)) {
    if (typeof schema.description === 'string') descriptions.set(name, schema.description.trim());
  }
  return descriptions;
}

function declarationOf(context: Context, reflection: Reflection): ts.Declaration | undefined {
  return context.getSymbolFromReflection(reflection)?.declarations?.[0];
}

function isGenerated(declaration: ts.Node | undefined): boolean {
  return declaration !== undefined && GENERATED_FILE.test(declaration.getSourceFile().fileName);
}

/** openapi-typescript writes the spec's text as `@description`; TypeDoc wants it as the summary. */
function promoteDescription(comment: Comment): void {
  const description = comment.getTag('@description');
  if (description) {
    const gap = comment.summary.length > 0 ? [{ kind: 'text' as const, text: '\n\n' }] : [];
    comment.summary = [...comment.summary, ...gap, ...description.content];
    comment.removeTags('@description');
  }
  // `@constant` and `@enum {string}` restate the type, which the site already shows.
  comment.removeTags('@constant');
  comment.removeModifier('@enum');
  for (const tag of comment.blockTags) {
    for (const part of tag.content) part.text = part.text.replace(/\n?@enum \{\w+\}/g, '');
  }
}

/** A field that is only a `$ref` has no text of its own: the referenced schema's description stands in. */
function describeFromSchema(
  declaration: ts.Declaration,
  descriptions: ReadonlyMap<string, string>,
): Comment | undefined {
  if (!ts.isPropertySignature(declaration) || declaration.type === undefined) return undefined;
  const schema = SCHEMA_REFERENCE.exec(declaration.type.getText())?.[1];
  const description = schema === undefined ? undefined : descriptions.get(schema);
  return description === undefined ? undefined : new Comment([{ kind: 'text', text: description }]);
}

/** The object-type reflections of generated types that TypeDoc spelled out inside `type`. */
function generatedLiterals(context: Context, type: SomeType | undefined): DeclarationReflection[] {
  const found: DeclarationReflection[] = [];
  type?.visit(
    makeRecursiveVisitor({
      reflection(literal) {
        const members = [literal.declaration, ...(literal.declaration.children ?? [])];
        if (members.some((member) => isGenerated(declarationOf(context, member)))) found.push(literal.declaration);
      },
    }),
  );
  return found;
}

/**
 * Converts a signature's or parameter's type again from what the source wrote (`ApiPromise<ApiKey>`)
 * when TypeDoc expanded an alias of a generated type into an anonymous object type.
 *
 * @param context - a context scoped to `owner`'s parent.
 */
function reconvertFromNode(
  context: Context,
  owner: SignatureReflection | ParameterReflection,
  node: ts.TypeNode | undefined,
): void {
  if (node === undefined) return;
  const expanded = generatedLiterals(context, owner.type);
  if (expanded.length === 0) return;
  for (const literal of expanded) context.project.removeReflection(literal);
  owner.type = context.converter.convertType(context.withScope(owner), node);
}

function hasSummary(reflection: DeclarationReflection): boolean {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
  return comments.some(
    (comment) => comment !== undefined && Comment.combineDisplayParts(comment.summary).trim() !== '',
  );
}

function hasExample(reflection: DeclarationReflection): boolean {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
  return comments.some((comment) => comment?.getTag('@example') !== undefined);
}

/** Every export of every entry needs a summary and an `@example` a reader can paste. */
function checkExports(app: Application, project: ProjectReflection): void {
  for (const entry of project.children ?? []) {
    for (const symbol of entry.children ?? []) {
      const where = `${entry.name} › ${symbol.name}`;
      if (!hasSummary(symbol)) app.logger.warn(`${where} has no summary.`);
      if (!hasExample(symbol)) app.logger.warn(`${where} has no @example.`);
    }
  }
}

/**
 * Registers the plugin on a TypeDoc application.
 *
 * @param specPath - `openapi.yaml`, read for the descriptions of `$ref`-only fields.
 * @example
 * ```ts
 * const app = await Application.bootstrapWithPlugins({}, [new TypeDocReader()]);
 * loadKeysmithPlugin(app, 'openapi.yaml');
 * ```
 */
export function loadKeysmithPlugin(app: Application, specPath: string): void {
  const descriptions = readSchemaDescriptions(specPath);
  const hidden: DeclarationReflection[] = [];

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context: Context, reflection: DeclarationReflection) => {
    if (reflection.kindOf(ReflectionKind.Module)) {
      reflection.name = MODULE_NAMES[reflection.name] ?? reflection.name;
      return;
    }
    const declaration = declarationOf(context, reflection);
    if (declaration === undefined) return;

    if (
      reflection.kindOf(ReflectionKind.TypeAlias) &&
      ts.isTypeAliasDeclaration(declaration) &&
      GENERATED_REFERENCE.test(declaration.type.getText())
    ) {
      // Show the fields (or the union) the alias stands for, not `components["schemas"]["ApiKey"]`.
      reflection.comment ??= new Comment();
      reflection.comment.modifierTags.add('@useDeclaredType');
    }
    if (!isGenerated(declaration)) return;
    if (reflection.parent?.kindOf(ReflectionKind.Module) && HIDDEN_GENERATED_EXPORTS.has(reflection.name)) {
      hidden.push(reflection);
      return;
    }
    if (reflection.comment) promoteDescription(reflection.comment);
    else reflection.comment = describeFromSchema(declaration, descriptions);
  });

  app.converter.on(
    Converter.EVENT_CREATE_SIGNATURE,
    (
      context: Context,
      signature: SignatureReflection,
      declaration?: ts.SignatureDeclaration | ts.IndexSignatureDeclaration | ts.JSDocSignature,
    ) => {
      if (declaration === undefined || ts.isJSDocSignature(declaration)) return;
      reconvertFromNode(context, signature, declaration.type);
      // Parameters get their types after their own creation event, so they are fixed here.
      const signatureContext = context.withScope(signature);
      for (const [index, parameter] of (signature.parameters ?? []).entries()) {
        reconvertFromNode(signatureContext, parameter, declaration.parameters[index]?.type);
      }
    },
  );

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context: Context) => {
    for (const reflection of hidden.splice(0)) context.project.removeReflection(reflection);
    const root = dirname(specPath);
    resolveSourceLinks(app, context, [join(root, 'src'), join(root, 'mock')]);
  });

  app.on(Application.EVENT_VALIDATE_PROJECT, (project: ProjectReflection) => {
    checkExports(app, project);
  });
}
