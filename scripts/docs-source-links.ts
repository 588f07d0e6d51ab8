/**
 * Links from the guides to the API, written as plain markdown that reads well on the repository
 * page and still resolves (and is checked) on the TypeDoc site.
 *
 * A guide links a symbol to the source file that declares it, naming the symbol as the anchor:
 * `` [`ApiError`](../src/errors.ts#ApiError) ``. On the repository page that opens the file with
 * the symbol's TSDoc; `{@link keysmith!ApiError}` would show there as raw markup. TypeDoc resolves
 * a relative link to an entry file (`../mock/index.ts`) to its module page by itself, but would
 * copy any other source file into the site as a download. This pass, run once the project is
 * converted, points each such link at the page of the export it names instead, and warns — which
 * fails the build — when the file declares no export of that name, or when a link to a source file
 * that is not an entry names no symbol.
 *
 * @module
 */
import { isAbsolute, relative } from 'node:path';
import {
  type Application,
  type CommentDisplayPart,
  type Context,
  type DeclarationReflection,
  DocumentReflection,
  type NormalizedPath,
  ReflectionKind,
} from 'typedoc';

/** The exports of the entry modules, by the file that declares them and their name. */
function exportsByFile(context: Context): Map<string, DeclarationReflection> {
  const found = new Map<string, DeclarationReflection>();
  for (const entry of context.project.getChildrenByKind(ReflectionKind.Module)) {
    for (const symbol of entry.children ?? []) {
      const file = context.getSymbolFromReflection(symbol)?.declarations?.[0]?.getSourceFile().fileName;
      // The first entry to export a name wins: `keysmith` before `keysmith/mock`, as the site orders them.
      if (file !== undefined && !found.has(`${file}#${symbol.name}`)) found.set(`${file}#${symbol.name}`, symbol);
    }
  }
  return found;
}

/** The relative links of a page's text that point into the package's TypeScript sources. */
function sourceLinks(
  parts: readonly CommentDisplayPart[],
  context: Context,
  sources: readonly string[],
): { part: Extract<CommentDisplayPart, { kind: 'relative-link' }>; file: string }[] {
  return parts.flatMap((part) => {
    if (part.kind !== 'relative-link' || part.target === undefined) return [];
    const file = context.project.files.resolvePath(part.target);
    const inSources = file?.endsWith('.ts') && sources.some((dir) => !relative(dir, file).startsWith('..'));
    return inSources && file !== undefined ? [{ part, file }] : [];
  });
}

/**
 * Points every guide's links to a symbol's source file at that symbol's page.
 *
 * @param sources - absolute paths of the source folders (`src/`, `mock/`).
 * @example
 * ```ts
 * app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => resolveSourceLinks(app, context, [src, mock]));
 * ```
 */
export function resolveSourceLinks(app: Application, context: Context, sources: readonly string[]): void {
  const { project } = context;
  const exports = exportsByFile(context);
  const entryFiles = new Set(
    project.getChildrenByKind(ReflectionKind.Module).map((entry) => project.files.getReflectionPath(entry)),
  );
  const pages: { name: string; parts: CommentDisplayPart[] }[] = [
    { name: 'the readme', parts: project.readme ?? [] },
    ...project
      .getReflectionsByKind(ReflectionKind.Document)
      .filter((reflection) => reflection instanceof DocumentReflection)
      .map((document) => ({ name: document.name, parts: document.content })),
  ];
  for (const page of pages) {
    for (const { part, file } of sourceLinks(page.parts, context, sources)) {
      if (part.targetAnchor === undefined) {
        if (!entryFiles.has(file as NormalizedPath))
          app.logger.warn(`${page.name}: the link to ${part.text} names no symbol: add #Name, the export it means.`);
        continue;
      }
      const symbol = exports.get(`${file}#${part.targetAnchor}`);
      if (symbol === undefined) {
        const where = isAbsolute(file) ? relative(process.cwd(), file) : file;
        app.logger.warn(`${page.name}: ${part.text} names no export ${part.targetAnchor} declared in ${where}.`);
        continue;
      }
      // A path of its own per symbol (the file's path names the file, shared by several symbols).
      const path = `${file}::${symbol.name}` as NormalizedPath;
      project.files.registerReflectionPath(path, symbol);
      part.target = project.files.registerAbsolute(path).target;
      part.targetAnchor = undefined;
      // The file itself then stands for its first symbol, so it is not copied into the site.
      if (project.files.resolve(project.files.registerAbsolute(file as NormalizedPath).target, project) === file)
        project.files.registerReflectionPath(file as NormalizedPath, symbol);
    }
  }
}
