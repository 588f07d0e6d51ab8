/** Doc comments for the generated code: paragraphs, tags and fenced examples, as TSDoc. */

/** The parts of one doc comment, in the order they are written. */
export interface DocParts {
  /** Paragraphs of prose; the first is the summary. */
  readonly paragraphs: readonly string[];
  /** `@param` lines: name → description. */
  readonly params?: readonly (readonly [string, string])[];
  /** TypeScript examples, each written as an `@example` with a fenced block. */
  readonly examples?: readonly string[];
  /** `@internal` and the like, written last as they are. */
  readonly modifiers?: readonly string[];
}

/** A sentence ends with a full stop, so a spec summary ("Create an API key") reads as one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Writes a doc comment indented by `indent` spaces. `*\/` in the text is escaped so it cannot end the comment. */
export function docComment({ paragraphs, params = [], examples = [], modifiers = [] }: DocParts, indent = 0): string {
  const lines: string[] = [];
  const add = (block: string): void => {
    for (const line of block.replaceAll('*/', '*\\/').split('\n')) lines.push(line);
  };
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) lines.push('');
    add(paragraph.trim());
  });
  if (params.length > 0 || examples.length > 0 || modifiers.length > 0) lines.push('');
  for (const [name, description] of params) add(`@param ${name} - ${description}`);
  for (const example of examples) add(`@example\n\`\`\`ts\n${example.trimEnd()}\n\`\`\``);
  for (const modifier of modifiers) add(modifier);
  const pad = ' '.repeat(indent);
  const body = lines.map((line) => (line === '' ? `${pad} *` : `${pad} * ${line}`)).join('\n');
  return `${pad}/**\n${body}\n${pad} */`;
}
