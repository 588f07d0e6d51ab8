/**
 * Just enough of RFC 8941 (Structured Field Values) to read the IETF rate-limit fields:
 * a List of Items whose bare item is a String or Token, with Integer/Decimal/String/Token/Boolean
 * parameters. A malformed member is skipped rather than failing the whole field.
 *
 * @internal
 */

/** One list member: its bare item (a policy name) and its parameters. */
export interface StructuredItem {
  readonly name: string;
  readonly params: ReadonlyMap<string, number | string | boolean>;
}

const TOKEN_START = /[A-Za-z*]/;
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z:/]/;
const KEY_START = /[a-z*]/;
const KEY_CHAR = /[a-z0-9_\-.*]/;
const NUMBER = /^-?\d{1,15}(?:\.\d{1,3})?/;

class Cursor {
  index = 0;
  constructor(readonly text: string) {}
  peek(): string {
    return this.text[this.index] ?? '';
  }
  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.index++;
  }
  take(pattern: RegExp): string {
    const start = this.index;
    while (this.index < this.text.length && pattern.test(this.peek())) this.index++;
    return this.text.slice(start, this.index);
  }
}

function parseString(cursor: Cursor): string | undefined {
  cursor.index++; // opening quote
  let out = '';
  while (cursor.index < cursor.text.length) {
    const char = cursor.peek();
    cursor.index++;
    if (char === '"') return out;
    if (char === '\\') {
      const escaped = cursor.peek();
      if (escaped !== '"' && escaped !== '\\') return undefined;
      out += escaped;
      cursor.index++;
    } else {
      out += char;
    }
  }
  return undefined;
}

function parseBareItem(cursor: Cursor): number | string | boolean | undefined {
  const char = cursor.peek();
  if (char === '"') return parseString(cursor);
  if (char === '?') {
    cursor.index++;
    const bit = cursor.peek();
    cursor.index++;
    return bit === '1' ? true : bit === '0' ? false : undefined;
  }
  if (char === '-' || (char >= '0' && char <= '9')) {
    const match = NUMBER.exec(cursor.text.slice(cursor.index));
    if (!match) return undefined;
    cursor.index += match[0].length;
    return Number(match[0]);
  }
  if (TOKEN_START.test(char)) return cursor.take(TOKEN_CHAR);
  return undefined;
}

function parseMember(text: string): StructuredItem | undefined {
  const cursor = new Cursor(text.trim());
  const name = parseBareItem(cursor);
  if (typeof name !== 'string') return undefined;
  const params = new Map<string, number | string | boolean>();
  while (cursor.index < cursor.text.length) {
    if (cursor.peek() !== ';') return undefined;
    cursor.index++;
    cursor.skipSpaces();
    if (!KEY_START.test(cursor.peek())) return undefined;
    const key = cursor.take(KEY_CHAR);
    let value: number | string | boolean | undefined = true;
    if (cursor.peek() === '=') {
      cursor.index++;
      value = parseBareItem(cursor);
      if (value === undefined) return undefined;
    }
    params.set(key, value);
  }
  return { name, params };
}

/** Splits on commas outside quoted strings. */
function splitMembers(field: string): string[] {
  const members: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < field.length; i++) {
    const char = field[i];
    if (char === '\\' && quoted) i++;
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      members.push(field.slice(start, i));
      start = i + 1;
    }
  }
  members.push(field.slice(start));
  return members;
}

/** Parses a structured-field List; members that do not parse are left out. */
export function parseItemList(field: string): StructuredItem[] {
  const items: StructuredItem[] = [];
  for (const member of splitMembers(field)) {
    const item = parseMember(member);
    if (item) items.push(item);
  }
  return items;
}
