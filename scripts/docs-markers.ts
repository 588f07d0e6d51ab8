/**
 * The markers around a generated part of a guide, and the function that replaces what is between
 * them. Everything outside the markers is hand-written and left alone.
 *
 * @module
 */

/**
 * The comment lines that open and close the generated part called `name`.
 *
 * @example
 * ```ts
 * const { begin, end } = markers('error table');
 * ```
 */
export function markers(name: string): { begin: string; end: string } {
  return {
    begin: `<!-- BEGIN GENERATED: ${name}. Do not edit; run npm run docs:generate. -->`,
    end: `<!-- END GENERATED: ${name} -->`,
  };
}

/**
 * `markdown` with the generated part called `name` replaced by `content`.
 *
 * @throws when the markers are missing, so a lost marker fails loudly instead of dropping text.
 * @example
 * ```ts
 * writeFileSync(path, replaceGenerated(readFileSync(path, 'utf8'), 'error table', table));
 * ```
 */
export function replaceGenerated(markdown: string, name: string, content: string): string {
  const { begin, end } = markers(name);
  const from = markdown.indexOf(begin);
  const to = markdown.indexOf(end);
  if (from === -1 || to < from) throw new Error(`The markers of the generated "${name}" are missing.`);
  return `${markdown.slice(0, from + begin.length)}\n\n${content}\n\n${markdown.slice(to)}`;
}

/**
 * The generated part called `name` of `markdown`, or `undefined` when its markers are missing.
 *
 * @example
 * ```ts
 * const table = generatedPart(readFileSync('docs/errors.md', 'utf8'), 'error table');
 * ```
 */
export function generatedPart(markdown: string, name: string): string | undefined {
  const { begin, end } = markers(name);
  const from = markdown.indexOf(begin);
  const to = markdown.indexOf(end);
  return from === -1 || to < from ? undefined : markdown.slice(from + begin.length, to).trim();
}
