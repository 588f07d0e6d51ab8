/**
 * What the SDK asks of openapi-typescript's output (`src/generated/api.ts`) beyond its defaults:
 * every optional property also accepts `undefined` explicitly, so a project compiled with
 * `exactOptionalPropertyTypes` can pass `{ limit: maybeLimit }`.
 */
import ts from 'typescript';

/** Adds `| undefined` to the type of every optional property (`name?: T` → `name?: T | undefined`). */
export function withExplicitUndefined(nodes: ts.Node[]): ts.Node[] {
  const undefinedType = ts.factory.createKeywordTypeNode(ts.SyntaxKind.UndefinedKeyword);
  const transformer: ts.TransformerFactory<ts.Node> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const visited = ts.visitEachChild(node, visit, context);
      if (!ts.isPropertySignature(visited) || visited.questionToken === undefined || visited.type === undefined)
        return visited;
      return ts.factory.updatePropertySignature(
        visited,
        visited.modifiers,
        visited.name,
        visited.questionToken,
        ts.factory.createUnionTypeNode([visited.type, undefinedType]),
      );
    };
    return (node) => ts.visitNode(node, visit);
  };
  return ts.transform(nodes, [transformer]).transformed;
}
