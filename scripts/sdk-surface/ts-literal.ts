/** A JSON value written as a TypeScript literal, the way a person would write it in an example. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** Longer than this on one line, an object or array is written one entry a line (as Prettier would). */
const LINE_WIDTH = 80;

function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** The entries of an object or array: a key (`null` in an array) and a value each. */
function entriesOf(value: object): [string | null, unknown][] {
  return Array.isArray(value) ? value.map((item): [null, unknown] => [null, item]) : Object.entries(value);
}

function scalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object') throw new TypeError(`An example holds ${typeof value}, which JSON cannot.`);
  return undefined;
}

/** `value` on one line. */
function oneLine(value: unknown): string {
  const simple = scalar(value);
  if (simple !== undefined) return simple;
  const object = value as object;
  const entries = entriesOf(object).map(([name, item]) => (name === null ? '' : `${key(name)}: `) + oneLine(item));
  if (Array.isArray(object)) return `[${entries.join(', ')}]`;
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/**
 * Writes `value` the way Prettier would lay it out: single-quoted strings, unquoted keys where
 * they are identifiers, and an object or array one entry a line when it does not fit on one.
 *
 * @param column - where the literal starts on its line, for deciding what fits.
 * @param indent - the indentation of that line.
 */
export function tsLiteral(value: unknown, column = 0, indent = 0): string {
  const flat = oneLine(value);
  if (column + flat.length <= LINE_WIDTH || scalar(value) !== undefined) return flat;
  const object = value as object;
  const pad = ' '.repeat(indent + 2);
  const lines = entriesOf(object).map(([name, item]) => {
    const head = `${pad}${name === null ? '' : `${key(name)}: `}`;
    return `${head}${tsLiteral(item, head.length, indent + 2)},`;
  });
  const [open, close] = Array.isArray(object) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${' '.repeat(indent)}${close}`;
}
